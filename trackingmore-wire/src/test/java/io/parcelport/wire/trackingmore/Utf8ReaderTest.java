package io.parcelport.wire.trackingmore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8ReaderTest {

    private static String readAll(Reader reader, int chunk) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[chunk];
        for (int n; (n = reader.read(buffer, 0, chunk)) != -1; ) {
            assertThat(n).isPositive();
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        int[][] ranges = {{0x20, 0x7E}, {0xA0, 0x7FF}, {0x800, 0xD7FF}, {0xE000, 0xFFFD}, {0x10000, 0x10FFFF}};
        while (text.length() < length) {
            int[] range = ranges[random.nextInt(ranges.length)];
            text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
        }
        return text.toString();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 8192})
    void decodesEveryCharacterAsTheJdkDoesWhateverTheCallersBufferSize(int chunk) throws IOException {
        Random random = new Random(chunk);
        for (int i = 0; i < 300; i++) {
            String text = randomText(random, random.nextInt(200));

            assertThat(readAll(new Utf8Reader(text.getBytes(StandardCharsets.UTF_8), 0), chunk)).isEqualTo(text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"C0AF", "E080AF", "EDA080", "F08282AC", "F4908080", "80", "C3", "E282", "F09F98", "FF"})
    void readsMalformedSequencesAsReplacementCharactersWithoutLosingWhatFollows(String hex) throws IOException {
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        byte[] bytes = new byte[bad.length + 2];
        bytes[0] = 'a';
        System.arraycopy(bad, 0, bytes, 1, bad.length);
        bytes[bytes.length - 1] = 'z';

        String read = readAll(new Utf8Reader(bytes, 0), 4);

        assertThat(read).startsWith("a\uFFFD").endsWith("z").doesNotContain("\u0000");
        assertThat(read.chars().filter(c -> c != 0xFFFD).count()).isEqualTo(2);
    }

    @Test
    void startsWhereItIsToldAndEndsWithMinusOne() throws IOException {
        Reader reader = new Utf8Reader("xyz".getBytes(StandardCharsets.UTF_8), 1);

        assertThat(readAll(reader, 8)).isEqualTo("yz");
        assertThat(reader.read(new char[4], 0, 4)).isEqualTo(-1);
        assertThat(reader.read(new char[4], 0, 0)).isZero();
    }
}

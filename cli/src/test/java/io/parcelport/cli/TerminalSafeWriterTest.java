package io.parcelport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalSafeWriterTest {

    private static String through(String text) {
        StringWriter sink = new StringWriter();
        try (PrintWriter out = new PrintWriter(new TerminalSafeWriter(sink))) {
            out.print(text);
        }
        return sink.toString();
    }

    @Test
    void escapeSequencesFromABackendCannotRetitleTheWindowOrClearTheScreen() {
        assertThat(through("Delivered\u001b]0;pwned\u0007 \u001b[2J\u009b31m"))
                .isEqualTo("Delivered\uFFFD]0;pwned\uFFFD \uFFFD[2J\uFFFD31m");
    }

    @Test
    void bidirectionalOverridesAreReplacedToo() {
        assertThat(through("abc\u202Edef\u2066")).isEqualTo("abc\uFFFDdef\uFFFD");
    }

    @Test
    void lineBreaksTabsAndOrdinaryTextIncludingCjkPassUnchanged() {
        String text = "line 1\tcol\r\nline 2: 吉林市【派件】 ünïcode\n";

        assertThat(through(text)).isEqualTo(text);
    }
}

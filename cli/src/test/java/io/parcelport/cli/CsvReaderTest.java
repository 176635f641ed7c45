package io.parcelport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvReader.Row> read(String text) throws IOException {
        CsvReader csv = new CsvReader(new StringReader(text));
        List<CsvReader.Row> rows = new ArrayList<>();
        for (Optional<CsvReader.Row> row = csv.next(); row.isPresent(); row = csv.next()) {
            rows.add(row.get());
        }
        return rows;
    }

    @Test
    void splitsOnCommasAndLineEndsOfEveryKind() throws IOException {
        List<CsvReader.Row> rows = read("a,b\r\nc,d\ne,f\rg,h");

        assertThat(rows).extracting(CsvReader.Row::fields).containsExactly(List.of("a", "b"), List.of("c", "d"),
                List.of("e", "f"), List.of("g", "h"));
        assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1, 2, 3, 4);
    }

    @Test
    void readsQuotedFieldsWithCommasDoubledQuotesAndLineBreaks() throws IOException {
        List<CsvReader.Row> rows = read("\"a, b\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nnext,\"\"\r\n");

        assertThat(rows.get(0).fields()).containsExactly("a, b", "say \"hi\"", "two\nlines");
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(1).fields()).containsExactly("next", "");
        assertThat(rows).hasSize(2);
    }

    @Test
    void keepsEmptyFieldsAndAQuoteInsideAnUnquotedField() throws IOException {
        assertThat(read(",x,,5\" screen,").get(0).fields()).containsExactly("", "x", "", "5\" screen", "");
    }

    @Test
    void skipsAByteOrderMark() throws IOException {
        assertThat(read("\uFEFFcarrier_code,tracking_number\n").get(0).fields())
                .containsExactly("carrier_code", "tracking_number");
    }

    @Test
    void reportsTextAfterAClosingQuoteAndCarriesOnWithTheNextLine() throws IOException {
        List<CsvReader.Row> rows = read("a,b\n\"x\"y,z\nc,d\n");

        assertThat(rows.get(1).line()).isEqualTo(2);
        assertThat(rows.get(1).error()).get().asString().contains("after the closing quote");
        assertThat(rows.get(2).fields()).containsExactly("c", "d");
        assertThat(rows.get(2).line()).isEqualTo(3);
    }

    @Test
    void reportsAQuoteLeftOpenWithTheLineItOpenedOn() throws IOException {
        List<CsvReader.Row> rows = read("a,b\nc,d\n\"open,e\nmore\n");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(2).line()).isEqualTo(3);
        assertThat(rows.get(2).error()).get().asString().contains("line 3").contains("never closed");
    }

    @Test
    void marksEmptyLinesAsBlank() throws IOException {
        List<CsvReader.Row> rows = read("a\n\nb\n");

        assertThat(rows).extracting(CsvReader.Row::isBlank).containsExactly(false, true, false);
    }

    @Test
    void aFieldOverTheLengthCapMakesItsRecordMalformedAndTheNextOneIsRead() throws IOException {
        String huge = "x".repeat(CsvReader.MAX_FIELD_LENGTH + 1);

        List<CsvReader.Row> rows = read("a,b\nups," + huge + "\nups,1Z2\n");

        assertThat(rows.get(1).error()).hasValueSatisfying(e -> assertThat(e).contains("field 2", "longer than"));
        assertThat(rows.get(1).fields()).isEmpty();
        assertThat(rows.get(2).fields()).containsExactly("ups", "1Z2");
        assertThat(rows.get(2).line()).isEqualTo(3);
    }

    @Test
    void aQuotedFieldOverTheCapSpanningLinesIsSkippedAndLinesStillCount() throws IOException {
        String huge = "y\n".repeat(CsvReader.MAX_FIELD_LENGTH);

        List<CsvReader.Row> rows = read("\"" + huge + "\",1\nups,1Z2\n");

        assertThat(rows.get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("field 1"));
        assertThat(rows.get(1).fields()).containsExactly("ups", "1Z2");
        assertThat(rows.get(1).line()).isEqualTo(CsvReader.MAX_FIELD_LENGTH + 2);
    }

    @Test
    void aRecordWithTooManyFieldsIsMalformed() throws IOException {
        List<CsvReader.Row> rows = read(",".repeat(CsvReader.MAX_FIELDS) + "\nok\n");

        assertThat(rows.get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("more than"));
        assertThat(rows.get(1).fields()).containsExactly("ok");
    }

    @Test
    void aRecordWithExactlyTheMostFieldsAndTheLongestFieldIsRead() throws IOException {
        String longest = "z".repeat(CsvReader.MAX_FIELD_LENGTH);

        List<CsvReader.Row> rows = read(longest + ",".repeat(CsvReader.MAX_FIELDS - 1) + "\n");

        assertThat(rows.get(0).error()).isEmpty();
        assertThat(rows.get(0).fields()).hasSize(CsvReader.MAX_FIELDS).first().isEqualTo(longest);
    }
}

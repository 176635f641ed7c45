package io.parcelport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    private final StringWriter text = new StringWriter();
    private final JsonWriter json = new JsonWriter(new PrintWriter(text));

    @Test
    void writesNestedObjectsAndArraysIndentedByTwoSpaces() {
        json.beginObject().field("name", "x").name("list").beginArray().value(1).value(true).nullValue().endArray()
                .name("empty").beginObject().endObject().name("none").beginArray().endArray().endObject().finish();

        assertThat(text.toString()).isEqualTo("""
                {
                  "name": "x",
                  "list": [
                    1,
                    true,
                    null
                  ],
                  "empty": {},
                  "none": []
                }
                """);
    }

    @Test
    void escapesQuotesBackslashesControlCharactersAndLineSeparators() {
        String nasty = "a\"b\\c\nd\re\tf\u0001g\u2028h\u007f/é😀";
        json.beginObject().field("s", nasty).endObject().finish();

        assertThat(text.toString()).contains("\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u2028h\u007f/é😀\"");
        assertThat(Json.<String>at(Json.parse(text.toString()), "s")).isEqualTo(nasty);
    }

    @Test
    void escapesAnUnpairedSurrogateSoThatTheOutputIsValidUtf8() {
        json.value("x\uD800y").finish();

        assertThat(text.toString()).isEqualTo("\"x\\ud800y\"\n");
    }

    @Test
    void writesDecimalsInFullAndAbsentOptionalsAsNull() {
        json.beginObject().field("d", new BigDecimal("1E+3")).field("o", Optional.empty())
                .field("p", Optional.of(42)).field("n", (BigDecimal) null).endObject().finish();

        Map<String, Object> doc = Json.object(text.toString());
        assertThat(text.toString()).contains("\"d\": 1000,");
        assertThat(doc).containsEntry("o", null).containsEntry("p", "42").containsEntry("n", null);
    }

    @Test
    void refusesAValueWithoutANameInsideAnObject() {
        json.beginObject();

        assertThatThrownBy(() -> json.value("x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesToFinishAnUnclosedDocument() {
        json.beginArray().value(1);

        assertThatThrownBy(json::finish).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesASecondTopLevelValue() {
        json.value(1);

        assertThatThrownBy(() -> json.value(2)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theTestReaderRejectsWhatJsonDoesNotAllow() {
        for (String bad : List.of("{\"a\":1,}", "[1 2]", "\"a\nb\"", "{} x", "01", "{'a':1}")) {
            assertThatThrownBy(() -> Json.parse(bad)).as(bad).isInstanceOf(RuntimeException.class);
        }
    }
}

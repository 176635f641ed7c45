package io.parcelport.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes one JSON document as it goes, indented by two spaces, so that a listing of any length streams out without
 * being held in memory.
 *
 * <p>Strings are escaped as RFC 8259 requires, plus U+2028/U+2029 and unpaired surrogates, so that the output is
 * valid UTF-8 and safe to paste into JavaScript. Misuse (a value where a name is due, an unclosed object) is a
 * programming error and throws {@link IllegalStateException}.
 */
public final class JsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final PrintWriter out;
    private final Deque<Frame> open = new ArrayDeque<>();
    private boolean done;

    /** A writer of one document to {@code out}. */
    public JsonWriter(PrintWriter out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Opens an object, as a value. */
    public JsonWriter beginObject() {
        return begin(false, '{');
    }

    /** Closes the innermost object. */
    public JsonWriter endObject() {
        return end(false, '}');
    }

    /** Opens an array, as a value. */
    public JsonWriter beginArray() {
        return begin(true, '[');
    }

    /** Closes the innermost array. */
    public JsonWriter endArray() {
        return end(true, ']');
    }

    /** The name of the next member of the innermost object. */
    public JsonWriter name(String name) {
        Objects.requireNonNull(name, "name");
        Frame frame = open.peek();
        if (frame == null || frame.array || frame.named) {
            throw new IllegalStateException("a name is only allowed inside an object, before its value: " + name);
        }
        separate(frame);
        string(name);
        out.write(": ");
        frame.named = true;
        return this;
    }

    /** A string, or {@code null}. */
    public JsonWriter value(String value) {
        if (value == null) {
            return nullValue();
        }
        beforeValue();
        string(value);
        return this;
    }

    /** A whole number. */
    public JsonWriter value(long value) {
        beforeValue();
        out.write(Long.toString(value));
        afterValue();
        return this;
    }

    /** A decimal number written in full (never in exponent notation), or {@code null}. */
    public JsonWriter value(BigDecimal value) {
        if (value == null) {
            return nullValue();
        }
        beforeValue();
        out.write(value.toPlainString());
        afterValue();
        return this;
    }

    /** {@code true} or {@code false}. */
    public JsonWriter value(boolean value) {
        beforeValue();
        out.write(value ? "true" : "false");
        afterValue();
        return this;
    }

    /** {@code null}. */
    public JsonWriter nullValue() {
        beforeValue();
        out.write("null");
        afterValue();
        return this;
    }

    /** A member with a string value, {@code null} when absent. */
    public JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    /** A member with a whole-number value. */
    public JsonWriter field(String name, long value) {
        return name(name).value(value);
    }

    /** A member with a boolean value. */
    public JsonWriter field(String name, boolean value) {
        return name(name).value(value);
    }

    /** A member with a decimal value, {@code null} when absent. */
    public JsonWriter field(String name, BigDecimal value) {
        return name(name).value(value);
    }

    /** A member whose value is the text of an optional value, {@code null} when empty. */
    public JsonWriter field(String name, Optional<?> value) {
        return name(name).value(value.map(String::valueOf).orElse(null));
    }

    /** Ends the document with a newline and flushes; every object and array must be closed. */
    public void finish() {
        if (!open.isEmpty() || !done) {
            throw new IllegalStateException("the JSON document is not complete");
        }
        out.write('\n');
        out.flush();
    }

    private JsonWriter begin(boolean array, char bracket) {
        beforeValue();
        out.write(bracket);
        open.push(new Frame(array));
        return this;
    }

    private JsonWriter end(boolean array, char bracket) {
        Frame frame = open.peek();
        if (frame == null || frame.array != array || frame.named) {
            throw new IllegalStateException("nothing to close with '" + bracket + "' here");
        }
        open.pop();
        if (frame.count > 0) {
            newline();
        }
        out.write(bracket);
        afterValue();
        return this;
    }

    private void beforeValue() {
        Frame frame = open.peek();
        if (frame == null) {
            if (done) {
                throw new IllegalStateException("a JSON document has one top-level value");
            }
            return;
        }
        if (frame.array) {
            separate(frame);
        } else if (!frame.named) {
            throw new IllegalStateException("a value inside an object needs a name first");
        }
    }

    // Called when a value (scalar or closed container) is complete.
    private void afterValue() {
        Frame frame = open.peek();
        if (frame == null) {
            done = true;
        } else {
            frame.named = false;
        }
    }

    private void separate(Frame frame) {
        if (frame.count++ > 0) {
            out.write(',');
        }
        newline();
    }

    private void newline() {
        out.write('\n');
        for (int i = 0; i < open.size(); i++) {
            out.write("  ");
        }
    }

    private void string(String s) {
        out.write('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                case '\b' -> out.write("\\b");
                case '\f' -> out.write("\\f");
                default -> {
                    boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1));
                    if (pairedHigh) {
                        out.write(c);
                        out.write(s.charAt(++i));
                    } else if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
                        unicodeEscape(c);
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
        afterScalar();
    }

    private void afterScalar() {
        // A name is a string too, but it is not a value: only a value completes a member.
        Frame frame = open.peek();
        if (frame != null && !frame.array && !frame.named) {
            return;
        }
        afterValue();
    }

    private void unicodeEscape(char c) {
        out.write("\\u");
        out.write(HEX[(c >> 12) & 0xF]);
        out.write(HEX[(c >> 8) & 0xF]);
        out.write(HEX[(c >> 4) & 0xF]);
        out.write(HEX[c & 0xF]);
    }

    /** One open object or array. */
    private static final class Frame {
        final boolean array;
        int count;
        boolean named;

        Frame(boolean array) {
            this.array = array;
        }
    }
}

package io.parcelport.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads comma-separated values as RFC 4180 writes them, one record at a time: quoted fields may hold commas, line
 * breaks and doubled quotes; lines end in CRLF, LF or CR; a leading byte-order mark is skipped.
 *
 * <p>A malformed record (text after a closing quote, a quote left open at the end of the input) does not stop the
 * reading: it comes back with {@link Row#error()} set and the line it started on, and reading goes on with the next
 * line, so an import can report it and carry on.
 *
 * <p>Memory stays bounded whatever the input: a field longer than {@value #MAX_FIELD_LENGTH} characters or a record of
 * more than {@value #MAX_FIELDS} fields makes the record malformed; the reader skips the rest of it without keeping it.
 */
public final class CsvReader implements Closeable {

    /** The longest field kept; no real shipment field comes near it. */
    public static final int MAX_FIELD_LENGTH = 4_096;
    /** The most fields a record may have. */
    public static final int MAX_FIELDS = 256;

    private static final int END = -1;

    private final Reader in;
    private int line = 1;
    private int pushedBack = -2;
    private boolean started;
    // Set when the record being read broke a limit: what, for the row's error; the rest of the record is dropped.
    private String overLimit;

    /** A reader of {@code in}; buffer it for speed. */
    public CsvReader(Reader in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    /**
     * One record.
     *
     * @param line the line the record starts on, from 1
     * @param fields its fields, unquoted (empty when the record is malformed)
     * @param error what is wrong with it, when it is malformed
     */
    public record Row(int line, List<String> fields, Optional<String> error) {
        public Row {
            fields = List.copyOf(fields);
            Objects.requireNonNull(error, "error");
        }

        /** Whether the record is an empty line, which imports skip. */
        public boolean isBlank() {
            return error.isEmpty() && fields.size() == 1 && fields.get(0).isEmpty();
        }
    }

    /** The next record, or empty at the end of the input. */
    public Optional<Row> next() throws IOException {
        if (!started) {
            started = true;
            int first = read();
            if (first != '\uFEFF') {
                unread(first);
            }
        }
        int c = read();
        if (c == END) {
            return Optional.empty();
        }
        unread(c);
        int startLine = line;
        overLimit = null;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            c = read();
            if (c == '"' && field.length() == 0) {
                int fieldNumber = fields.size() + 1;
                Optional<String> problem = quoted(field, fieldNumber);
                if (problem.isPresent()) {
                    return Optional.of(new Row(startLine, List.of(), problem));
                }
                c = read();
                if (c != ',' && c != '\n' && c != '\r' && c != END) {
                    skipLine(c);
                    return Optional.of(new Row(startLine, List.of(), Optional.of(
                            "unexpected '" + (char) c + "' after the closing quote of field " + (fields.size() + 1)
                                    + " (a quote inside a quoted field is written as two quotes)")));
                }
            }
            if (c == ',') {
                addField(fields, field);
            } else if (c == '\n' || c == '\r' || c == END) {
                endOfLine(c);
                addField(fields, field);
                return Optional.of(overLimit == null ? new Row(startLine, fields, Optional.empty())
                        : new Row(startLine, List.of(), Optional.of(overLimit)));
            } else {
                // A quote inside an unquoted field is kept as it is, as spreadsheets do.
                append(field, (char) c, fields.size() + 1);
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void addField(List<String> fields, StringBuilder field) {
        if (fields.size() == MAX_FIELDS) {
            overLimit = overLimit != null ? overLimit : "more than " + MAX_FIELDS + " fields";
        }
        if (overLimit == null) {
            fields.add(field.toString());
        }
        field.setLength(0);
    }

    private void append(StringBuilder field, char c, int fieldNumber) {
        if (overLimit != null) {
            return;
        }
        if (field.length() == MAX_FIELD_LENGTH) {
            overLimit = "field " + fieldNumber + " is longer than " + MAX_FIELD_LENGTH + " characters";
            field.setLength(0);
            return;
        }
        field.append(c);
    }

    /** Reads a quoted field's content up to its closing quote; the opening quote is already read. */
    private Optional<String> quoted(StringBuilder field, int fieldNumber) throws IOException {
        int startLine = line;
        while (true) {
            int c = read();
            if (c == END) {
                return Optional.of("a quoted field opened on line " + startLine + " is never closed");
            }
            if (c == '"') {
                int next = read();
                if (next == '"') {
                    append(field, '"', fieldNumber);
                    continue;
                }
                unread(next);
                return Optional.empty();
            }
            if (c == '\r' || c == '\n') {
                endOfLine(c);
                append(field, '\n', fieldNumber);
                continue;
            }
            append(field, (char) c, fieldNumber);
        }
    }

    // Counts a line break, swallowing the LF of a CRLF.
    private void endOfLine(int c) throws IOException {
        if (c == END) {
            return;
        }
        line++;
        if (c == '\r') {
            int next = read();
            if (next != '\n') {
                unread(next);
            }
        }
    }

    private void skipLine(int c) throws IOException {
        while (c != '\n' && c != '\r' && c != END) {
            c = read();
        }
        endOfLine(c);
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }
}

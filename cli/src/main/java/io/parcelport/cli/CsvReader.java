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
 */
public final class CsvReader implements Closeable {

    private static final int END = -1;

    private final Reader in;
    private int line = 1;
    private int pushedBack = -2;
    private boolean started;

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
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            c = read();
            if (c == '"' && field.length() == 0) {
                Optional<String> problem = quoted(field);
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
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r' || c == END) {
                endOfLine(c);
                fields.add(field.toString());
                return Optional.of(new Row(startLine, fields, Optional.empty()));
            } else {
                // A quote inside an unquoted field is kept as it is, as spreadsheets do.
                field.append((char) c);
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads a quoted field's content up to its closing quote; the opening quote is already read. */
    private Optional<String> quoted(StringBuilder field) throws IOException {
        int startLine = line;
        while (true) {
            int c = read();
            if (c == END) {
                return Optional.of("a quoted field opened on line " + startLine + " is never closed");
            }
            if (c == '"') {
                int next = read();
                if (next == '"') {
                    field.append('"');
                    continue;
                }
                unread(next);
                return Optional.empty();
            }
            if (c == '\r' || c == '\n') {
                endOfLine(c);
                field.append('\n');
                continue;
            }
            field.append((char) c);
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

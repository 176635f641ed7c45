package io.parcelport.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What the tool prints goes through here on its way to the terminal: texts from a backend (event descriptions,
 * titles, rejection messages) may carry escape sequences that would retitle the window, clear the screen or forge
 * report lines, so every control character but line breaks and tabs, and the bidirectional overrides, come out as
 * U+FFFD. Whole-stream filtering covers every command and every future one, where cleaning field by field would miss
 * some.
 */
final class TerminalSafeWriter extends FilterWriter {

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    /** Whether {@code c} is printed as it is. */
    static boolean isSafe(char c) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return true;
        }
        // C0, DEL and C1 (ESC and CSI start escape sequences), then the bidirectional embeddings and isolates.
        return !(c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069);
    }

    @Override
    public void write(int c) throws IOException {
        out.write(isSafe((char) c) ? c : '\uFFFD');
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        char[] copy = null;
        for (int i = 0; i < length; i++) {
            if (!isSafe(buffer[offset + i])) {
                if (copy == null) {
                    copy = new char[length];
                    System.arraycopy(buffer, offset, copy, 0, length);
                }
                copy[i] = '\uFFFD';
            }
        }
        if (copy == null) {
            out.write(buffer, offset, length);
        } else {
            out.write(copy, 0, length);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }
}

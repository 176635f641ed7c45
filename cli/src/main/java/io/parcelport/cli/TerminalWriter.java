package io.parcelport.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.IntSupplier;

/**
 * Standard output as the tool prints to it, knowing how many cells wide its lines may be, so that tables fit the
 * terminal ({@link Table}). The width is found when a table first asks, so commands without tables never look.
 */
final class TerminalWriter extends PrintWriter {
    /** No limit: output that is not a terminal, or {@code --wide}. */
    static final int UNLIMITED = Integer.MAX_VALUE;

    private final IntSupplier width;
    private volatile int columns = -1;

    TerminalWriter(Writer out, IntSupplier width) {
        super(out, false);
        this.width = width;
    }

    /** How many cells a line may take. */
    int columns() {
        int known = columns;
        if (known < 0) {
            known = width.getAsInt();
            columns = known;
        }
        return known;
    }

    /** Lifts the limit ({@code --wide}). */
    void unlimited() {
        columns = UNLIMITED;
    }
}

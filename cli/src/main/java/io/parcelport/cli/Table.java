package io.parcelport.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table with a header row, columns as wide as their widest cell up to a cap, fitted to the terminal.
 *
 * <p>Widths are counted in terminal cells ({@link Cells}), so CJK text keeps the columns after it aligned. When the
 * table is wider than the terminal ({@link TerminalWriter#columns()}), each column gives up room in proportion to
 * what it has above its minimum ({@link #min}); if even the minimums do not fit, the last columns are left out. Cut
 * cells end with an ellipsis; {@code --wide} prints everything.
 *
 * <p>Rows are buffered until {@link #flush(PrintWriter)}; the first flush prints the header and fixes the widths, so
 * a listing of any length can be printed a page at a time with columns that stay aligned.
 */
public final class Table {
    private static final int GAP = 2;

    private final String[] headers;
    private final int[] caps;
    private final int[] mins;
    private final List<String[]> rows = new ArrayList<>();
    private int[] widths;
    private int shown;
    private String indent = "";

    /** A table with these column headers, each column capped at 40 cells and cut no narrower than its header. */
    public Table(String... headers) {
        this.headers = headers.clone();
        this.caps = new int[headers.length];
        this.mins = new int[headers.length];
        Arrays.fill(caps, 40);
        for (int i = 0; i < headers.length; i++) {
            mins[i] = Math.max(4, Math.min(Cells.width(headers[i]), 10));
        }
    }

    /** Caps column {@code column} (from 0) at {@code max} cells. */
    public Table cap(int column, int max) {
        caps[column] = Math.max(max, 2);
        return this;
    }

    /** Lets a narrow terminal cut column {@code column} down to {@code min} cells, no further. */
    public Table min(int column, int min) {
        mins[column] = Math.max(min, 2);
        return this;
    }

    /** Prints every line of the table after {@code spaces} spaces. */
    public Table indent(int spaces) {
        this.indent = " ".repeat(spaces);
        return this;
    }

    /** Adds a row; missing trailing cells are empty, {@code null} cells print as {@code -}. */
    public Table row(String... cells) {
        String[] row = new String[headers.length];
        for (int i = 0; i < row.length; i++) {
            String cell = i < cells.length ? cells[i] : "";
            row[i] = cell == null ? "-" : oneLine(cell);
        }
        rows.add(row);
        return this;
    }

    /** How many rows wait to be printed. */
    public int pending() {
        return rows.size();
    }

    /** Prints the header (the first time) and the buffered rows, then forgets the rows. */
    public void flush(PrintWriter out) {
        Objects.requireNonNull(out, "out");
        if (widths == null) {
            layOut(out instanceof TerminalWriter terminal ? terminal.columns() : Integer.MAX_VALUE);
            print(out, headers);
            String[] rule = new String[headers.length];
            for (int i = 0; i < rule.length; i++) {
                rule[i] = "-".repeat(widths[i]);
            }
            print(out, rule);
        }
        for (String[] row : rows) {
            print(out, row);
        }
        rows.clear();
    }

    private void layOut(int columns) {
        widths = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            widths[i] = Math.min(caps[i], Math.max(Cells.width(headers[i]), longest(i)));
        }
        shown = headers.length;
        int over = total() - columns;
        if (over <= 0) {
            return;
        }
        int slack = 0;
        for (int i = 0; i < shown; i++) {
            slack += Math.max(0, widths[i] - mins[i]);
        }
        if (slack <= over) {
            for (int i = 0; i < shown; i++) {
                widths[i] = Math.min(widths[i], mins[i]);
            }
            while (shown > 1 && total() > columns) {
                shown--;
            }
            return;
        }
        // Each column gives up a share of the excess in proportion to what it has above its minimum, so that no one
        // column is cut to nothing while another keeps its whole width; rounding is settled from the last column.
        int[] room = new int[shown];
        for (int i = 0; i < shown; i++) {
            room[i] = Math.max(0, widths[i] - mins[i]);
            widths[i] -= (int) ((long) over * room[i] / slack);
        }
        for (int i = shown - 1; i >= 0 && total() > columns; i--) {
            widths[i] = Math.max(mins[i] > widths[i] ? widths[i] : mins[i], widths[i] - (total() - columns));
        }
    }

    // The cells a line takes with the first `shown` columns at their widths.
    private int total() {
        int sum = indent.length() + GAP * (shown - 1);
        for (int i = 0; i < shown; i++) {
            sum += widths[i];
        }
        return sum;
    }

    private int longest(int column) {
        int max = 0;
        for (String[] row : rows) {
            max = Math.max(max, Cells.width(row[column]));
        }
        return max;
    }

    private void print(PrintWriter out, String[] cells) {
        StringBuilder line = new StringBuilder(indent);
        for (int i = 0; i < shown; i++) {
            String cell = Cells.cut(cells[i], widths[i]);
            line.append(i < shown - 1 ? Cells.pad(cell, widths[i] + GAP) : cell);
        }
        out.println(line.toString().stripTrailing());
    }

    private static String oneLine(String cell) {
        return cell.replaceAll("[\\r\\n\\t]+", " ");
    }
}

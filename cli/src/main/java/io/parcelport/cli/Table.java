package io.parcelport.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table with a header row, columns as wide as their widest cell up to a cap, and cells past the cap
 * cut with an ellipsis.
 *
 * <p>Rows are buffered until {@link #flush(PrintWriter)}; the first flush prints the header and fixes the widths, so
 * a listing of any length can be printed a page at a time with columns that stay aligned.
 */
public final class Table {

    private final String[] headers;
    private final int[] caps;
    private final List<String[]> rows = new ArrayList<>();
    private int[] widths;
    private String indent = "";

    /** A table with these column headers, each column capped at 40 characters. */
    public Table(String... headers) {
        this.headers = headers.clone();
        this.caps = new int[headers.length];
        Arrays.fill(caps, 40);
    }

    /** Caps column {@code column} (from 0) at {@code max} characters. */
    public Table cap(int column, int max) {
        caps[column] = Math.max(max, 2);
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
            widths = new int[headers.length];
            for (int i = 0; i < headers.length; i++) {
                widths[i] = Math.min(caps[i], Math.max(headers[i].length(), longest(i)));
            }
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

    private int longest(int column) {
        int max = 0;
        for (String[] row : rows) {
            max = Math.max(max, row[column].length());
        }
        return max;
    }

    private void print(PrintWriter out, String[] cells) {
        StringBuilder line = new StringBuilder(indent);
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i];
            if (cell.length() > widths[i]) {
                cell = cell.substring(0, widths[i] - 1) + "…";
            }
            line.append(cell);
            if (i < cells.length - 1) {
                line.append(" ".repeat(widths[i] - cell.length() + 2));
            }
        }
        out.println(line.toString().stripTrailing());
    }

    private static String oneLine(String cell) {
        return cell.replaceAll("[\\r\\n\\t]+", " ");
    }
}

package io.parcelport.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress bar redrawn in place with carriage returns, for terminals only. */
public final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final String label;
    private String drawn = "";

    /** A bar on {@code out} (standard error, so that standard output stays clean), named {@code label}. */
    public ProgressBar(PrintWriter out, String label) {
        this.out = out;
        this.label = label;
    }

    /** Draws {@code done} of {@code total}; a total of 0 or less draws a counter without a bar. */
    public void show(long done, long total) {
        String line;
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, done * WIDTH / total);
            line = String.format(Locale.ROOT, "%s [%s%s] %3d%%  %d/%d", label, "#".repeat(filled),
                    ".".repeat(WIDTH - filled), done * 100 / total, done, total);
        } else {
            line = label + " " + done;
        }
        if (!line.equals(drawn)) {
            out.print("\r" + line + " ".repeat(Math.max(0, drawn.length() - line.length())));
            out.flush();
            drawn = line;
        }
    }

    /** Erases the bar, so that other output can take the line. */
    public void clear() {
        if (!drawn.isEmpty()) {
            out.print("\r" + " ".repeat(drawn.length()) + "\r");
            out.flush();
            drawn = "";
        }
    }
}

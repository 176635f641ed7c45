package io.parcelport.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * How wide standard output's lines may be: {@code COLUMNS} when set; for a terminal, its size as {@code stty}
 * reports it, else 80; output that is not a terminal (a pipe, a file) has no limit, so that scripts get whole lines.
 */
final class TerminalWidth {
    static final int DEFAULT = 80;

    private TerminalWidth() {
    }

    static int columns(Function<String, String> env, boolean terminal) {
        String fromEnv = env.apply("COLUMNS");
        if (fromEnv != null && fromEnv.strip().matches("[0-9]{1,4}")) {
            int value = Integer.parseInt(fromEnv.strip());
            if (value >= 20) {
                return value;
            }
        }
        if (!terminal) {
            return TerminalWriter.UNLIMITED;
        }
        return fromStty().orElse(DEFAULT);
    }

    // Java 17 cannot ask the terminal its size; stty can, reading the controlling terminal.
    private static OptionalInt fromStty() {
        File tty = new File("/dev/tty");
        if (!tty.exists()) {
            return OptionalInt.empty();
        }
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!stty.waitFor(500, TimeUnit.MILLISECONDS)) {
                stty.destroyForcibly();
                return OptionalInt.empty();
            }
            String[] rowsAndColumns = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
                    .strip().split("\\s+");
            if (rowsAndColumns.length == 2 && rowsAndColumns[1].matches("[0-9]{1,4}")) {
                int columns = Integer.parseInt(rowsAndColumns[1]);
                return columns >= 20 ? OptionalInt.of(columns) : OptionalInt.empty();
            }
        } catch (IOException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OptionalInt.empty();
    }
}

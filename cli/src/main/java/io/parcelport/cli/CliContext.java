package io.parcelport.cli;

import java.util.List;
import java.util.Objects;

/**
 * What the composition root hands to the commands: how to open a backend, whether output goes to a terminal, and
 * the secrets that must never be printed.
 *
 * @param backends opens the use cases over the chosen backend
 * @param terminal whether standard output is an interactive terminal (progress bars are drawn only then)
 * @param secrets values to blank out of any message (the API key)
 */
public record CliContext(Backends backends, boolean terminal, List<String> secrets) {
    public CliContext {
        Objects.requireNonNull(backends, "backends");
        secrets = List.copyOf(secrets);
    }
}

package io.parcelport.cli;

import io.parcelport.ports.BackendException;
import io.parcelport.ports.OperationNotSupportedException;
import java.io.PrintWriter;
import java.net.UnknownHostException;
import java.time.DateTimeException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into the exit-code policy and one line on stderr that names what went wrong: usage errors 2,
 * backend failures 3, anything unforeseen 70; never a stack trace, never a secret.
 */
public final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {

    private final List<String> secrets;

    /** A reporter that blanks each of {@code secrets} out of every message. */
    public ErrorReporter(List<String> secrets) {
        // Short values would blank out ordinary words; real API keys are far longer.
        this.secrets = secrets.stream().filter(Objects::nonNull).filter(s -> s.strip().length() >= 6)
                .map(String::strip).toList();
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        report(command.getErr(), command.getCommandSpec().qualifiedName() + ": " + ex.getMessage()
                + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
        return ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        // "parcelport" for the top level, "parcelport get" for a subcommand.
        String name = command.getCommandSpec().qualifiedName();
        if (ex instanceof OperationNotSupportedException notOffered) {
            // A fact about the backend, not a failure of it: the same command works on another backend.
            report(err, name + ": " + notOffered.getMessage());
            return ExitCode.REFUSED;
        }
        if (ex instanceof BackendException backend) {
            Optional<UnknownHostException> unknownHost = cause(backend, UnknownHostException.class);
            if (unknownHost.isPresent()) {
                // Retrying will not make a misspelt host resolve, so this is no "temporary" failure to the user.
                report(err, name + ": backend failure: cannot resolve the host " + unknownHost.get().getMessage()
                        + " (check --base-url or TRACKINGMORE_BASE_URL, and the network)");
                return ExitCode.BACKEND_FAILURE;
            }
            report(err, name + ": backend failure: " + backend.getMessage()
                    + (backend.isRetryable() ? " (temporary; try again later)" : ""));
            return ExitCode.BACKEND_FAILURE;
        }
        if (ex instanceof UsageException || ex instanceof IllegalArgumentException
                || ex instanceof DateTimeException) {
            // Input a value object refused at run time (a time range that ends before it starts...).
            report(err, name + ": " + ex.getMessage());
            return ExitCode.USAGE;
        }
        report(err, name + ": internal error: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
        return ExitCode.INTERNAL_ERROR;
    }

    private static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private void report(PrintWriter err, String message) {
        String line = message.replaceAll("[\\r\\n]+", " ").strip();
        for (String secret : secrets) {
            line = line.replace(secret, "****");
        }
        err.println(line);
        err.flush();
    }
}

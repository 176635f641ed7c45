package io.parcelport.cli;

/** A command line or configuration that cannot work (exit code 2), found after picocli accepted its syntax. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A usage error with a message that says what is wrong and how to fix it. */
    public UsageException(String message) {
        super(message);
    }

    /** A usage error caused by {@code cause}, whose message is kept. */
    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}

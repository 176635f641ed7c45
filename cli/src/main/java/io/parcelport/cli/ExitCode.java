package io.parcelport.cli;

/** The exit codes of {@code parcelport}, which scripts may rely on. */
public final class ExitCode {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** The backend refused (not found, rejected items, nothing detected); the command itself was well formed. */
    public static final int REFUSED = 1;
    /** The command line was wrong: unknown command or option, missing or malformed argument, bad configuration. */
    public static final int USAGE = 2;
    /** The backend failed (unauthorised, quota exhausted, rate limited, unavailable, transport). */
    public static final int BACKEND_FAILURE = 3;
    /** A bug in parcelport itself (sysexits' EX_SOFTWARE), so that it is never mistaken for one of the above. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCode() {
    }
}

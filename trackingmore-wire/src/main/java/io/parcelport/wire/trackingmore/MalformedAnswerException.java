package io.parcelport.wire.trackingmore;

/**
 * A field of a TrackingMore message that cannot be read, named in the message; the REST adapter turns it into
 * {@code BackendUnavailableException}, the emulator into meta code 4012.
 */
public final class MalformedAnswerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MalformedAnswerException(String field, String problem) {
        super("field '" + field + "' " + problem);
    }

    public MalformedAnswerException(String field, String problem, Throwable cause) {
        super("field '" + field + "' " + problem + ": " + cause.getMessage(), cause);
    }
}

package io.parcelport.adapter.trackingmore;

/** A field of a TrackingMore answer that cannot be read; the gateway turns it into BackendUnavailableException. */
final class MalformedAnswerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedAnswerException(String field, String problem) {
        super("field '" + field + "' " + problem);
    }

    MalformedAnswerException(String field, String problem, Throwable cause) {
        super("field '" + field + "' " + problem + ": " + cause.getMessage(), cause);
    }
}

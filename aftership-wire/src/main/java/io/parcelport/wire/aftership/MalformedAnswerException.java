package io.parcelport.wire.aftership;

/** An AfterShip body that does not have the shape the wire format promises, naming the field that is wrong. */
public final class MalformedAnswerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** {@code field} is wrong in the way {@code problem} says. */
    public MalformedAnswerException(String field, String problem) {
        super(field + " " + problem);
    }

    /** {@code field} is wrong in the way {@code problem} says, found because of {@code cause}. */
    public MalformedAnswerException(String field, String problem, Throwable cause) {
        super(field + " " + problem, cause);
    }
}

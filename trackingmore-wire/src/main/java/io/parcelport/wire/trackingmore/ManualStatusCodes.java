package io.parcelport.wire.trackingmore;

import io.parcelport.ports.StatusCommand;
import java.util.Arrays;
import java.util.Optional;

/**
 * The {@code status} numbers of a TrackingMore v2 PUT (reference §5.3) and the ports' {@link StatusCommand}, both
 * ways: "4 means delivered, 7 means exception, 8 means return to the original status".
 */
public final class ManualStatusCodes {
    private static final int DELIVERED = 4;
    private static final int EXCEPTION = 7;
    private static final int ORIGINAL_STATUS = 8;

    private ManualStatusCodes() {
    }

    /** The number a request carries for {@code command}. */
    public static int write(StatusCommand command) {
        return switch (command) {
            case MARK_DELIVERED -> DELIVERED;
            case MARK_EXCEPTION -> EXCEPTION;
            case REVERT_TO_CARRIER -> ORIGINAL_STATUS;
        };
    }

    /** The command a number asks for; empty for any number but 4, 7 and 8 (the server refuses those). */
    public static Optional<StatusCommand> read(long number) {
        return Arrays.stream(StatusCommand.values()).filter(c -> write(c) == number).findFirst();
    }
}

package io.parcelport.adapter.inmemory;

import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.Rejection;
import io.parcelport.ports.RejectionReason;
import java.util.Optional;

/** How the in-memory backend says no, in TrackingMore's words and meta codes, so that both backends refuse alike. */
final class Refusals {

    private Refusals() {
    }

    static <T> ItemOutcome<T> notFound(ShipmentKey key) {
        return ItemOutcome.rejected(new Rejection(RejectionReason.NOT_FOUND, "tracking " + key + " does not exist",
                Optional.of("4017")));
    }

    static <T> ItemOutcome<T> alreadyExists(ShipmentKey key) {
        return ItemOutcome.rejected(new Rejection(RejectionReason.ALREADY_EXISTS,
                "tracking " + key + " already exists", Optional.of("4016")));
    }

    static <T> ItemOutcome<T> noQuota(ShipmentKey key) {
        return ItemOutcome.rejected(new Rejection(RejectionReason.QUOTA_EXHAUSTED,
                "no quota left to register " + key, Optional.of("4021")));
    }

    static Rejection unknownCarrier(ShipmentKey key) {
        return new Rejection(RejectionReason.INVALID_CARRIER, "unknown carrier code '" + key.carrier() + "'",
                Optional.of("4015"));
    }

    static Rejection malformedNumber(ShipmentKey key) {
        return new Rejection(RejectionReason.INVALID_TRACKING_NUMBER,
                "tracking number '" + key.trackingNumber() + "' must be at least 5 letters, digits, '-' or '_'",
                Optional.of("4014"));
    }

    static InvalidRequestException limitExceeded(String op, String message) {
        return new InvalidRequestException(BackendException.Failure.of(op), RejectionReason.LIMIT_EXCEEDED, message);
    }

    /** A call with more items than its port allows. */
    static InvalidRequestException tooMany(String op, int given, int max) {
        return limitExceeded(op, given + " items are over the limit of " + max + " per call");
    }

    /** Refuses a call of {@code given} items when that is more than {@code max}, before anything is done. */
    static void checkAtMost(String op, int given, int max) {
        if (given > max) {
            throw tooMany(op, given, max);
        }
    }
}

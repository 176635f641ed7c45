package io.parcelport.wire.trackingmore;

import io.parcelport.domain.shipment.DeliveryStatus;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * TrackingMore's status words (reference §3.1) and the domain's {@link DeliveryStatus}, both ways: the one table that
 * the client reads with and the emulator writes with, and that the prefixes of sub-status codes
 * ({@link SubStatuses}) name.
 */
public final class Statuses {
    private static final Map<String, DeliveryStatus> BY_WORD = Map.of(
            "pending", DeliveryStatus.PENDING,
            "inforeceived", DeliveryStatus.INFO_RECEIVED,
            "notfound", DeliveryStatus.NOT_FOUND,
            "transit", DeliveryStatus.IN_TRANSIT,
            "pickup", DeliveryStatus.OUT_FOR_DELIVERY,
            "delivered", DeliveryStatus.DELIVERED,
            "undelivered", DeliveryStatus.FAILED_ATTEMPT,
            "exception", DeliveryStatus.EXCEPTION,
            "expired", DeliveryStatus.EXPIRED);
    private static final Map<DeliveryStatus, String> BY_STATUS = new EnumMap<>(DeliveryStatus.class);

    static {
        BY_WORD.forEach((word, status) -> BY_STATUS.put(status, word));
    }

    private Statuses() {
    }

    /**
     * The domain status for a word; blank is {@link DeliveryStatus#PENDING} (a tracking just added has none yet),
     * any unknown word (such as a newer version's) {@link DeliveryStatus#UNKNOWN}. Case, spaces and underscores are
     * ignored.
     */
    public static DeliveryStatus status(String word) {
        if (word == null || word.isBlank()) {
            return DeliveryStatus.PENDING;
        }
        String key = word.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
        return BY_WORD.getOrDefault(key, DeliveryStatus.UNKNOWN);
    }

    /**
     * TrackingMore's word for {@code status}, as list filters and tracking objects carry it; {@code UNKNOWN} is
     * written {@code "unknown"}, which reads back as {@code UNKNOWN}.
     */
    public static String word(DeliveryStatus status) {
        return status == DeliveryStatus.UNKNOWN ? "unknown" : BY_STATUS.get(status);
    }

    /** Whether {@code word} names one of the v2 statuses (the list filter refuses anything else with 4033). */
    public static boolean isKnownWord(String word) {
        return word != null && BY_WORD.containsKey(word.strip().toLowerCase(Locale.ROOT));
    }

    /** The domain status for a word exactly as the table spells it; empty for any other word. */
    static Optional<DeliveryStatus> exactly(String word) {
        return Optional.ofNullable(BY_WORD.get(word));
    }
}

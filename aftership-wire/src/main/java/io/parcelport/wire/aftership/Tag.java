package io.parcelport.wire.aftership;

import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.SubStatus;
import java.util.Locale;
import java.util.Optional;

/**
 * AfterShip's nine {@code tag} values (reference §4.1) and the domain status each stands for, both ways.
 *
 * <p>Two tags share {@link DeliveryStatus#OUT_FOR_DELIVERY}: {@link #OUT_FOR_DELIVERY} and
 * {@link #AVAILABLE_FOR_PICKUP}. The domain status covers both ("out for delivery, or waiting at a pickup point"),
 * and the sub-status keeps them apart: {@link Subtags#read} always gives a pickup-point tracking a sub-status whose
 * prefix is {@code availableforpickup}, and {@link #of(DeliveryStatus, Optional)} reads that prefix back.
 */
public enum Tag {
    PENDING("Pending", DeliveryStatus.PENDING),
    INFO_RECEIVED("InfoReceived", DeliveryStatus.INFO_RECEIVED),
    IN_TRANSIT("InTransit", DeliveryStatus.IN_TRANSIT),
    OUT_FOR_DELIVERY("OutForDelivery", DeliveryStatus.OUT_FOR_DELIVERY),
    AVAILABLE_FOR_PICKUP("AvailableForPickup", DeliveryStatus.OUT_FOR_DELIVERY),
    ATTEMPT_FAIL("AttemptFail", DeliveryStatus.FAILED_ATTEMPT),
    DELIVERED("Delivered", DeliveryStatus.DELIVERED),
    EXCEPTION("Exception", DeliveryStatus.EXCEPTION),
    EXPIRED("Expired", DeliveryStatus.EXPIRED);

    private final String wire;
    private final DeliveryStatus status;

    Tag(String wire, DeliveryStatus status) {
        this.wire = wire;
        this.status = status;
    }

    /** The tag as AfterShip spells it, e.g. {@code AvailableForPickup}. */
    public String wire() {
        return wire;
    }

    /** The domain status of this tag. */
    public DeliveryStatus status() {
        return status;
    }

    /** The tag a word names, ignoring case, spaces and underscores; empty for blank and unknown words. */
    public static Optional<Tag> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String key = squash(word);
        for (Tag tag : values()) {
            if (squash(tag.wire).equals(key)) {
                return Optional.of(tag);
            }
        }
        return Optional.empty();
    }

    /**
     * The tag to write for a domain status: a sub-status prefix that names a tag of that status wins (so a
     * pickup-point shipment is written {@code AvailableForPickup}); {@link DeliveryStatus#NOT_FOUND}, which AfterShip
     * folds into {@code Pending}, is written {@code Pending}, and so is {@link DeliveryStatus#UNKNOWN}, the one
     * valid tag that claims nothing about the parcel.
     */
    public static Tag of(DeliveryStatus status, Optional<SubStatus> subStatus) {
        Optional<Tag> byPrefix = subStatus.flatMap(Subtags::tagOf).filter(t -> t.status == status);
        if (byPrefix.isPresent()) {
            return byPrefix.get();
        }
        return switch (status) {
            case PENDING, NOT_FOUND, UNKNOWN -> PENDING;
            case INFO_RECEIVED -> INFO_RECEIVED;
            case IN_TRANSIT -> IN_TRANSIT;
            case OUT_FOR_DELIVERY -> OUT_FOR_DELIVERY;
            case FAILED_ATTEMPT -> ATTEMPT_FAIL;
            case DELIVERED -> DELIVERED;
            case EXCEPTION -> EXCEPTION;
            case EXPIRED -> EXPIRED;
        };
    }

    static String squash(String word) {
        return word.strip().toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "");
    }
}

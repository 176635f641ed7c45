package io.parcelport.wire.aftership;

import io.parcelport.domain.shipment.SubStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * AfterShip's {@code subtag} codes (reference §4.2) and the domain's {@link SubStatus}, both ways.
 *
 * <p>The domain keeps a sub-status code lower-cased ({@code delivered_004}); the writer restores AfterShip's spelling
 * from the prefix ({@code Delivered_004}), so every code whose prefix is a tag round-trips exactly. Codes the table
 * lacks (2026-07's {@code Exception_016}, a third party's {@code Pending_002}) are kept without a meaning: the
 * reference says to treat the subtag as an open string.
 *
 * <p>Meanings: the official list up to {@code AttemptFail_001}, the rest from the secondary copies the reference
 * cites. {@code OutForDelivery_002} is in one of the two copies only; it is kept, since an answer may carry it.
 */
public final class Subtags {
    /** The only documented subtag of {@code AvailableForPickup}, given to such a tracking that arrives without one. */
    public static final String AVAILABLE_FOR_PICKUP_DEFAULT = "AvailableForPickup_001";

    private static final Map<String, String> MEANINGS = meanings();

    private Subtags() {
    }

    private static Map<String, String> meanings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Pending_001", "No information yet, or not yet tracked");
        m.put("InfoReceived_001", "Info received");
        m.put("InTransit_001", "On the way");
        m.put("InTransit_002", "Accepted by the carrier");
        m.put("InTransit_003", "Arrival scan at a hub");
        m.put("InTransit_004", "Arrived in the destination country");
        m.put("InTransit_005", "Customs clearance completed");
        m.put("InTransit_006", "Handed to customs");
        m.put("InTransit_007", "Departure scan");
        m.put("InTransit_008", "Problem resolved");
        m.put("InTransit_009", "Forwarded to another address");
        m.put("OutForDelivery_001", "Out for delivery");
        m.put("OutForDelivery_002", "Arrived at a sorting centre and available for pickup");
        m.put("OutForDelivery_003", "Customer contacted before final delivery");
        m.put("OutForDelivery_004", "Delivery appointment scheduled");
        m.put("AvailableForPickup_001", "Available for pickup");
        m.put("AttemptFail_001", "Failed attempt");
        m.put("AttemptFail_002", "Addressee not available");
        m.put("AttemptFail_003", "Business closed");
        m.put("Delivered_001", "Delivered");
        m.put("Delivered_002", "Picked up by the customer");
        m.put("Delivered_003", "Signed by the customer");
        m.put("Delivered_004", "Delivered and cash on delivery received");
        m.put("Exception_001", "Exception");
        m.put("Exception_002", "Customer moved");
        m.put("Exception_003", "Customer refused delivery");
        m.put("Exception_004", "Delayed (customs clearance)");
        m.put("Exception_005", "Delayed (external factors)");
        m.put("Exception_006", "Held for payment");
        m.put("Exception_007", "Incorrect address");
        m.put("Exception_008", "Pick up missed");
        m.put("Exception_009", "Rejected by carrier");
        m.put("Exception_010", "Returning to sender");
        m.put("Exception_011", "Returned to sender");
        m.put("Exception_012", "Shipment damage");
        m.put("Exception_013", "Shipment lost");
        m.put("Expired_001", "No information for 30 days");
        return Map.copyOf(m);
    }

    /** Every documented subtag, spelled as AfterShip spells it, with its meaning. */
    public static Map<String, String> documented() {
        return MEANINGS;
    }

    /**
     * The sub-status of a tracking or checkpoint: {@code subtag} with {@code subtagMessage} (or else the documented
     * meaning); a pickup-point tag without a subtag gets {@value #AVAILABLE_FOR_PICKUP_DEFAULT}, so that the
     * domain, which folds the tag into out-for-delivery, still tells it apart. Empty when there is no subtag.
     *
     * @throws IllegalArgumentException if the code is longer than a sub-status may be or contains control characters
     */
    public static Optional<SubStatus> read(Optional<Tag> tag, String subtag, String subtagMessage) {
        String code = subtag == null || subtag.isBlank() ? null : subtag.strip();
        if (code == null && tag.filter(t -> t == Tag.AVAILABLE_FOR_PICKUP).isPresent()) {
            code = AVAILABLE_FOR_PICKUP_DEFAULT;
        }
        if (code == null) {
            return Optional.empty();
        }
        SubStatus bare = new SubStatus(code);
        Optional<String> meaning = Optional.ofNullable(subtagMessage).map(String::strip).filter(s -> !s.isEmpty())
                .or(() -> meaning(bare));
        return Optional.of(new SubStatus(code, meaning));
    }

    /** The {@code subtag} to write: AfterShip's spelling when the prefix is a tag, the code as kept otherwise. */
    public static String spell(SubStatus subStatus) {
        String code = subStatus.code();
        int bar = code.indexOf('_');
        String prefix = bar < 0 ? code : code.substring(0, bar);
        Optional<Tag> tag = Tag.parse(prefix);
        return tag.map(t -> t.wire() + (bar < 0 ? "" : code.substring(bar))).orElse(code);
    }

    /** The tag a sub-status's prefix names, e.g. {@code AvailableForPickup} for {@code availableforpickup_001}. */
    public static Optional<Tag> tagOf(SubStatus subStatus) {
        String code = subStatus.code();
        int bar = code.indexOf('_');
        return bar < 0 ? Optional.empty() : Tag.parse(code.substring(0, bar));
    }

    /** What AfterShip documents the code to mean; empty for an undocumented code. */
    public static Optional<String> meaning(SubStatus subStatus) {
        return Optional.ofNullable(MEANINGS.get(spell(subStatus)));
    }
}

package io.parcelport.wire.trackingmore;

import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.SubStatus;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TrackingMore's sub-status codes ({@code substatus}, reference §3.2) and the domain's {@link SubStatus}, both ways:
 * the reader attaches the documented meaning and fixes the docs' spelling, the writer writes the code back.
 *
 * <p>Its two official lists disagree on {@code exception005}: the old one says "sent back to sender", the newer one
 * "delivery exception". This class follows the newer list, which moved returns to {@code exception010} and
 * {@code exception011}; {@code exception001} to {@code exception003} appear only in the old list and keep its meanings.
 * The meanings are a table; the class is one because of it.
 */
public final class SubStatuses {

    // "not found001" in the v2 docs, "notfound001" on the wire; tolerate more than one space between the words.
    private static final Pattern NOT_FOUND_WITH_SPACE = Pattern.compile("^\\s*not +found", Pattern.CASE_INSENSITIVE);

    // The letters before the number are the main status the code belongs to, spelt as the status words (§3.1).
    private static final Pattern PREFIX = Pattern.compile("^([a-z]+)");

    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("inforeceived001", "Info received: the carrier has the shipment's data, not the parcel"),
            Map.entry("notfound001", "Info received: the parcel is about to be picked up"),
            Map.entry("notfound002", "No tracking information found"),
            Map.entry("transit001", "Shipment on the way"),
            Map.entry("transit002", "Arrival scan at a hub or sorting centre"),
            Map.entry("transit003", "Arrived at the delivery facility"),
            Map.entry("transit004", "Arrived at the destination country"),
            Map.entry("transit005", "Customs clearance completed"),
            Map.entry("transit006", "Item dispatched"),
            Map.entry("transit007", "Departed from the airport"),
            Map.entry("pickup001", "Out for delivery"),
            Map.entry("pickup002", "Ready for collection"),
            Map.entry("pickup003", "Customer contacted before final delivery"),
            Map.entry("delivered001", "Delivered successfully"),
            Map.entry("delivered002", "Picked up by the customer"),
            Map.entry("delivered003", "Delivered and signed for by the customer"),
            Map.entry("delivered004", "Left at the front door or with a neighbour"),
            Map.entry("exception001", "Registered a long time ago and still no tracking information"),
            Map.entry("exception002", "In transit for too long"),
            Map.entry("exception003", "Registered a long time ago and still not delivered"),
            Map.entry("exception004", "Unclaimed"),
            Map.entry("exception005", "Delivery exception"),
            Map.entry("exception006", "Retained by customs"),
            Map.entry("exception007", "Damaged, lost or discarded"),
            Map.entry("exception008", "Cancelled before delivery"),
            Map.entry("exception009", "Refused by the addressee"),
            Map.entry("exception010", "Returned to sender"),
            Map.entry("exception011", "Returning to sender"));

    private SubStatuses() {
    }

    /**
     * The sub-status a {@code substatus} field carries, with its documented meaning; empty when the field is null or
     * blank. Unknown codes are kept without a meaning.
     *
     * @throws IllegalArgumentException if the code is too long or contains control characters
     */
    public static Optional<SubStatus> read(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String wire = NOT_FOUND_WITH_SPACE.matcher(code).replaceFirst("notfound");
        SubStatus bare = new SubStatus(wire);
        return Optional.of(new SubStatus(bare.code(), Optional.ofNullable(MEANINGS.get(bare.code()))));
    }

    /** The {@code substatus} value for a sub-status: its code. */
    public static String write(SubStatus subStatus) {
        return subStatus.code();
    }

    /**
     * The main status a code belongs to, read from its prefix ({@code transit} is in transit, {@code pickup} out for
     * delivery, {@code undelivered} a failed attempt...), whether or not the code itself is documented.
     *
     * @return the main status, or empty when the prefix is not a status word
     */
    public static Optional<DeliveryStatus> status(SubStatus subStatus) {
        Matcher prefix = PREFIX.matcher(subStatus.code());
        return prefix.find() ? Statuses.exactly(prefix.group(1)) : Optional.empty();
    }

    /** Whether the code is one that TrackingMore documents. */
    public static boolean isKnown(SubStatus subStatus) {
        return MEANINGS.containsKey(subStatus.code());
    }

    /** What TrackingMore documents the code to mean; empty for an undocumented code. */
    public static Optional<String> meaning(SubStatus subStatus) {
        return Optional.ofNullable(MEANINGS.get(subStatus.code()));
    }
}

package io.parcelport.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A backend's finer-grained status code under a main delivery status, such as {@code transit004} or
 * {@code exception010}: an open value that keeps codes this version does not know.
 *
 * <p>Codes are normalised: trimmed, lower-cased, and the TrackingMore v2 documentation's spelling {@code not found001}
 * (with a space) becomes {@code notfound001}, the spelling real responses use. A code is refused only when it is
 * blank, longer than {@value #MAX_LENGTH} characters or contains control characters: anything else is kept, because a
 * backend adds codes without notice and dropping them would lose what the carrier said.
 *
 * <p>The known codes and their meanings come from TrackingMore's lists (reference {@code trackingmore-v2.md} §3.2).
 * Its two official lists disagree on {@code exception005}: the old one says "sent back to sender", the newer one
 * "delivery exception". This class follows the newer list, which moved returns to {@code exception010} and
 * {@code exception011}; {@code exception001} to {@code exception003} appear only in the old list and keep its meanings.
 *
 * @param code the normalised code, e.g. {@code transit004}
 */
public record SubStatus(String code) {

    /** The longest code accepted; real codes are about 15 characters, so anything longer is not a code. */
    public static final int MAX_LENGTH = 64;

    // "not found001" in the v2 docs, "notfound001" on the wire; tolerate more than one space between the words.
    private static final Pattern NOT_FOUND_WITH_SPACE = Pattern.compile("^not +found");

    // The letters before the number are the main status the code belongs to (TrackingMore's words, reference §3.1).
    private static final Pattern PREFIX = Pattern.compile("^([a-z]+)");

    private static final Map<String, DeliveryStatus> STATUS_BY_PREFIX = Map.of(
            "pending", DeliveryStatus.PENDING,
            "inforeceived", DeliveryStatus.INFO_RECEIVED,
            "notfound", DeliveryStatus.NOT_FOUND,
            "transit", DeliveryStatus.IN_TRANSIT,
            "pickup", DeliveryStatus.OUT_FOR_DELIVERY,
            "delivered", DeliveryStatus.DELIVERED,
            "undelivered", DeliveryStatus.FAILED_ATTEMPT,
            "exception", DeliveryStatus.EXCEPTION,
            "expired", DeliveryStatus.EXPIRED);

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

    /**
     * Normalises and checks the code.
     *
     * @param code the code as a backend sent it
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if the code is blank, too long or contains control characters
     */
    public SubStatus {
        Objects.requireNonNull(code, "sub-status code must not be null");
        String normalised = code.strip().toLowerCase(Locale.ROOT);
        if (normalised.isEmpty()) {
            throw new IllegalArgumentException("sub-status code must not be blank: '" + printable(code) + "'");
        }
        if (normalised.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(
                    "sub-status code must not contain control characters: '" + printable(code) + "'");
        }
        normalised = NOT_FOUND_WITH_SPACE.matcher(normalised).replaceFirst("notfound");
        if (normalised.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("sub-status code must be at most " + MAX_LENGTH + " characters, got "
                    + normalised.length() + ": '" + printable(code) + "'");
        }
        code = normalised;
    }

    /**
     * The sub-status for {@code code}, or empty when the backend sent none (null or blank, as many responses do).
     *
     * @param code a code as the backend sent it, possibly null
     * @return the sub-status, or empty for null and blank codes
     * @throws IllegalArgumentException if a non-blank code is too long or contains control characters
     */
    public static Optional<SubStatus> ofNullable(String code) {
        return code == null || code.isBlank() ? Optional.empty() : Optional.of(new SubStatus(code));
    }

    /**
     * What the code means, for the codes TrackingMore documents.
     *
     * @return an English description, or empty for an unknown code
     */
    public Optional<String> meaning() {
        return Optional.ofNullable(MEANINGS.get(code));
    }

    /**
     * The main status this code belongs to, read from its prefix ({@code transit} is in transit, {@code pickup} out
     * for delivery, {@code undelivered} a failed attempt...), whether or not the code itself is known.
     *
     * @return the main status, or empty when the prefix is not a status TrackingMore names
     */
    public Optional<DeliveryStatus> status() {
        Matcher prefix = PREFIX.matcher(code);
        return prefix.find() ? Optional.ofNullable(STATUS_BY_PREFIX.get(prefix.group(1))) : Optional.empty();
    }

    /**
     * Whether this is one of the codes TrackingMore documents.
     *
     * @return true when {@link #meaning()} is present
     */
    public boolean isKnown() {
        return MEANINGS.containsKey(code);
    }

    // Puts a refused value in a message without letting it break the log line or fill the screen.
    private static String printable(String value) {
        int shown = Math.min(value.length(), MAX_LENGTH + 16);
        StringBuilder out = new StringBuilder(shown + 24);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (shown < value.length()) {
            out.append("...(").append(value.length()).append(" chars)");
        }
        return out.toString();
    }
}

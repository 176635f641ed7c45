package io.parcelport.adapter.inmemory;

import io.parcelport.domain.shipment.TrackingNumber;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Tracking numbers with a scripted history, for any carrier code, like the test numbers other shipping APIs give.
 *
 * <p>A number is magic when it starts with one of the prefixes below (case-insensitive); anything may follow, so
 * {@code PPDELIVERED-0001} and {@code ppdelivered42} both qualify. Times count from registration (or from a change of
 * carrier); the carrier's status at each step, with TrackingMore's sub-status:
 *
 * <table>
 *   <caption>Magic prefixes</caption>
 *   <tr><th>prefix</th><th>history</th></tr>
 *   <tr><td>{@value #DELIVERED}</td><td>+1 h in transit (transit001), +2 h out for delivery (pickup001), +3 h
 *       delivered (delivered001): delivered after three events</td></tr>
 *   <tr><td>{@value #EXCEPTION}</td><td>+1 h in transit, +2 h exception "returning to sender" (exception011), +3 h
 *       exception "returned to sender" (exception010), final</td></tr>
 *   <tr><td>{@value #NOT_FOUND}</td><td>+1 h not found (notfound002), forever (never expires)</td></tr>
 *   <tr><td>{@value #EXPIRES}</td><td>+1 h not found (notfound002), expired after 30 days for express carriers and
 *       60 days for postal ones (TrackingMore's rule)</td></tr>
 *   <tr><td>{@value #FAILED_ATTEMPT}</td><td>+1 h in transit, +2 h out for delivery, +3 h failed attempt
 *       (undelivered001), +1 day 2 h out for delivery again, +1 day 3 h delivered</td></tr>
 *   <tr><td>{@value #PICKUP}</td><td>+1 h in transit, +2 h out for delivery (pickup001), +3 h waiting at a pickup
 *       point (pickup002), forever</td></tr>
 *   <tr><td>{@value #IN_TRANSIT}</td><td>+1 h in transit (transit001), +1 day arrival at a hub (transit002),
 *       forever</td></tr>
 * </table>
 *
 * Every other number follows a realistic history derived from its hash: mostly delivered within days (express) or
 * weeks (postal), some after a failed attempt, some returned, held by customs, never found or expired.
 */
public final class MagicNumbers {

    /** Delivered after three events, within three hours. */
    public static final String DELIVERED = "PPDELIVERED";
    /** Ends in exception: returned to sender. */
    public static final String EXCEPTION = "PPEXCEPTION";
    /** Never found. */
    public static final String NOT_FOUND = "PPNOTFOUND";
    /** Not found, then expired after 30 (express) or 60 (postal) days. */
    public static final String EXPIRES = "PPEXPIRES";
    /** Fails a delivery attempt, then is delivered the next day. */
    public static final String FAILED_ATTEMPT = "PPFAILED";
    /** Goes out for delivery, then waits at a pickup point forever. */
    public static final String PICKUP = "PPPICKUP";
    /** Stays in transit forever. */
    public static final String IN_TRANSIT = "PPTRANSIT";

    // No prefix begins another, so at most one matches and the map's order does not matter.
    private static final Map<String, Scenario> PREFIXES = Map.of(DELIVERED, Scenario.MAGIC_DELIVERED,
            EXCEPTION, Scenario.MAGIC_RETURNED, NOT_FOUND, Scenario.MAGIC_NOT_FOUND, EXPIRES, Scenario.MAGIC_EXPIRES,
            FAILED_ATTEMPT, Scenario.MAGIC_FAILED_THEN_DELIVERED, PICKUP, Scenario.MAGIC_PICKUP,
            IN_TRANSIT, Scenario.MAGIC_IN_TRANSIT);

    private MagicNumbers() {
    }

    /** A magic number: {@code prefix} followed by {@code serial}, e.g. {@code PPDELIVERED0007}. */
    public static TrackingNumber number(String prefix, int serial) {
        Objects.requireNonNull(prefix, "prefix");
        if (scenarioOf(prefix).isEmpty()) {
            throw new IllegalArgumentException("not a magic prefix: '" + prefix + "'");
        }
        return TrackingNumber.of(prefix + String.format("%04d", serial));
    }

    /** The scripted scenario of {@code number}, if it is magic. */
    static Optional<Scenario> scenarioOf(String number) {
        String upper = number.toUpperCase(Locale.ROOT);
        return PREFIXES.entrySet().stream().filter(e -> upper.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst();
    }
}

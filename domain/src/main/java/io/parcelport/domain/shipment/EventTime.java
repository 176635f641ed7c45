package io.parcelport.domain.shipment;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * When a tracking event happened, as the carrier reported it: a local wall-clock time, with its UTC offset when the
 * carrier gave one.
 *
 * <p>Most carriers report the local time of the scanning facility without a zone; inventing one would move events
 * by hours, so the offset stays absent unless it was given, and {@link #toInstant()} is then empty.
 *
 * @param local the wall-clock time at the place of the event
 * @param offset the UTC offset of {@code local}, when known
 */
public record EventTime(LocalDateTime local, Optional<ZoneOffset> offset) implements Comparable<EventTime> {
    public EventTime {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(offset, "offset");
    }

    /** A local time whose offset is unknown. */
    public static EventTime of(LocalDateTime local) {
        return new EventTime(local, Optional.empty());
    }

    /** A time with a known offset. */
    public static EventTime of(OffsetDateTime time) {
        return new EventTime(time.toLocalDateTime(), Optional.of(time.getOffset()));
    }

    /** The instant, when the offset is known. */
    public Optional<Instant> toInstant() {
        return offset.map(o -> local.toInstant(o));
    }

    /**
     * Orders by the instant when both offsets are known, otherwise by wall-clock time; events of one leg are almost
     * always reported in one zone, so wall-clock order is the best order available.
     */
    @Override
    public int compareTo(EventTime other) {
        if (offset.isPresent() && other.offset.isPresent()) {
            int byInstant = toInstant().get().compareTo(other.toInstant().get());
            if (byInstant != 0) {
                return byInstant;
            }
        }
        return local.compareTo(other.local);
    }

    @Override
    public String toString() {
        return offset.map(o -> local.atOffset(o).toString()).orElse(local.toString());
    }
}

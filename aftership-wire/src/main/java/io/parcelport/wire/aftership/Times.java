package io.parcelport.wire.aftership;

import io.parcelport.domain.shipment.EventTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Optional;

/**
 * AfterShip's three time shapes (reference §1): {@code YYYY-MM-DD}, {@code YYYY-MM-DDTHH:mm:ss} and
 * {@code YYYY-MM-DDTHH:mm:ssZ}, read keeping the offset when one is given and written back in the same shape.
 */
public final class Times {
    // ISO local date-time with optional fraction, then an optional offset as "Z", "+00:00", "+0000" or "+00".
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .optionalEnd()
            .toFormatter();
    private static final DateTimeFormatter WRITE_LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter WRITE_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private Times() {
    }

    /**
     * A time in any of the three shapes; a date alone is its midnight. Empty for blank text.
     *
     * @throws MalformedAnswerException naming {@code what} when the text is none of them
     */
    public static Optional<EventTime> read(String text, String what) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            var parsed = READ.parse(text.strip());
            LocalDate date = LocalDate.from(parsed);
            LocalTime time = parsed.isSupported(ChronoField.HOUR_OF_DAY) ? LocalTime.from(parsed) : LocalTime.MIDNIGHT;
            Optional<ZoneOffset> offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? Optional.of(ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)))
                    : Optional.empty();
            return Optional.of(new EventTime(LocalDateTime.of(date, time), offset));
        } catch (java.time.DateTimeException e) {
            throw new MalformedAnswerException(what, "is not a date-time AfterShip writes: '"
                    + text.strip().replaceAll("\\p{Cntrl}", "?") + "'", e);
        }
    }

    /** An instant from a time AfterShip writes in GMT+0 ({@code created_at}, {@code updated_at}): no offset is UTC. */
    public static Optional<Instant> instant(String text, String what) {
        return read(text, what).map(t -> t.local().toInstant(t.offset().orElse(ZoneOffset.UTC)));
    }

    /** An event time as AfterShip writes it: with its offset when known, else local. */
    public static String write(EventTime time) {
        return time.offset().map(o -> WRITE_OFFSET.format(time.local().atOffset(o)))
                .orElseGet(() -> WRITE_LOCAL.format(time.local()));
    }

    /** An instant in GMT+0, as {@code created_at} is written ({@code 2023-01-18T08:47:10+00:00}). */
    public static String write(Instant instant) {
        return WRITE_OFFSET.format(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** A day, as {@code tracking_ship_date} and the estimated-delivery dates are written. */
    public static String write(LocalDate date) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }
}

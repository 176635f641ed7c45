package io.parcelport.wire.trackingmore;

import io.parcelport.domain.shipment.EventTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * TrackingMore v2's spellings of times (reference §4, §5), read tolerantly and written as TrackingMore writes them,
 * side by side: local {@code YYYY-MM-DD HH:MM[:SS]}, ISO-8601 with an offset (with or without its colon), and the
 * merchants' free-text order times.
 */
public final class WireTimes {
    // Strict: the default resolver reads 2018-02-30 as 2018-02-28, a time nobody wrote.
    private static final DateTimeFormatter READ_LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d H:mm[:ss]")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_SECONDS = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss").appendOffset("+HH:MM", "+00:00").toFormatter();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final Pattern OFFSET_AT_END = Pattern.compile("[+-]\\d{2}:?\\d{2}$");
    private static final DateTimeFormatter ORDER_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private WireTimes() {
    }

    // ---- readers ----

    /** A time as TrackingMore writes it: {@code YYYY-MM-DD HH:MM[:SS]} (local) or ISO-8601 with an offset. */
    public static Optional<EventStamp> stamp(String value, String what) {
        Optional<String> t = Wire.text(value);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String s = t.get();
        try {
            if (s.length() > 16 && s.charAt(10) == 'T') {
                EventStamp quick = plainIso(s);
                if (quick != null) {
                    return Optional.of(quick);
                }
                if (s.endsWith("Z") || OFFSET_AT_END.matcher(s).find()) {
                    // OffsetDateTime.parse wants +08:00; PHP's ISO 8601 format writes +0800.
                    String iso = s.charAt(s.length() - 3) != ':' && !s.endsWith("Z")
                            ? s.substring(0, s.length() - 2) + ":" + s.substring(s.length() - 2) : s;
                    OffsetDateTime parsed = OffsetDateTime.parse(iso);
                    return Optional.of(new EventStamp(parsed.toLocalDateTime(), Optional.of(parsed.getOffset())));
                }
                return Optional.of(new EventStamp(LocalDateTime.parse(s), Optional.empty()));
            }
            LocalDateTime local = plainLocal(s);
            return Optional.of(new EventStamp(local != null ? local : LocalDateTime.parse(s, READ_LOCAL),
                    Optional.empty()));
        } catch (DateTimeParseException e) {
            throw new MalformedAnswerException(what, "is not a date-time: '" + s + "'");
        }
    }

    // The spelling of nearly every event time, read digit by digit: a page holds tens of thousands of them, and the
    // formatter costs more than the rest of an event. Anything else, or an impossible date, goes to the formatter.
    private static LocalDateTime plainLocal(String s) {
        return plainLocal(s, s.length(), ' ');
    }

    // The first `length` characters of s as YYYY-MM-DD?HH:MM[:SS], with `separator` between date and time.
    private static LocalDateTime plainLocal(String s, int length, char separator) {
        if ((length != 19 || s.charAt(16) != ':') && length != 16 || s.charAt(4) != '-' || s.charAt(7) != '-'
                || s.charAt(10) != separator || s.charAt(13) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = length == 19 ? digits(s, 17, 19) : 0;
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (DateTimeException e) {
            return null;
        }
    }

    // created_at and updated_at as TrackingMore writes them, 2025-06-01T10:00:00+08:00 (or +0800, or Z), read by
    // hand for the same reason as event times: two per tracking, and the regex and parser showed in profiles.
    private static EventStamp plainIso(String s) {
        int end = s.length();
        ZoneOffset offset;
        if (end == 20 && s.charAt(19) == 'Z') {
            offset = ZoneOffset.UTC;
        } else if ((end == 25 && s.charAt(22) == ':' || end == 24) && (s.charAt(19) == '+' || s.charAt(19) == '-')) {
            int hours = digits(s, 20, 22);
            int minutes = end == 25 ? digits(s, 23, 25) : digits(s, 22, 24);
            if ((hours | minutes) < 0 || hours > 18 || minutes > 59) {
                return null;
            }
            try {
                offset = ZoneOffset.ofHoursMinutes(s.charAt(19) == '-' ? -hours : hours,
                        s.charAt(19) == '-' ? -minutes : minutes);
            } catch (DateTimeException e) {
                return null;
            }
        } else {
            return null;
        }
        LocalDateTime local = plainLocal(s, 19, 'T');
        return local == null ? null : new EventStamp(local, Optional.of(offset));
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * An instant: ISO-8601 with offset as given; a local {@code YYYY-MM-DD HH:MM[:SS]} is read as UTC, since the
     * account-level times ({@code created_at}, {@code updated_at}) that TrackingMore writes in this form have no
     * other zone to go by.
     */
    public static Optional<Instant> instant(String value, String what) {
        return stamp(value, what).map(s -> s.local().toInstant(s.offset().orElse(ZoneOffset.UTC)));
    }

    /** A merchant's free-text order time ({@code 2017/8/27 16:51}, {@code 2018-04-01 10:08}); empty if unreadable. */
    public static Optional<LocalDateTime> freeTime(String value) {
        Optional<String> t = Wire.text(value);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime plain = plainLocal(t.get());
        if (plain != null) {
            return Optional.of(plain);
        }
        for (DateTimeFormatter f : List.of(READ_LOCAL, SLASHED)) {
            try {
                return Optional.of(LocalDateTime.parse(t.get(), f));
            } catch (DateTimeParseException ignored) {
                // try the next spelling
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(t.get()).toLocalDateTime());
        } catch (DateTimeParseException ignored) {
            // A remark rather than a time: the field is free text, so leave it out instead of failing the answer.
        }
        try {
            return Optional.of(LocalDate.parse(t.get()).atStartOfDay());
        } catch (DateTimeParseException ignored) {
            return Optional.empty();
        }
    }

    /** A wall-clock time with its offset when one was given. */
    public record EventStamp(LocalDateTime local, Optional<ZoneOffset> offset) {
    }

    // ---- writers ----

    /** An instant as {@code created_at} carries it: ISO-8601 in UTC with {@code +00:00}, to the second. */
    public static String iso(Instant instant) {
        return ISO_SECONDS.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    /** An event time: local {@code YYYY-MM-DD HH:MM:SS}, or ISO-8601 with its offset when it has one. */
    public static String eventTime(EventTime time) {
        return time.offset().map(o -> time.local().truncatedTo(ChronoUnit.SECONDS).atOffset(o).toString())
                .orElseGet(() -> local(time.local()));
    }

    /** A local time {@code YYYY-MM-DD HH:MM:SS}. */
    public static String local(LocalDateTime time) {
        return LOCAL.format(time);
    }

    /** A merchant's order time as the docs show it, {@code YYYY-MM-DD HH:MM}, with seconds when it has some. */
    public static String orderTime(LocalDateTime time) {
        return time.getSecond() == 0 && time.getNano() == 0 ? ORDER_TIME.format(time) : LOCAL.format(time);
    }
}

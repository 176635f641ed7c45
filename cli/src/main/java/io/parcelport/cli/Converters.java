package io.parcelport.cli;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.ArchivedFilter;
import io.parcelport.ports.StatusCommand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads command-line words into domain values, so that a malformed carrier code, number, country or date is a usage
 * error (exit 2) that names the option and the value, before any backend call.
 */
public final class Converters {

    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    // TrackingMore's own spelling of order times, e.g. 2017/8/27 16:51.
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d H:mm", Locale.ROOT);

    // A decimal amount and a unit, as in "30s" or "1.5 m"; the unit is required.
    private static final Pattern AMOUNT_AND_UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h)");

    private Converters() {
    }

    /** Registers every converter on {@code commandLine} and its subcommands. */
    public static CommandLine registerAll(CommandLine commandLine) {
        return commandLine
                .registerConverter(CarrierCode.class, wrap(CarrierCode::of))
                .registerConverter(TrackingNumber.class, wrap(TrackingNumber::of))
                .registerConverter(CountryCode.class, wrap(CountryCode::of))
                .registerConverter(LanguageCode.class, wrap(LanguageCode::of))
                .registerConverter(DeliveryStatus.class, Converters::status)
                .registerConverter(StatusCommand.class, Converters::statusCommand)
                .registerConverter(ArchivedFilter.class, Converters::archived)
                .registerConverter(BackendKind.class, Converters::backend)
                .registerConverter(TimeArg.class, Converters::time)
                .registerConverter(LocalDate.class, Converters::date)
                .registerConverter(LocalDateTime.class, Converters::dateTime)
                .registerConverter(Duration.class, Converters::duration);
    }

    /**
     * A positive length of time: a number and a unit ({@code 500ms}, {@code 30s}, {@code 1.5m}, {@code 2h}) or
     * ISO-8601 ({@code PT30S}). A bare number is refused: seconds or milliseconds would be a guess.
     */
    public static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Duration value;
        try {
            Matcher m = AMOUNT_AND_UNIT.matcher(t);
            if (m.matches()) {
                long nanosPerUnit = switch (m.group(2)) {
                    case "ms" -> 1_000_000L;
                    case "s" -> 1_000_000_000L;
                    case "m", "min" -> 60_000_000_000L;
                    default -> 3_600_000_000_000L;
                };
                value = Duration.ofNanos(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(nanosPerUnit))
                        .setScale(0, RoundingMode.CEILING).longValueExact());
            } else {
                value = Duration.parse(t.toUpperCase(Locale.ROOT));
            }
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a length of time; use e.g. 30s, 500ms, 2m"
                    + " or PT30S");
        } catch (ArithmeticException e) {
            throw new TypeConversionException("'" + text + "' is too long a time");
        }
        if (value.isZero() || value.isNegative()) {
            throw new TypeConversionException("'" + text + "' is not a positive length of time");
        }
        return value;
    }

    /**
     * A moment or a whole day given on the command line: an ISO date ({@code 2025-06-01}, the whole day in UTC), an
     * instant ({@code 2025-06-01T10:00:00Z}) or a date-time with an offset.
     *
     * @param from the first instant it covers
     * @param to the last instant it covers
     */
    public record TimeArg(Instant from, Instant to) {
    }

    /**
     * A delivery status by the domain's own name, in any case, with {@code -}, {@code _} or a space between its words
     * ({@code in-transit}, {@code IN_TRANSIT}, {@code in transit}). A backend's words ({@code transit},
     * {@code notfound}) are not accepted: the command line speaks Parcelport, whichever backend runs behind it.
     */
    public static DeliveryStatus status(String text) {
        String key = squeeze(text);
        for (DeliveryStatus s : DeliveryStatus.values()) {
            if (squeeze(s.name()).equals(key) && s != DeliveryStatus.UNKNOWN) {
                return s;
            }
        }
        throw new TypeConversionException("'" + text + "' is not a delivery status; use one of "
                + Arrays.stream(DeliveryStatus.values()).filter(s -> s != DeliveryStatus.UNKNOWN)
                        .map(Render::status).collect(Collectors.joining(", ")));
    }

    // Case and the choice of word separator do not tell two statuses apart; a missing separator does.
    private static String squeeze(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[-\\s]+", "_");
    }

    /** A manual status command: {@code delivered}, {@code exception} or {@code revert}. */
    static StatusCommand statusCommand(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "delivered" -> StatusCommand.MARK_DELIVERED;
            case "exception" -> StatusCommand.MARK_EXCEPTION;
            case "revert" -> StatusCommand.REVERT_TO_CARRIER;
            default -> throw new TypeConversionException("'" + text + "' is not delivered, exception or revert");
        };
    }

    static ArchivedFilter archived(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "only" -> ArchivedFilter.ARCHIVED_ONLY;
            case "no", "false" -> ArchivedFilter.ACTIVE_ONLY;
            case "either", "any", "all" -> ArchivedFilter.EITHER;
            default -> throw new TypeConversionException("'" + text + "' is not yes, no or either");
        };
    }

    static BackendKind backend(String text) {
        for (BackendKind kind : BackendKind.values()) {
            if (kind.cliName().equalsIgnoreCase(text.strip())) {
                return kind;
            }
        }
        throw new TypeConversionException("'" + text + "' is not embedded, trackingmore, trackingmore-v4 or "
                + "aftership");
    }

    /** Reads true/false, yes/no or 1/0, for options that take a boolean value (not flags). */
    public static final class YesNo implements CommandLine.ITypeConverter<Boolean> {
        @Override
        public Boolean convert(String text) {
            return bool(text);
        }
    }

    static Boolean bool(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            default -> throw new TypeConversionException("'" + text + "' is not true or false");
        };
    }

    /** A day or a moment, see {@link TimeArg}. */
    public static TimeArg time(String text) {
        String t = text.strip();
        try {
            if (t.length() == 10) {
                LocalDate day = LocalDate.parse(t);
                return new TimeArg(day.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1));
            }
            Instant instant = t.endsWith("Z") || t.endsWith("z") ? Instant.parse(t.toUpperCase(Locale.ROOT))
                    : OffsetDateTime.parse(t).toInstant();
            return new TimeArg(instant, instant);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is neither a date (2025-06-01) nor an instant "
                    + "(2025-06-01T10:00:00Z or 2025-06-01T12:00:00+02:00)");
        }
    }

    /** A date as TrackingMore writes it ({@code 20250601}) or in ISO form ({@code 2025-06-01}). */
    public static LocalDate date(String text) {
        String t = text.strip();
        try {
            return t.length() == 8 ? LocalDate.parse(t, COMPACT_DATE) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a date (20250601 or 2025-06-01)");
        }
    }

    /** A local date-time: ISO ({@code 2025-06-01T10:30}), with a space, or TrackingMore's {@code 2025/6/1 10:30}. */
    public static LocalDateTime dateTime(String text) {
        String t = text.strip();
        try {
            if (t.contains("/")) {
                return LocalDateTime.parse(t, SLASHED);
            }
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay();
            }
            return LocalDateTime.parse(t.replace(' ', 'T'));
        } catch (DateTimeException e) {
            throw new TypeConversionException("'" + text + "' is not a date-time (2025-06-01 10:30 or "
                    + "2025/6/1 10:30)");
        }
    }

    private static <T> CommandLine.ITypeConverter<T> wrap(Function<String, T> parser) {
        return text -> {
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new TypeConversionException(e.getMessage());
            }
        };
    }
}

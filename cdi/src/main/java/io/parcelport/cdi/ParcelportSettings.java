package io.parcelport.cdi;

import io.parcelport.adapter.aftership.AfterShipBackend;
import io.parcelport.adapter.aftership.AfterShipConfig;
import io.parcelport.adapter.inmemory.InMemoryBackend;
import io.parcelport.adapter.trackingmore.RateLimits;
import io.parcelport.adapter.trackingmore.TrackingMoreBackend;
import io.parcelport.adapter.trackingmore.TrackingMoreConfig;
import io.parcelport.adapter.trackingmorev4.TrackingMoreV4Backend;
import io.parcelport.adapter.trackingmorev4.TrackingMoreV4Config;
import io.parcelport.pacing.RetryPolicy;
import io.parcelport.ports.out.TrackingBackend;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * Parcelport's settings as MicroProfile Config holds them (keys in the package documentation), turned into a
 * backend; a bad value fails at start-up with the key and the value it refused (never the API key itself).
 */
public final class ParcelportSettings {
    private static final String PREFIX = "parcelport.trackingmore.";
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private final Function<String, Optional<String>> values;
    private final Function<String, String> environment;

    private ParcelportSettings(Function<String, Optional<String>> values, Function<String, String> environment) {
        this.values = values;
        this.environment = environment;
    }

    /** Settings from {@code config}, with the environment's {@code TRACKINGMORE_*} variables as fallbacks. */
    public static ParcelportSettings from(Config config) {
        return from(config, System::getenv);
    }

    /** Settings from {@code config}, with {@code environment} in place of the process's environment variables. */
    public static ParcelportSettings from(Config config, Function<String, String> environment) {
        return new ParcelportSettings(key -> config.getOptionalValue(key, String.class).map(String::strip)
                .filter(v -> !v.isEmpty()), environment);
    }

    /** Which backend: {@code embedded} (the default), {@code trackingmore}, {@code trackingmore-v4} or {@code aftership}. */
    public String backendName() {
        return values.apply("parcelport.backend").map(v -> v.toLowerCase(Locale.ROOT)).orElse("embedded");
    }

    /** The backend the settings describe, opened. */
    public TrackingBackend openBackend() {
        return switch (backendName()) {
            case "embedded" -> InMemoryBackend.builder()
                    .demoData(integer("parcelport.embedded.demo-shipments", 0), 2025).build();
            case "trackingmore" -> TrackingMoreBackend.create(trackingMoreConfig());
            case "trackingmore-v4" -> TrackingMoreV4Backend.create(trackingMoreV4Config());
            case "aftership" -> AfterShipBackend.create(afterShipConfig());
            default -> throw new IllegalArgumentException("parcelport.backend must be embedded, trackingmore, "
                    + "trackingmore-v4 or aftership, not '" + backendName() + "'");
        };
    }

    /** The TrackingMore configuration the settings describe. */
    public TrackingMoreConfig trackingMoreConfig() {
        TrackingMoreConfig.Builder b = TrackingMoreConfig.builder();
        Optional<String> key = values.apply(PREFIX + "api-key")
                .or(() -> Optional.ofNullable(environment.apply(TrackingMoreConfig.API_KEY_VARIABLE)));
        b.apiKey(key.orElseThrow(() -> new IllegalArgumentException("no TrackingMore API key: set "
                + PREFIX + "api-key or the environment variable " + TrackingMoreConfig.API_KEY_VARIABLE)));
        values.apply(PREFIX + "base-url")
                .or(() -> Optional.ofNullable(environment.apply(TrackingMoreConfig.BASE_URL_VARIABLE)))
                .ifPresent(b::baseUri);
        duration(PREFIX + "connect-timeout").ifPresent(b::connectTimeout);
        duration(PREFIX + "read-timeout").ifPresent(b::readTimeout);
        duration(PREFIX + "deadline").ifPresent(b::deadline);
        values.apply(PREFIX + "max-attempts")
                .ifPresent(v -> b.retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(integer(PREFIX + "max-attempts", 3))));
        RateLimits d = RateLimits.DEFAULT;
        b.rateLimits(new RateLimits(rate("realtime-per-second", d.realtimePerSecond()),
                rate("list-per-second", d.listPerSecond()), rate("other-per-second", d.otherPerSecond()),
                d.maxWait(), d.margin()));
        return b.build();
    }

    /**
     * The TrackingMore v4 configuration: the same {@code parcelport.trackingmore.*} key, base URL (default the v4
     * API), timeouts, deadline and attempts; v4's own rates.
     */
    public TrackingMoreV4Config trackingMoreV4Config() {
        TrackingMoreV4Config.Builder b = TrackingMoreV4Config.builder();
        b.apiKey(key(PREFIX + "api-key", TrackingMoreV4Config.API_KEY_VARIABLE, "TrackingMore"));
        values.apply(PREFIX + "base-url")
                .or(() -> Optional.ofNullable(environment.apply(TrackingMoreV4Config.BASE_URL_VARIABLE)))
                .ifPresent(b::baseUri);
        duration(PREFIX + "connect-timeout").ifPresent(b::connectTimeout);
        duration(PREFIX + "read-timeout").ifPresent(b::readTimeout);
        duration(PREFIX + "deadline").ifPresent(b::deadline);
        values.apply(PREFIX + "max-attempts").ifPresent(v -> b.retryPolicy(
                RetryPolicy.DEFAULT.withMaxAttempts(integer(PREFIX + "max-attempts", 3))));
        return b.build();
    }

    /**
     * The AfterShip configuration from {@code parcelport.aftership.*}: {@code api-key} (else {@code AFTERSHIP_API_KEY}),
     * {@code base-url} (else {@code AFTERSHIP_BASE_URL}), {@code connect-timeout}, {@code read-timeout},
     * {@code deadline}, {@code max-attempts}.
     */
    public AfterShipConfig afterShipConfig() {
        String prefix = "parcelport.aftership.";
        AfterShipConfig.Builder b = AfterShipConfig.builder();
        b.apiKey(key(prefix + "api-key", AfterShipConfig.API_KEY_VARIABLE, "AfterShip"));
        values.apply(prefix + "base-url")
                .or(() -> Optional.ofNullable(environment.apply(AfterShipConfig.BASE_URL_VARIABLE)))
                .ifPresent(b::baseUri);
        duration(prefix + "connect-timeout").ifPresent(b::connectTimeout);
        duration(prefix + "read-timeout").ifPresent(b::readTimeout);
        duration(prefix + "deadline").ifPresent(b::deadline);
        values.apply(prefix + "max-attempts").ifPresent(v -> b.retryPolicy(
                AfterShipConfig.DEFAULT_RETRY_POLICY.withMaxAttempts(integer(prefix + "max-attempts", 3))));
        return b.build();
    }

    private String key(String property, String variable, String vendor) {
        return values.apply(property).or(() -> Optional.ofNullable(environment.apply(variable)))
                .filter(k -> !k.isBlank())
                .orElseThrow(() -> new IllegalArgumentException("no " + vendor + " API key: set " + property
                        + " or the environment variable " + variable));
    }

    private double rate(String name, double fallback) {
        return values.apply(PREFIX + name).map(v -> {
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw refused(PREFIX + name, v, "a number of calls per second");
            }
        }).orElse(fallback);
    }

    private int integer(String key, int fallback) {
        return values.apply(key).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw refused(key, v, "a whole number");
            }
        }).orElse(fallback);
    }

    // Both ISO-8601 (PT30S), as Java writes durations, and the short 30s / 500ms / 2m people write.
    private Optional<Duration> duration(String key) {
        return values.apply(key).map(v -> {
            Matcher m = SHORT_DURATION.matcher(v.toLowerCase(Locale.ROOT));
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                return switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    default -> Duration.ofHours(n);
                };
            }
            try {
                return Duration.parse(v);
            } catch (DateTimeParseException e) {
                throw refused(key, v, "a duration such as 30s, 500ms, 2m or PT30S");
            }
        });
    }

    private static IllegalArgumentException refused(String key, String value, String expected) {
        return new IllegalArgumentException(key + " must be " + expected + ", not '" + value + "'");
    }
}

package io.parcelport.adapter.trackingmorev4;

import io.parcelport.pacing.Limiters;
import io.parcelport.pacing.PacingListener;
import io.parcelport.pacing.RetryPolicy;
import io.parcelport.pacing.Ticker;
import io.parcelport.ports.BackendLimits;
import io.parcelport.rest.ApiKeyFilter;
import io.parcelport.rest.BaseUris;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * Everything one {@link TrackingMoreV4Backend} needs: the API key, where the API is, timeouts, retries, rate limits,
 * the deadline of a call, the ticker it waits with and the listener that hears its waits; immutable and scoped to
 * one backend, so clients with different keys can live side by side in one JVM.
 *
 * <p>The API key is never shown: {@link #toString()} masks it, and nothing the adapter logs or throws contains it.
 */
public final class TrackingMoreV4Config {

    /** TrackingMore's production endpoint for API v4. */
    public static final URI DEFAULT_BASE_URI = URI.create("https://api.trackingmore.com/v4");

    /** The environment variable {@link Builder#apiKeyFromEnvironment()} reads. */
    public static final String API_KEY_VARIABLE = "TRACKINGMORE_API_KEY";

    /** The environment variable {@link Builder#fromEnvironment()} reads the base URI from, when it is set. */
    public static final String BASE_URL_VARIABLE = "TRACKINGMORE_BASE_URL";

    /** The page size by default; v4 documents neither its default nor its maximum (v4 reference §9). */
    public static final int DEFAULT_PAGE_SIZE = 100;

    /** How long one call may spend waiting by default: five minutes. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(5);

    private final String apiKey;
    private final URI baseUri;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final RetryPolicy retryPolicy;
    private final V4RateLimits rateLimits;
    private final Duration deadline;
    private final Clock clock;
    private final Ticker ticker;
    private final Limiters limiters;
    private final PacingListener listener;
    private final Random random;
    private final String userAgent;
    private final long maxResponseBytes;
    private final int maxConnections;
    private final int pageSize;

    private TrackingMoreV4Config(Builder b) {
        this.apiKey = b.apiKey;
        this.baseUri = b.baseUri;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.retryPolicy = b.retryPolicy;
        this.rateLimits = b.rateLimits;
        this.deadline = b.deadline;
        this.clock = b.clock;
        this.ticker = b.ticker;
        this.listener = b.listener;
        this.limiters = b.limiters;
        this.random = b.random;
        this.userAgent = b.userAgent;
        this.maxResponseBytes = b.maxResponseBytes;
        this.maxConnections = b.maxConnections;
        this.pageSize = b.pageSize;
    }

    /**
     * A new builder with the defaults: production URL, 10 s connect, 30 s read, 3 attempts, 10/s in general and 3/s
     * for create, pages of {@value #DEFAULT_PAGE_SIZE}.
     */
    public static Builder builder() {
        return new Builder();
    }

    // Package-private on purpose: only the adapter's own filter reads the key.
    String apiKey() {
        return apiKey;
    }

    /** The API's base URI, e.g. {@code https://api.trackingmore.com/v4}. */
    public URI baseUri() {
        return baseUri;
    }

    /** How long to wait for a connection. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** How long to wait for the next bytes of an answer. */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** When and how failed calls are repeated. */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** The client-side rate limits. */
    public V4RateLimits rateLimits() {
        return rateLimits;
    }

    /** The longest one call may take waiting, retries included; then it fails with its last failure. */
    public Duration deadline() {
        return deadline;
    }

    /** The wall clock for HTTP-date {@code Retry-After} values and for "now" in shipments the API leaves undated. */
    public Clock clock() {
        return clock;
    }

    /** The monotonic time the adapter paces with and waits on (rate-limit slots, cool-downs, retries). */
    public Ticker ticker() {
        return ticker;
    }

    /** Hears every wait, retry and surrender of the adapter's calls. */
    public PacingListener listener() {
        return listener;
    }

    /**
     * Where the account's rate gates, 429 cool-down and quota state live: {@link Limiters#local()} (this backend
     * alone) by default, or a store shared by every instance that uses the account.
     */
    public Limiters limiters() {
        return limiters;
    }

    Random random() {
        return random;
    }

    /** The {@code User-Agent} header sent with every request. */
    public String userAgent() {
        return userAgent;
    }

    /** The largest answer body read; a larger one is refused with {@code BackendUnavailableException}. */
    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    /** How many connections the backend keeps open at most, so that concurrent calls do not queue on one. */
    public int maxConnections() {
        return maxConnections;
    }

    /** How many trackings one list call asks for at most ({@code items_amount}); the backend's page-size limit. */
    public int pageSize() {
        return pageSize;
    }

    /** The limits the backend states for this configuration: {@link V4RateLimits#DOCUMENTED}'s, with its page size. */
    public BackendLimits limits() {
        return V4RateLimits.limits(pageSize);
    }

    /** The configuration with the key masked. */
    @Override
    public String toString() {
        return "TrackingMoreV4Config[apiKey=***, baseUri=" + baseUri + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", retryPolicy=" + retryPolicy + ", rateLimits=" + rateLimits
                + ", deadline=" + deadline + ", userAgent=" + userAgent + ", maxResponseBytes=" + maxResponseBytes + ", maxConnections="
                + maxConnections + ", pageSize=" + pageSize + ", limiters=" + limiters + "]";
    }

    /** Builds a {@link TrackingMoreV4Config}; only the API key is required. */
    public static final class Builder {
        private String apiKey;
        private URI baseUri = DEFAULT_BASE_URI;
        private boolean allowInsecureHttp;
        // Where baseUri came from, so that a refusal in build() names the variable the user has to fix.
        private String baseUriSource;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private V4RateLimits rateLimits = V4RateLimits.DEFAULT;
        private Duration deadline = DEFAULT_DEADLINE;
        private Clock clock = Clock.systemUTC();
        private Ticker ticker = Ticker.SYSTEM;
        private PacingListener listener = PacingListener.NONE;
        private Limiters limiters = Limiters.local();
        private Random random = new Random();
        private String userAgent = "parcelport-trackingmore-v4/0.1";
        private long maxResponseBytes = 10L * 1024 * 1024;
        private int maxConnections = 20;
        private int pageSize = DEFAULT_PAGE_SIZE;

        private Builder() {
        }

        /** The API key; printable ASCII without spaces. */
        public Builder apiKey(String key) {
            this.apiKey = ApiKeyFilter.headerValue(Objects.requireNonNull(key, "apiKey"));
            return this;
        }

        /** The API key from the environment variable {@value #API_KEY_VARIABLE}. */
        public Builder apiKeyFromEnvironment() {
            return apiKeyFromEnvironment(System::getenv);
        }

        /** The API key from {@value #API_KEY_VARIABLE} as {@code environment} resolves it (for tests). */
        public Builder apiKeyFromEnvironment(Function<String, String> environment) {
            String value = Optional.ofNullable(Objects.requireNonNull(environment, "environment")
                    .apply(API_KEY_VARIABLE)).filter(s -> !s.isBlank()).orElseThrow(
                            () -> new IllegalStateException("environment variable " + API_KEY_VARIABLE
                                    + " is not set"));
            return apiKey(value);
        }

        /**
         * The API key from {@value #API_KEY_VARIABLE} and, when {@value #BASE_URL_VARIABLE} is set, the base URI from
         * it, both from the process environment.
         */
        public Builder fromEnvironment() {
            return fromEnvironment(System::getenv);
        }

        /**
         * The API key from {@value #API_KEY_VARIABLE} and, when {@value #BASE_URL_VARIABLE} is set and not blank,
         * the base URI from it, as {@code environment} resolves them (inject a map in tests). The base URI is held to
         * the same rules as {@link #baseUri(URI)}; a refusal names the variable.
         */
        public Builder fromEnvironment(Function<String, String> environment) {
            apiKeyFromEnvironment(environment);
            return baseUriFromEnvironment(environment);
        }

        /**
         * The base URI from {@value #BASE_URL_VARIABLE} as {@code environment} resolves it; unchanged when the
         * variable is unset or blank. A malformed value fails here; the https rule is checked in {@link #build()},
         * so that {@link #allowInsecureHttp()} may come before or after.
         */
        public Builder baseUriFromEnvironment(Function<String, String> environment) {
            String value = Objects.requireNonNull(environment, "environment").apply(BASE_URL_VARIABLE);
            if (value == null || value.isBlank()) {
                return this;
            }
            URI uri;
            try {
                uri = new URI(value.strip());
            } catch (URISyntaxException e) {
                // The reason, not the value: a URL with user info might carry a password.
                throw new IllegalArgumentException("environment variable " + BASE_URL_VARIABLE
                        + " is not a URI: " + e.getReason(), e);
            }
            this.baseUri = uri;
            this.baseUriSource = "environment variable " + BASE_URL_VARIABLE;
            return this;
        }

        /** Where the API is; https unless the host is loopback or {@link #allowInsecureHttp()} was called. */
        public Builder baseUri(URI uri) {
            this.baseUri = Objects.requireNonNull(uri, "baseUri");
            this.baseUriSource = null;
            return this;
        }

        /** Where the API is, as text. */
        public Builder baseUri(String uri) {
            return baseUri(URI.create(Objects.requireNonNull(uri, "baseUri")));
        }

        /** Allows plain http to a non-loopback host, which sends the API key in clear text. */
        public Builder allowInsecureHttp() {
            this.allowInsecureHttp = true;
            return this;
        }

        public Builder connectTimeout(Duration value) {
            this.connectTimeout = positive(value, "connectTimeout");
            return this;
        }

        public Builder readTimeout(Duration value) {
            this.readTimeout = positive(value, "readTimeout");
            return this;
        }

        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        public Builder rateLimits(V4RateLimits value) {
            this.rateLimits = Objects.requireNonNull(value, "rateLimits");
            return this;
        }

        /** The wall clock for HTTP-date {@code Retry-After} values and undated shipments. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * The longest one call may spend waiting, for rate-limit slots, cool-downs and retries together; default
         * {@link #DEFAULT_DEADLINE}, which fits the two 120 s cool-downs the default retry policy may wait.
         */
        public Builder deadline(Duration value) {
            this.deadline = positive(value, "deadline");
            return this;
        }

        /** The monotonic time to pace with; {@code io.parcelport.pacing.ManualTicker} in tests. */
        public Builder ticker(Ticker value) {
            this.ticker = Objects.requireNonNull(value, "ticker");
            return this;
        }

        /**
         * Where the account's rate gates, 429 cool-down and quota state live; default {@link Limiters#local()}. Give
         * every instance of a fleet the same shared limiters (e.g. {@code parcelport-limiter-bucket4j}) so that
         * together they keep to the account's limits; v2 and v4 clients of one key share its cool-down and quota.
         */
        public Builder limiters(Limiters value) {
            this.limiters = Objects.requireNonNull(value, "limiters");
            return this;
        }

        /** Hears every wait, retry and surrender, to show progress; it must return quickly and never fails a call. */
        public Builder listener(PacingListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /** The source of jitter; inject a seeded or stubbed one in tests. */
        public Builder random(Random value) {
            this.random = Objects.requireNonNull(value, "random");
            return this;
        }

        public Builder userAgent(String value) {
            Objects.requireNonNull(value, "userAgent");
            if (value.isBlank() || value.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
                throw new IllegalArgumentException("user agent must be printable ASCII: '" + value + "'");
            }
            this.userAgent = value;
            return this;
        }

        public Builder maxResponseBytes(long value) {
            this.maxResponseBytes = atLeast(1024, value, "maxResponseBytes");
            return this;
        }

        public Builder maxConnections(int value) {
            this.maxConnections = (int) atLeast(1, value, "maxConnections");
            return this;
        }

        /** How many trackings one list call asks for at most; at least 1. */
        public Builder pageSize(int value) {
            this.pageSize = (int) atLeast(1, value, "pageSize");
            return this;
        }

        /** The configuration; refuses a missing key and plain http to a host that is not loopback. */
        public TrackingMoreV4Config build() {
            if (apiKey == null) {
                throw new IllegalStateException("an API key is required: apiKey(...) or apiKeyFromEnvironment()");
            }
            try {
                BaseUris.check(baseUri, allowInsecureHttp);
            } catch (IllegalArgumentException e) {
                if (baseUriSource == null) {
                    throw e;
                }
                throw new IllegalArgumentException(baseUriSource + ": " + e.getMessage(), e);
            }
            return new TrackingMoreV4Config(this);
        }

        private static Duration positive(Duration value, String what) {
            Objects.requireNonNull(value, what);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(what + " must be positive: " + value);
            }
            return value;
        }

        private static long atLeast(long min, long value, String what) {
            if (value < min) {
                throw new IllegalArgumentException(what + " must be at least " + min + ": " + value);
            }
            return value;
        }
    }
}

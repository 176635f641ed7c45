package io.parcelport.adapter.trackingmore;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Everything one {@link TrackingMoreBackend} needs: the API key, where the API is, timeouts, retries, rate limits,
 * and the clock and sleeper it waits with; immutable and scoped to one backend, so clients with different keys can
 * live side by side in one JVM.
 *
 * <p>The API key is never shown: {@link #toString()} masks it, and nothing the adapter logs or throws contains it.
 */
public final class TrackingMoreConfig {

    /** TrackingMore's production endpoint for API v2. */
    public static final URI DEFAULT_BASE_URI = URI.create("https://api.trackingmore.com/v2");

    /** The environment variable {@link Builder#apiKeyFromEnvironment()} reads. */
    public static final String API_KEY_VARIABLE = "TRACKINGMORE_API_KEY";

    // A key goes into an HTTP header: printable ASCII without spaces, so it can never split or add a header.
    private static final Pattern API_KEY = Pattern.compile("[\\x21-\\x7e]{1,256}");

    private final String apiKey;
    private final URI baseUri;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final RetryPolicy retryPolicy;
    private final RateLimits rateLimits;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Random random;
    private final String userAgent;
    private final long maxResponseBytes;
    private final int maxConnections;

    private TrackingMoreConfig(Builder b) {
        this.apiKey = b.apiKey;
        this.baseUri = b.baseUri;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.retryPolicy = b.retryPolicy;
        this.rateLimits = b.rateLimits;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.random = b.random;
        this.userAgent = b.userAgent;
        this.maxResponseBytes = b.maxResponseBytes;
        this.maxConnections = b.maxConnections;
    }

    /** A new builder with the defaults: production URL, 10 s connect, 30 s read, 3 attempts, 3/s real-time, 1/s list. */
    public static Builder builder() {
        return new Builder();
    }

    // Package-private on purpose: only the adapter's own filter reads the key.
    String apiKey() {
        return apiKey;
    }

    /** The API's base URI, e.g. {@code https://api.trackingmore.com/v2}. */
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
    public RateLimits rateLimits() {
        return rateLimits;
    }

    /** The clock for rate limits, retry deadlines and HTTP-date {@code Retry-After} values. */
    public Clock clock() {
        return clock;
    }

    /** How the adapter waits (for a rate limit slot or before a retry). */
    public Sleeper sleeper() {
        return sleeper;
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

    /** The configuration with the key masked. */
    @Override
    public String toString() {
        return "TrackingMoreConfig[apiKey=***, baseUri=" + baseUri + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", retryPolicy=" + retryPolicy + ", rateLimits=" + rateLimits
                + ", userAgent=" + userAgent + ", maxResponseBytes=" + maxResponseBytes + ", maxConnections="
                + maxConnections + "]";
    }

    /** Waits; injectable so that tests check waits against a fake clock instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        /** The sleeper that really sleeps. */
        Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));

        /** Waits for {@code duration}. */
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * When failed calls are repeated: exponential backoff with full jitter (a random wait between zero and
     * {@code min(maxDelay, baseDelay * 2^(attempt-1))}), a cool-down after a rate-limit answer that gives no
     * {@code Retry-After}, and a bound on any single wait.
     *
     * @param maxAttempts attempts per call, the first included (1 = never retry)
     * @param baseDelay the backoff before the second attempt, before jitter
     * @param maxDelay the cap of any backoff, before jitter
     * @param rateLimitCoolDown the wait after HTTP or meta 429 without {@code Retry-After}; TrackingMore documents
     *     two minutes
     * @param maxRetryWait the longest wait the adapter accepts before a retry; when the backend asks for more, the
     *     {@code RateLimitedException} is thrown instead, carrying the wait
     * @param retryUnsafeOperations also retry operations that are not safe to repeat after a failure that may have
     *     been processed (changing a carrier, air cargo lookups); off by default
     */
    public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration rateLimitCoolDown,
            Duration maxRetryWait, boolean retryUnsafeOperations) {
        /** 3 attempts, 500 ms base, 10 s cap, 120 s cool-down, waits up to 120 s, safe operations only. */
        public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(10),
                Duration.ofSeconds(120), Duration.ofSeconds(120), false);

        /** Never retry. */
        public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO,
                Duration.ofSeconds(120), Duration.ZERO, false);

        public RetryPolicy {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
            }
            nonNegative(baseDelay, "baseDelay");
            nonNegative(maxDelay, "maxDelay");
            nonNegative(rateLimitCoolDown, "rateLimitCoolDown");
            nonNegative(maxRetryWait, "maxRetryWait");
        }

        /** The same policy with another number of attempts. */
        public RetryPolicy withMaxAttempts(int attempts) {
            return new RetryPolicy(attempts, baseDelay, maxDelay, rateLimitCoolDown, maxRetryWait,
                    retryUnsafeOperations);
        }
    }

    /**
     * Client-side rate limits, shared by all threads of one backend: callers wait for a slot, up to
     * {@code maxWait}, and only then fail with {@code RateLimitedException}.
     *
     * @param realtimePerSecond real-time tracking calls per second (TrackingMore: 3)
     * @param listPerSecond list calls per second (TrackingMore: 1)
     * @param otherPerSecond every other call per second; 0 means unlimited
     * @param maxWait the longest a caller waits for a slot
     */
    public record RateLimits(double realtimePerSecond, double listPerSecond, double otherPerSecond,
            Duration maxWait) {
        /** TrackingMore's documented limits; other calls unlimited; wait up to 30 s. */
        public static final RateLimits DEFAULT = new RateLimits(3, 1, 0, Duration.ofSeconds(30));

        public RateLimits {
            if (!(realtimePerSecond > 0) || !(listPerSecond > 0) || !(otherPerSecond >= 0)
                    || Double.isInfinite(otherPerSecond)) {
                throw new IllegalArgumentException("rates must be positive (other may be 0 for unlimited): "
                        + realtimePerSecond + ", " + listPerSecond + ", " + otherPerSecond);
            }
            nonNegative(maxWait, "maxWait");
        }
    }

    /** Builds a {@link TrackingMoreConfig}; only the API key is required. */
    public static final class Builder {
        private String apiKey;
        private URI baseUri = DEFAULT_BASE_URI;
        private boolean allowInsecureHttp;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private RateLimits rateLimits = RateLimits.DEFAULT;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Random random = new Random();
        private String userAgent = "parcelport-trackingmore/0.1";
        private long maxResponseBytes = 10L * 1024 * 1024;
        private int maxConnections = 20;

        private Builder() {
        }

        /** The API key; printable ASCII without spaces. */
        public Builder apiKey(String key) {
            Objects.requireNonNull(key, "apiKey");
            String stripped = key.strip();
            if (!API_KEY.matcher(stripped).matches()) {
                // Never echo the key, not even a refused one: it may be a real key with a stray character.
                throw new IllegalArgumentException("API key must be 1 to 256 printable ASCII characters without"
                        + " spaces or control characters (" + stripped.length() + " characters given)");
            }
            this.apiKey = stripped;
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

        /** Where the API is; https unless the host is loopback or {@link #allowInsecureHttp()} was called. */
        public Builder baseUri(URI uri) {
            this.baseUri = Objects.requireNonNull(uri, "baseUri");
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

        public Builder rateLimits(RateLimits value) {
            this.rateLimits = Objects.requireNonNull(value, "rateLimits");
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper");
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
            if (value < 1024) {
                throw new IllegalArgumentException("maxResponseBytes must be at least 1024: " + value);
            }
            this.maxResponseBytes = value;
            return this;
        }

        public Builder maxConnections(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxConnections must be at least 1: " + value);
            }
            this.maxConnections = value;
            return this;
        }

        /** The configuration; refuses a missing key and plain http to a host that is not loopback. */
        public TrackingMoreConfig build() {
            if (apiKey == null) {
                throw new IllegalStateException("an API key is required: apiKey(...) or apiKeyFromEnvironment()");
            }
            String scheme = Optional.ofNullable(baseUri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
            if (baseUri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
                throw new IllegalArgumentException("base URI must be an absolute http(s) URI with a host: " + baseUri);
            }
            if (baseUri.getRawQuery() != null || baseUri.getRawFragment() != null || baseUri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("base URI must not have user info, a query or a fragment: "
                        + baseUri.getHost());
            }
            if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(baseUri.getHost())) {
                throw new IllegalArgumentException("plain http to " + baseUri.getHost() + " would send the API key in"
                        + " clear text; use https, a loopback host, or allowInsecureHttp()");
            }
            return new TrackingMoreConfig(this);
        }

        // Decided from the text alone: resolving a name here would let DNS decide whether the key goes out in clear.
        static boolean isLoopback(String host) {
            String h = host.toLowerCase(Locale.ROOT);
            if (h.startsWith("[") && h.endsWith("]")) {
                h = h.substring(1, h.length() - 1);
            }
            if (h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
                return true;
            }
            String[] parts = h.split("\\.", -1);
            if (parts.length != 4 || !parts[0].equals("127")) {
                return false;
            }
            for (String part : parts) {
                if (!part.matches("\\d{1,3}") || Integer.parseInt(part) > 255) {
                    return false;
                }
            }
            return true;
        }

        private static Duration positive(Duration value, String what) {
            Objects.requireNonNull(value, what);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(what + " must be positive: " + value);
            }
            return value;
        }
    }

    private static void nonNegative(Duration value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative: " + value);
        }
    }
}

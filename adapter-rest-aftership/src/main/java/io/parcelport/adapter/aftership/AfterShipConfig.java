package io.parcelport.adapter.aftership;

import io.parcelport.pacing.Limiters;
import io.parcelport.pacing.PacingListener;
import io.parcelport.pacing.RetryPolicy;
import io.parcelport.pacing.Ticker;
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
 * Everything one {@link AfterShipBackend} needs: the API key, where the API is, timeouts, retries, the deadline of a
 * call, the page size, the ticker and clock it paces with and the listener that hears its waits; immutable and scoped
 * to one backend, so clients with different keys live side by side in one JVM.
 *
 * <p>The API key is never shown: {@link #toString()} masks it, and nothing the adapter logs or throws contains it.
 */
public final class AfterShipConfig {

    /** AfterShip's production endpoint for Tracking API 2025-07. */
    public static final URI DEFAULT_BASE_URI = URI.create("https://api.aftership.com/tracking/2025-07");

    /** The environment variable holding the API key. */
    public static final String API_KEY_VARIABLE = "AFTERSHIP_API_KEY";

    /** The environment variable holding the base URL, when it is set (to point the backend at an emulator). */
    public static final String BASE_URL_VARIABLE = "AFTERSHIP_BASE_URL";

    /** How long one call may spend waiting by default, retries included: two minutes. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(2);

    /**
     * The default retry policy: 3 attempts, 500 ms base backoff, 10 s cap; after a 429 that names no wait, one second
     * (AfterShip's limits count per second, reference §8); a named wait up to 60 s is honoured.
     */
    public static final RetryPolicy DEFAULT_RETRY_POLICY = new RetryPolicy(3, Duration.ofMillis(500),
            Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofSeconds(60), false);

    /** The default page size of a list call: 100, the only {@code limit} value a sample shows (reference §2.2). */
    public static final int DEFAULT_PAGE_SIZE = 100;


    private final String apiKey;
    private final URI baseUri;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final RetryPolicy retryPolicy;
    private final Duration maxWait;
    private final Duration deadline;
    private final int pageSize;
    private final int idCacheSize;
    private final int uniformRate;
    private final Clock clock;
    private final Ticker ticker;
    private final PacingListener listener;
    private final Limiters limiters;
    private final Random random;
    private final String userAgent;
    private final long maxResponseBytes;
    private final int maxConnections;

    private AfterShipConfig(Builder b) {
        this.apiKey = b.apiKey;
        this.baseUri = b.baseUri;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.retryPolicy = b.retryPolicy;
        this.maxWait = b.maxWait;
        this.deadline = b.deadline;
        this.pageSize = b.pageSize;
        this.idCacheSize = b.idCacheSize;
        this.uniformRate = b.uniformRate;
        this.clock = b.clock;
        this.ticker = b.ticker;
        this.listener = b.listener;
        this.limiters = b.limiters;
        this.random = b.random;
        this.userAgent = b.userAgent;
        this.maxResponseBytes = b.maxResponseBytes;
        this.maxConnections = b.maxConnections;
    }

    /** A new builder with the defaults; only the API key is required. */
    public static Builder builder() {
        return new Builder();
    }

    // Package-private on purpose: only the adapter's own header filter reads the key.
    String apiKey() {
        return apiKey;
    }

    /** The API's base URI, e.g. {@code https://api.aftership.com/tracking/2025-07}. */
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

    /** The longest a caller waits for a rate-limit slot or the end of a window before it fails. */
    public Duration maxWait() {
        return maxWait;
    }

    /** The longest one call may take waiting, retries included. */
    public Duration deadline() {
        return deadline;
    }

    /** Items per list page the backend asks for, and the most a caller may ask for. */
    public int pageSize() {
        return pageSize;
    }

    /** How many shipment keys the backend remembers the AfterShip id of. */
    public int idCacheSize() {
        return idCacheSize;
    }

    /**
     * One per-second rate for every endpoint instead of AfterShip's documented ones, or 0 (the default) for the
     * documented ones; either way {@code X-RateLimit-Limit} adjusts it.
     */
    public int uniformRate() {
        return uniformRate;
    }

    /** The wall clock that rate-limit reset times and HTTP-date {@code Retry-After} values are read against. */
    public Clock clock() {
        return clock;
    }

    /** The monotonic time the adapter paces with and waits on. */
    public Ticker ticker() {
        return ticker;
    }

    /** Hears every wait, retry and surrender of the adapter's calls. */
    public PacingListener listener() {
        return listener;
    }

    /**
     * Where the account's per-endpoint rate gates live: {@link Limiters#local()} (this backend alone) by default, or a
     * store shared by every instance that uses the account.
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

    /** The largest answer body read; a larger one is refused. */
    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    /** How many connections the backend keeps open at most. */
    public int maxConnections() {
        return maxConnections;
    }

    /** The configuration with the key masked. */
    @Override
    public String toString() {
        return "AfterShipConfig[apiKey=***, baseUri=" + baseUri + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", retryPolicy=" + retryPolicy + ", maxWait=" + maxWait
                + ", deadline=" + deadline + ", pageSize=" + pageSize + ", idCacheSize=" + idCacheSize
                + ", uniformRate=" + uniformRate
                + ", userAgent=" + userAgent + ", maxResponseBytes=" + maxResponseBytes + ", maxConnections="
                + maxConnections + "]";
    }

    /** Builds an {@link AfterShipConfig}; only the API key is required. */
    public static final class Builder {
        private String apiKey;
        private URI baseUri = DEFAULT_BASE_URI;
        private String baseUriSource;
        private boolean allowInsecureHttp;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private RetryPolicy retryPolicy = DEFAULT_RETRY_POLICY;
        private Duration maxWait = Duration.ofSeconds(30);
        private Duration deadline = DEFAULT_DEADLINE;
        private int pageSize = DEFAULT_PAGE_SIZE;
        private int idCacheSize = 10_000;
        private int uniformRate;
        private Clock clock = Clock.systemUTC();
        private Ticker ticker = Ticker.SYSTEM;
        private PacingListener listener = PacingListener.NONE;
        private Limiters limiters = Limiters.local();
        private Random random = new Random();
        private String userAgent = "parcelport-aftership/0.1";
        private long maxResponseBytes = 10L * 1024 * 1024;
        private int maxConnections = 20;

        private Builder() {
        }

        /** The API key sent as {@code as-api-key}; printable ASCII without spaces. */
        public Builder apiKey(String key) {
            this.apiKey = ApiKeyFilter.headerValue(Objects.requireNonNull(key, "apiKey"));
            return this;
        }

        /**
         * The API key from {@value #API_KEY_VARIABLE} and, when {@value #BASE_URL_VARIABLE} is set and not blank,
         * the base URI from it, both from the process environment.
         */
        public Builder fromEnvironment() {
            return fromEnvironment(System::getenv);
        }

        /** As {@link #fromEnvironment()}, with the variables as {@code environment} resolves them (for tests). */
        public Builder fromEnvironment(Function<String, String> environment) {
            Objects.requireNonNull(environment, "environment");
            String key = Optional.ofNullable(environment.apply(API_KEY_VARIABLE)).filter(s -> !s.isBlank())
                    .orElseThrow(() -> new IllegalStateException("environment variable " + API_KEY_VARIABLE
                            + " is not set"));
            apiKey(key);
            String url = environment.apply(BASE_URL_VARIABLE);
            if (url != null && !url.isBlank()) {
                try {
                    this.baseUri = new URI(url.strip());
                } catch (URISyntaxException e) {
                    // The reason, not the value: a URL with user info might carry a password.
                    throw new IllegalArgumentException("environment variable " + BASE_URL_VARIABLE
                            + " is not a URI: " + e.getReason(), e);
                }
                this.baseUriSource = "environment variable " + BASE_URL_VARIABLE;
            }
            return this;
        }

        /** Where the API is, up to and including the version; https unless the host is loopback. */
        public Builder baseUri(URI uri) {
            this.baseUri = Objects.requireNonNull(uri, "baseUri");
            this.baseUriSource = null;
            return this;
        }

        /** Where the API is, as text. */
        public Builder baseUri(String uri) {
            return baseUri(URI.create(Objects.requireNonNull(uri, "baseUri")));
        }

        /** Allows plain http to a host that is not loopback, which sends the API key in clear text. */
        public Builder allowInsecureHttp() {
            this.allowInsecureHttp = true;
            return this;
        }

        /** How long to wait for a connection; default 10 s. */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = positive(value, "connectTimeout");
            return this;
        }

        /** How long to wait for the next bytes of an answer; default 30 s. */
        public Builder readTimeout(Duration value) {
            this.readTimeout = positive(value, "readTimeout");
            return this;
        }

        /** When failed calls are repeated; default {@link #DEFAULT_RETRY_POLICY}. */
        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        /** The longest a caller waits for a rate-limit slot or the end of a window; default 30 s. */
        public Builder maxWait(Duration value) {
            Objects.requireNonNull(value, "maxWait");
            if (value.isNegative()) {
                throw new IllegalArgumentException("maxWait must not be negative: " + value);
            }
            this.maxWait = value;
            return this;
        }

        /** The longest one call may spend waiting, retries included; default {@link #DEFAULT_DEADLINE}. */
        public Builder deadline(Duration value) {
            this.deadline = positive(value, "deadline");
            return this;
        }

        /** Items per list page; 1 to 200, default {@value #DEFAULT_PAGE_SIZE}. */
        public Builder pageSize(int value) {
            if (value < 1 || value > 200) {
                throw new IllegalArgumentException("page size must be between 1 and 200: " + value);
            }
            this.pageSize = value;
            return this;
        }

        /** How many shipment keys to remember the AfterShip id of; default 10,000. */
        public Builder idCacheSize(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("id cache size must not be negative: " + value);
            }
            this.idCacheSize = value;
            return this;
        }

        /**
         * One per-second rate for every endpoint (an emulator, or a plan with other limits), instead of the
         * documented per-endpoint rates; 0 restores those. The headers still adjust it.
         */
        public Builder uniformRate(int perSecond) {
            if (perSecond < 0) {
                throw new IllegalArgumentException("uniformRate must not be negative: " + perSecond);
            }
            this.uniformRate = perSecond;
            return this;
        }

        /** The wall clock for rate-limit reset times; in tests, {@code ticker.clock(origin)} keeps both in step. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The monotonic time to pace with; {@code io.parcelport.pacing.ManualTicker} in tests. */
        public Builder ticker(Ticker value) {
            this.ticker = Objects.requireNonNull(value, "ticker");
            return this;
        }

        /**
         * Where the account's per-endpoint rate gates live; default {@link Limiters#local()}. Give every instance of a
         * fleet the same shared limiters (e.g. {@code parcelport-limiter-bucket4j}) so that together they keep to
         * each endpoint's limit.
         */
        public Builder limiters(Limiters value) {
            this.limiters = Objects.requireNonNull(value, "limiters");
            return this;
        }

        /** Hears every wait, retry and surrender; it must return quickly and never fails a call. */
        public Builder listener(PacingListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /** The source of backoff jitter; inject a seeded one in tests. */
        public Builder random(Random value) {
            this.random = Objects.requireNonNull(value, "random");
            return this;
        }

        /** The {@code User-Agent} header; printable ASCII. */
        public Builder userAgent(String value) {
            Objects.requireNonNull(value, "userAgent");
            if (value.isBlank() || value.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
                throw new IllegalArgumentException("user agent must be printable ASCII: '" + value + "'");
            }
            this.userAgent = value;
            return this;
        }

        /** The largest answer body read; at least 1 KiB, default 10 MiB. */
        public Builder maxResponseBytes(long value) {
            if (value < 1024) {
                throw new IllegalArgumentException("maxResponseBytes must be at least 1024: " + value);
            }
            this.maxResponseBytes = value;
            return this;
        }

        /** How many connections to keep open at most; default 20. */
        public Builder maxConnections(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxConnections must be at least 1: " + value);
            }
            this.maxConnections = value;
            return this;
        }

        /** The configuration; refuses a missing key and plain http to a host that is not loopback. */
        public AfterShipConfig build() {
            if (apiKey == null) {
                throw new IllegalStateException("an API key is required: apiKey(...) or fromEnvironment()");
            }
            try {
                checkBaseUri(baseUri, allowInsecureHttp);
            } catch (IllegalArgumentException e) {
                if (baseUriSource == null) {
                    throw e;
                }
                throw new IllegalArgumentException(baseUriSource + ": " + e.getMessage(), e);
            }
            return new AfterShipConfig(this);
        }

        private static Duration positive(Duration value, String what) {
            Objects.requireNonNull(value, what);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(what + " must be positive: " + value);
            }
            return value;
        }
    }

    // The shared rules (absolute http(s), nothing hidden, https unless loopback) plus AfterShip's own: no trailing
    // slash, since the adapter appends "/" and a path to the base.
    static void checkBaseUri(URI uri, boolean allowInsecureHttp) {
        BaseUris.check(uri, allowInsecureHttp);
        if (uri.getRawPath() != null && uri.getRawPath().endsWith("/") && uri.getRawPath().length() > 1) {
            throw new IllegalArgumentException("base URI must not end with '/' (AfterShip's SDK refuses it too)");
        }
    }
}

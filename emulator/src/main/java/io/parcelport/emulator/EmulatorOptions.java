package io.parcelport.emulator;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How an {@link Emulator} runs: where it listens, who may call it, the account it simulates, and the bad days it
 * injects; every setting has a default that makes a client work out of the box.
 *
 * <pre>{@code
 * EmulatorOptions options = EmulatorOptions.builder().port(0).quota(500).demoData(200, 7)
 *         .serverErrors(0.1, 0.05).rateLimited(0.02, Duration.ofSeconds(2)).faultSeed(42).build();
 * }</pre>
 * Shares are probabilities from 0 to 1 drawn per request from a generator seeded with {@link #faultSeed()}, so a
 * run with the same requests in the same order injects the same faults.
 */
public final class EmulatorOptions {
    /** The port unless told otherwise. */
    public static final int DEFAULT_PORT = 8080;
    /** The account's e-mail address unless told otherwise (also the webhook signing key). */
    public static final String DEFAULT_EMAIL = "demo@parcelport.invalid";

    private final String bindAddress;
    private final int port;
    private final Set<String> apiKeys;
    private final long quota;
    private final int demoCount;
    private final long demoSeed;
    private final boolean rateLimits;
    private final Duration minLatency;
    private final Duration maxLatency;
    private final double serverErrorShare;
    private final double unavailableShare;
    private final double rateLimitedShare;
    private final Duration retryAfter;
    private final double droppedShare;
    private final double truncatedShare;
    private final long faultSeed;
    private final Optional<URI> webhookUrl;
    private final String accountEmail;
    private final Duration webhookSweep;
    private final double timeScale;
    private final int threads;

    private EmulatorOptions(Builder b) {
        this.bindAddress = b.bindAddress;
        this.port = b.port;
        this.apiKeys = Set.copyOf(b.apiKeys);
        this.quota = b.quota;
        this.demoCount = b.demoCount;
        this.demoSeed = b.demoSeed;
        this.rateLimits = b.rateLimits;
        this.minLatency = b.minLatency;
        this.maxLatency = b.maxLatency;
        this.serverErrorShare = b.serverErrorShare;
        this.unavailableShare = b.unavailableShare;
        this.rateLimitedShare = b.rateLimitedShare;
        this.retryAfter = b.retryAfter;
        this.droppedShare = b.droppedShare;
        this.truncatedShare = b.truncatedShare;
        this.faultSeed = b.faultSeed;
        this.webhookUrl = Optional.ofNullable(b.webhookUrl);
        this.accountEmail = b.accountEmail;
        this.webhookSweep = b.webhookSweep;
        this.timeScale = b.timeScale;
        this.threads = b.threads;
    }

    /** A builder with every default. */
    public static Builder builder() {
        return new Builder();
    }

    /** Every default: 127.0.0.1:8080, any key, 10,000 quota, no demo data, no faults, no webhooks. */
    public static EmulatorOptions defaults() {
        return builder().build();
    }

    /** A builder pre-filled with these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.bindAddress = bindAddress;
        b.port = port;
        b.apiKeys.addAll(apiKeys);
        b.quota = quota;
        b.demoCount = demoCount;
        b.demoSeed = demoSeed;
        b.rateLimits = rateLimits;
        b.minLatency = minLatency;
        b.maxLatency = maxLatency;
        b.serverErrorShare = serverErrorShare;
        b.unavailableShare = unavailableShare;
        b.rateLimitedShare = rateLimitedShare;
        b.retryAfter = retryAfter;
        b.droppedShare = droppedShare;
        b.truncatedShare = truncatedShare;
        b.faultSeed = faultSeed;
        b.webhookUrl = webhookUrl.orElse(null);
        b.accountEmail = accountEmail;
        b.webhookSweep = webhookSweep;
        b.timeScale = timeScale;
        b.threads = threads;
        return b;
    }

    /** The address the server binds to (default {@code 127.0.0.1}: reachable from this machine only). */
    public String bindAddress() {
        return bindAddress;
    }

    /** The port; 0 for a free one. */
    public int port() {
        return port;
    }

    /** The accepted API keys; empty means any non-empty key. */
    public Set<String> apiKeys() {
        return apiKeys;
    }

    /** The quota the account starts with. */
    public long quota() {
        return quota;
    }

    /** How many demo shipments the backend starts with (0: none). */
    public int demoCount() {
        return demoCount;
    }

    /** The seed of the demo data. */
    public long demoSeed() {
        return demoSeed;
    }

    /** Whether TrackingMore's rate limits are enforced (real-time 3/s, list 1/s per key; meta 429). */
    public boolean rateLimits() {
        return rateLimits;
    }

    /** The least added latency per request. */
    public Duration minLatency() {
        return minLatency;
    }

    /** The most added latency per request. */
    public Duration maxLatency() {
        return maxLatency;
    }

    /** Share of requests answered HTTP 500 (meta 500). */
    public double serverErrorShare() {
        return serverErrorShare;
    }

    /** Share of requests answered HTTP 503 (meta 503, maintenance). */
    public double unavailableShare() {
        return unavailableShare;
    }

    /** Share of requests answered HTTP 429 (meta 429) with {@code Retry-After}. */
    public double rateLimitedShare() {
        return rateLimitedShare;
    }

    /** The {@code Retry-After} of rate-limited answers (injected or enforced). */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Share of requests whose connection is dropped without an answer. */
    public double droppedShare() {
        return droppedShare;
    }

    /** Share of requests whose answer body is cut off half-way. */
    public double truncatedShare() {
        return truncatedShare;
    }

    /** The seed of every random fault choice. */
    public long faultSeed() {
        return faultSeed;
    }

    /** Where status-change webhooks are POSTed; empty for none. */
    public Optional<URI> webhookUrl() {
        return webhookUrl;
    }

    /** The account's e-mail address, shown by getuserinfo and the key that signs webhooks. */
    public String accountEmail() {
        return accountEmail;
    }

    /** How often every shipment is read through the use cases so that simulated progress fires webhooks. */
    public Duration webhookSweep() {
        return webhookSweep;
    }

    /** How much faster than real time the simulated carriers move (1: real time; 3600: an hour a second). */
    public double timeScale() {
        return timeScale;
    }

    /** How many requests are served at once. */
    public int threads() {
        return threads;
    }

    /** Whether any fault is injected. */
    public boolean injectsFaults() {
        return !maxLatency.isZero() || serverErrorShare > 0 || unavailableShare > 0 || rateLimitedShare > 0
                || droppedShare > 0 || truncatedShare > 0;
    }

    @Override
    public String toString() {
        return "EmulatorOptions[bind=" + bindAddress + ", port=" + port + ", apiKeys=" + apiKeys.size()
                + " configured, quota=" + quota + ", demo=" + demoCount + "/" + demoSeed + ", rateLimits=" + rateLimits
                + ", latency=" + minLatency.toMillis() + "-" + maxLatency.toMillis() + " ms, 500=" + serverErrorShare
                + ", 503=" + unavailableShare + ", 429=" + rateLimitedShare + ", dropped=" + droppedShare
                + ", truncated=" + truncatedShare + ", seed=" + faultSeed + ", webhook=" + webhookUrl.orElse(null)
                + ", timeScale=" + timeScale + ", threads=" + threads + "]";
    }

    /** Builds {@link EmulatorOptions}; every setting has a default. */
    public static final class Builder {
        private String bindAddress = "127.0.0.1";
        private int port = DEFAULT_PORT;
        private final Set<String> apiKeys = new LinkedHashSet<>();
        private long quota = 10_000;
        private int demoCount;
        private long demoSeed = 1;
        private boolean rateLimits;
        private Duration minLatency = Duration.ZERO;
        private Duration maxLatency = Duration.ZERO;
        private double serverErrorShare;
        private double unavailableShare;
        private double rateLimitedShare;
        private Duration retryAfter = Duration.ofSeconds(120);
        private double droppedShare;
        private double truncatedShare;
        private long faultSeed = 42;
        private URI webhookUrl;
        private String accountEmail = DEFAULT_EMAIL;
        private Duration webhookSweep = Duration.ofSeconds(10);
        private double timeScale = 1;
        private int threads = 8;

        private Builder() {
        }

        public Builder bindAddress(String value) {
            Objects.requireNonNull(value, "bindAddress");
            if (value.isBlank()) {
                throw new IllegalArgumentException("bind address must not be blank");
            }
            this.bindAddress = value.strip();
            return this;
        }

        /** The port, 0 to 65535; 0 picks a free one. */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port must be from 0 to 65535: " + value);
            }
            this.port = value;
            return this;
        }

        /** Accept only this key (may be called several times); without any, every non-empty key is accepted. */
        public Builder apiKey(String value) {
            Objects.requireNonNull(value, "apiKey");
            if (value.isBlank()) {
                throw new IllegalArgumentException("an accepted API key must not be blank");
            }
            this.apiKeys.add(value.strip());
            return this;
        }

        public Builder quota(long value) {
            if (value < 0) {
                throw new IllegalArgumentException("quota must not be negative: " + value);
            }
            this.quota = value;
            return this;
        }

        /** Start with {@code count} demo shipments generated from {@code seed}; 0 for none. */
        public Builder demoData(int count, long seed) {
            if (count < 0) {
                throw new IllegalArgumentException("demo count must not be negative: " + count);
            }
            this.demoCount = count;
            this.demoSeed = seed;
            return this;
        }

        public Builder rateLimits(boolean value) {
            this.rateLimits = value;
            return this;
        }

        /** Every request waits between {@code min} and {@code max} before it is answered. */
        public Builder latency(Duration min, Duration max) {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            if (min.isNegative() || max.compareTo(min) < 0) {
                throw new IllegalArgumentException("need 0 <= min <= max: " + min + ", " + max);
            }
            this.minLatency = min;
            this.maxLatency = max;
            return this;
        }

        /** Shares of requests answered HTTP 500 and HTTP 503. */
        public Builder serverErrors(double share500, double share503) {
            this.serverErrorShare = share(share500, "500 share");
            this.unavailableShare = share(share503, "503 share");
            return this;
        }

        /** Share of requests answered 429, and the {@code Retry-After} every 429 carries. */
        public Builder rateLimited(double share, Duration retryAfterValue) {
            this.rateLimitedShare = share(share, "429 share");
            return retryAfter(retryAfterValue);
        }

        /** The {@code Retry-After} of every 429 (default 120 s, TrackingMore's documented pause). */
        public Builder retryAfter(Duration value) {
            Objects.requireNonNull(value, "retryAfter");
            if (value.isNegative()) {
                throw new IllegalArgumentException("retryAfter must not be negative: " + value);
            }
            this.retryAfter = value;
            return this;
        }

        /** Share of requests whose connection is dropped without an answer. */
        public Builder droppedConnections(double share) {
            this.droppedShare = share(share, "dropped share");
            return this;
        }

        /** Share of requests whose body is cut off half-way. */
        public Builder truncatedBodies(double share) {
            this.truncatedShare = share(share, "truncated share");
            return this;
        }

        public Builder faultSeed(long value) {
            this.faultSeed = value;
            return this;
        }

        /** POST a v2 webhook to {@code url} whenever a shipment's status changes. */
        public Builder webhookUrl(URI value) {
            Objects.requireNonNull(value, "webhookUrl");
            String scheme = String.valueOf(value.getScheme()).toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || value.getHost() == null) {
                throw new IllegalArgumentException("webhook URL must be an absolute http(s) URL: " + value);
            }
            this.webhookUrl = value;
            return this;
        }

        /** The account e-mail (getuserinfo, and the webhook signing key). */
        public Builder accountEmail(String value) {
            Objects.requireNonNull(value, "accountEmail");
            if (value.isBlank()) {
                throw new IllegalArgumentException("account e-mail must not be blank");
            }
            this.accountEmail = value.strip();
            return this;
        }

        /** How often every shipment is re-read so that simulated progress fires webhooks; at least 100 ms. */
        public Builder webhookSweep(Duration value) {
            Objects.requireNonNull(value, "webhookSweep");
            if (value.toMillis() < 100) {
                throw new IllegalArgumentException("webhook sweep must be at least 100 ms: " + value);
            }
            this.webhookSweep = value;
            return this;
        }

        /** Simulated carriers move {@code value} times faster than real time; at least 1. */
        public Builder timeScale(double value) {
            if (!(value >= 1) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("time scale must be a finite number of at least 1: " + value);
            }
            this.timeScale = value;
            return this;
        }

        /** Requests served at once, 1 to 256. */
        public Builder threads(int value) {
            if (value < 1 || value > 256) {
                throw new IllegalArgumentException("threads must be from 1 to 256: " + value);
            }
            this.threads = value;
            return this;
        }

        public EmulatorOptions build() {
            if (serverErrorShare + unavailableShare + rateLimitedShare + droppedShare + truncatedShare > 1) {
                throw new IllegalArgumentException("fault shares add up to more than 1");
            }
            return new EmulatorOptions(this);
        }

        private static double share(double value, String what) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException(what + " must be between 0 and 1: " + value);
            }
            return value;
        }
    }
}

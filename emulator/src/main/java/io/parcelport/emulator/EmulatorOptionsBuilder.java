package io.parcelport.emulator;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** Builds {@link EmulatorOptions}, checking each setting as it is set; every setting has a default. */
public final class EmulatorOptionsBuilder {
    String bindAddress = "127.0.0.1";
    int port = EmulatorOptions.DEFAULT_PORT;
    final Set<String> apiKeys = new LinkedHashSet<>();
    long quota = 10_000;
    int demoCount;
    long demoSeed = 1;
    boolean rateLimits;
    FaultOptions faults = FaultOptions.NONE;
    URI webhookUrl;
    URI afterShipWebhookUrl;
    String afterShipWebhookSecret;
    String accountEmail = EmulatorOptions.DEFAULT_EMAIL;
    Duration webhookSweep = Duration.ofSeconds(10);
    double timeScale = 1;
    Clock clock;
    int threads = 8;

    EmulatorOptionsBuilder() {
    }

    /** A builder holding the same settings, sharing nothing mutable with this one. */
    EmulatorOptionsBuilder copy() {
        EmulatorOptionsBuilder c = new EmulatorOptionsBuilder().bindAddress(bindAddress).port(port).quota(quota)
                .demoData(demoCount, demoSeed).rateLimits(rateLimits).accountEmail(accountEmail)
                .webhookSweep(webhookSweep).timeScale(timeScale).threads(threads);
        c.apiKeys.addAll(apiKeys);
        c.faults = faults;
        c.webhookUrl = webhookUrl; // null means no webhooks, which its setter does not take
        c.afterShipWebhookUrl = afterShipWebhookUrl;
        c.afterShipWebhookSecret = afterShipWebhookSecret; // null means the account e-mail
        c.clock = clock; // null means real time (scaled by the time scale)
        return c;
    }

    public EmulatorOptionsBuilder bindAddress(String value) {
        this.bindAddress = stripped(value, "bindAddress", "bind address must not be blank");
        return this;
    }

    /** The port, 0 to 65535; 0 picks a free one. */
    public EmulatorOptionsBuilder port(int value) {
        this.port = (int) within(value, 0, 65535, "port");
        return this;
    }

    /** Accept only this key (may be called several times); without any, every non-empty key is accepted. */
    public EmulatorOptionsBuilder apiKey(String value) {
        this.apiKeys.add(stripped(value, "apiKey", "an accepted API key must not be blank"));
        return this;
    }

    public EmulatorOptionsBuilder quota(long value) {
        this.quota = notNegative(value, "quota");
        return this;
    }

    /** Start with {@code count} demo shipments generated from {@code seed}; 0 for none. */
    public EmulatorOptionsBuilder demoData(int count, long seed) {
        this.demoCount = (int) notNegative(count, "demo count");
        this.demoSeed = seed;
        return this;
    }

    public EmulatorOptionsBuilder rateLimits(boolean value) {
        this.rateLimits = value;
        return this;
    }

    /** Every request waits between {@code min} and {@code max} before it is answered. */
    public EmulatorOptionsBuilder latency(Duration min, Duration max) {
        this.faults = faults.withLatency(min, max);
        return this;
    }

    /** Shares of requests answered HTTP 500 and HTTP 503. */
    public EmulatorOptionsBuilder serverErrors(double share500, double share503) {
        this.faults = faults.withServerErrors(share500, share503);
        return this;
    }

    /** Share of requests answered 429, and the {@code Retry-After} every 429 carries. */
    public EmulatorOptionsBuilder rateLimited(double share, Duration retryAfterValue) {
        this.faults = faults.withRateLimited(share);
        return retryAfter(retryAfterValue);
    }

    /** The {@code Retry-After} of every 429 (default 120 s, TrackingMore's documented pause). */
    public EmulatorOptionsBuilder retryAfter(Duration value) {
        this.faults = faults.withRetryAfter(value);
        return this;
    }

    /** Share of requests whose connection is dropped without an answer. */
    public EmulatorOptionsBuilder droppedConnections(double share) {
        this.faults = faults.withDropped(share);
        return this;
    }

    /** Share of requests whose body is cut off half-way. */
    public EmulatorOptionsBuilder truncatedBodies(double share) {
        this.faults = faults.withTruncated(share);
        return this;
    }

    public EmulatorOptionsBuilder faultSeed(long value) {
        this.faults = faults.withSeed(value);
        return this;
    }

    /** POST a v2 webhook to {@code url} whenever a shipment's status changes. */
    public EmulatorOptionsBuilder webhookUrl(URI value) {
        Objects.requireNonNull(value, "webhookUrl");
        String scheme = String.valueOf(value.getScheme()).toLowerCase(java.util.Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || value.getHost() == null) {
            throw new IllegalArgumentException("webhook URL must be an absolute http(s) URL: " + value);
        }
        this.webhookUrl = value;
        return this;
    }

    /** POST an AfterShip webhook ({@code aftership-hmac-sha256} signed) to {@code url} on every status change. */
    public EmulatorOptionsBuilder afterShipWebhookUrl(URI value) {
        Objects.requireNonNull(value, "afterShipWebhookUrl");
        String scheme = String.valueOf(value.getScheme()).toLowerCase(java.util.Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || value.getHost() == null) {
            throw new IllegalArgumentException("AfterShip webhook URL must be an absolute http(s) URL: " + value);
        }
        this.afterShipWebhookUrl = value;
        return this;
    }

    /** The secret AfterShip webhooks are signed with (default: the account e-mail); never shown. */
    public EmulatorOptionsBuilder afterShipWebhookSecret(String value) {
        Objects.requireNonNull(value, "afterShipWebhookSecret");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("AfterShip webhook secret must not be empty");
        }
        this.afterShipWebhookSecret = value;
        return this;
    }

    /** The account e-mail (getuserinfo, and the webhook signing key). */
    public EmulatorOptionsBuilder accountEmail(String value) {
        this.accountEmail = stripped(value, "accountEmail", "account e-mail must not be blank");
        return this;
    }

    /** How often every shipment is re-read so that simulated progress fires webhooks; at least 100 ms. */
    public EmulatorOptionsBuilder webhookSweep(Duration value) {
        Objects.requireNonNull(value, "webhookSweep");
        if (value.toMillis() < 100) {
            throw new IllegalArgumentException("webhook sweep must be at least 100 ms: " + value);
        }
        this.webhookSweep = value;
        return this;
    }

    /** Simulated carriers move {@code value} times faster than real time; at least 1. */
    public EmulatorOptionsBuilder timeScale(double value) {
        if (!(value >= 1) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("time scale must be a finite number of at least 1: " + value);
        }
        this.timeScale = value;
        return this;
    }

    /**
     * The clock the simulated carriers run on, instead of real time scaled by {@link #timeScale}: a test that moves
     * a manual clock (the in-memory backend's {@code ManualClock}) sees shipments move on without waiting.
     */
    public EmulatorOptionsBuilder clock(Clock value) {
        this.clock = Objects.requireNonNull(value, "clock");
        return this;
    }

    /** Requests served at once, 1 to 256. */
    public EmulatorOptionsBuilder threads(int value) {
        this.threads = (int) within(value, 1, 256, "threads");
        return this;
    }

    public EmulatorOptions build() {
        faults.requireSharesAtMostOne();
        return new EmulatorOptions(this);
    }

    private static String stripped(String value, String parameter, String blankMessage) {
        Objects.requireNonNull(value, parameter);
        if (value.isBlank()) {
            throw new IllegalArgumentException(blankMessage);
        }
        return value.strip();
    }

    private static long notNegative(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + value);
        }
        return value;
    }

    private static long within(long value, long min, long max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be from " + min + " to " + max + ": " + value);
        }
        return value;
    }
}

package io.parcelport.emulator;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
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
 * The fault settings are {@link FaultOptions}; shares are probabilities from 0 to 1 drawn per request.
 */
public final class EmulatorOptions {
    /** The port unless told otherwise. */
    public static final int DEFAULT_PORT = 8080;
    /** The account's e-mail address unless told otherwise (also the webhook signing key). */
    public static final String DEFAULT_EMAIL = "demo@parcelport.invalid";

    // The settings as built, in a builder of their own that nothing else sees: copied in, copied out by toBuilder.
    private final EmulatorOptionsBuilder settings;

    EmulatorOptions(EmulatorOptionsBuilder b) {
        this.settings = b.copy();
    }

    /** A builder with every default. */
    public static EmulatorOptionsBuilder builder() {
        return new EmulatorOptionsBuilder();
    }

    /** Every default: 127.0.0.1:8080, any key, 10,000 quota, no demo data, no faults, no webhooks. */
    public static EmulatorOptions defaults() {
        return builder().build();
    }

    /** A builder pre-filled with these options. */
    public EmulatorOptionsBuilder toBuilder() {
        return settings.copy();
    }

    /** The address the server binds to (default {@code 127.0.0.1}: reachable from this machine only). */
    public String bindAddress() {
        return settings.bindAddress;
    }

    /** The port; 0 for a free one. */
    public int port() {
        return settings.port;
    }

    /** The accepted API keys; empty means any non-empty key. */
    public Set<String> apiKeys() {
        return Collections.unmodifiableSet(settings.apiKeys);
    }

    /** The quota the account starts with. */
    public long quota() {
        return settings.quota;
    }

    /** How many demo shipments the backend starts with (0: none). */
    public int demoCount() {
        return settings.demoCount;
    }

    /** The seed of the demo data. */
    public long demoSeed() {
        return settings.demoSeed;
    }

    /** Whether TrackingMore's rate limits are enforced (real-time 3/s, list 1/s per key; meta 429). */
    public boolean rateLimits() {
        return settings.rateLimits;
    }

    /** The bad days injected: latency, error shares, dropped and cut-off answers. */
    public FaultOptions faults() {
        return settings.faults;
    }

    /** Where status-change webhooks are POSTed; empty for none. */
    public Optional<URI> webhookUrl() {
        return Optional.ofNullable(settings.webhookUrl);
    }

    /** Where AfterShip-shaped status-change webhooks are POSTed; empty for none. */
    public Optional<URI> afterShipWebhookUrl() {
        return Optional.ofNullable(settings.afterShipWebhookUrl);
    }

    /** The secret that signs AfterShip webhooks: the one configured, else the account e-mail. */
    public String afterShipWebhookSecret() {
        return settings.afterShipWebhookSecret != null ? settings.afterShipWebhookSecret : settings.accountEmail;
    }

    /** The account's e-mail address, shown by getuserinfo and the key that signs webhooks. */
    public String accountEmail() {
        return settings.accountEmail;
    }

    /** How often every shipment is read through the use cases so that simulated progress fires webhooks. */
    public Duration webhookSweep() {
        return settings.webhookSweep;
    }

    /** How much faster than real time the simulated carriers move (1: real time; 3600: an hour a second). */
    public double timeScale() {
        return settings.timeScale;
    }

    /** The clock set with {@link EmulatorOptionsBuilder#clock}, if any (else real time, scaled). */
    public Optional<Clock> clock() {
        return Optional.ofNullable(settings.clock);
    }

    /** How many requests are served at once. */
    public int threads() {
        return settings.threads;
    }

    /** Whether any fault is injected. */
    public boolean injectsFaults() {
        return settings.faults.injectsAny();
    }

    @Override
    public String toString() {
        return "EmulatorOptions[bind=" + bindAddress() + ", port=" + port() + ", apiKeys=" + apiKeys().size()
                + " configured, quota=" + quota() + ", demo=" + demoCount() + "/" + demoSeed() + ", rateLimits="
                + rateLimits() + ", " + faults() + ", webhook=" + webhookUrl().orElse(null) + ", afterShipWebhook=" + afterShipWebhookUrl().orElse(null)
                + ", timeScale=" + timeScale() + ", threads=" + threads() + "]";
    }
}

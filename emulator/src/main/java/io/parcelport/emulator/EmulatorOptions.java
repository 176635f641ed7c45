package io.parcelport.emulator;

import java.net.URI;
import java.time.Duration;
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

    private final String bindAddress;
    private final int port;
    private final Set<String> apiKeys;
    private final long quota;
    private final int demoCount;
    private final long demoSeed;
    private final boolean rateLimits;
    private final FaultOptions faults;
    private final Optional<URI> webhookUrl;
    private final String accountEmail;
    private final Duration webhookSweep;
    private final double timeScale;
    private final int threads;

    EmulatorOptions(EmulatorOptionsBuilder b) {
        this.bindAddress = b.bindAddress;
        this.port = b.port;
        this.apiKeys = Set.copyOf(b.apiKeys);
        this.quota = b.quota;
        this.demoCount = b.demoCount;
        this.demoSeed = b.demoSeed;
        this.rateLimits = b.rateLimits;
        this.faults = b.faults;
        this.webhookUrl = Optional.ofNullable(b.webhookUrl);
        this.accountEmail = b.accountEmail;
        this.webhookSweep = b.webhookSweep;
        this.timeScale = b.timeScale;
        this.threads = b.threads;
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
        EmulatorOptionsBuilder b = new EmulatorOptionsBuilder();
        b.bindAddress = bindAddress;
        b.port = port;
        b.apiKeys.addAll(apiKeys);
        b.quota = quota;
        b.demoCount = demoCount;
        b.demoSeed = demoSeed;
        b.rateLimits = rateLimits;
        b.faults = faults;
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

    /** The bad days injected: latency, error shares, dropped and cut-off answers. */
    public FaultOptions faults() {
        return faults;
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
        return faults.injectsAny();
    }

    @Override
    public String toString() {
        return "EmulatorOptions[bind=" + bindAddress + ", port=" + port + ", apiKeys=" + apiKeys.size()
                + " configured, quota=" + quota + ", demo=" + demoCount + "/" + demoSeed + ", rateLimits=" + rateLimits
                + ", " + faults + ", webhook=" + webhookUrl.orElse(null)
                + ", timeScale=" + timeScale + ", threads=" + threads + "]";
    }
}

package io.parcelport.limiter.bucket4j;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.parcelport.pacing.AccountCoolDown;
import io.parcelport.pacing.AccountId;
import io.parcelport.pacing.AccountPacing;
import io.parcelport.pacing.Limiters;
import io.parcelport.pacing.QuotaState;
import io.parcelport.pacing.RateGate;
import io.parcelport.pacing.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Parcelport's {@link Limiters} over a Bucket4j {@link ProxyManager}: every instance given limiters over the same
 * store shares each account's rate gates, its 429 cool-down and its quota state.
 *
 * <p>Store keys are {@code prefix:vendor:fingerprint:bucket}, the fingerprint a keyed hash of the API key
 * ({@link AccountId}), never the key. Buckets: one per rate gate ({@code v2-realtime}, {@code v4-general}, ...),
 * {@code cool-down} and {@code quota}.
 *
 * <p>When the store does not answer, an instance paces alone (logged once per outage): in its own time slots when
 * its place in the fleet is configured ({@link Builder#instance(int)}), else at 1/{@code fleetSize} of every rate;
 * its first call alone waits a full window, as the fleet's last shared calls may be that recent. It asks the store
 * again every {@code probeInterval}, and once it answers keeps its local share too for a grace of
 * {@code probeInterval} plus the longest window, so that instances alone and instances back never add up to more
 * than the account's limits.
 *
 * <pre>{@code
 * Limiters shared = Bucket4jLimiters.builder(LettuceStores.proxyManager(connection), 3).build();
 * TrackingMoreConfig.builder().apiKeyFromEnvironment().limiters(shared).build();
 * }</pre>
 */
public final class Bucket4jLimiters implements Limiters {
    /**
     * The least margin a shared gate keeps, whatever the adapter asks: it counts a call when the store admits it, not
     * when the call reaches the vendor, so the margin must also cover how much instances differ between the two (a
     * store round trip, a pause of the JVM): 75 ms measured enough for three JVMs on two busy cores.
     */
    public static final Duration DEFAULT_FLEET_MARGIN = Duration.ofMillis(75);

    /** The default first part of every store key. */
    public static final String DEFAULT_PREFIX = "parcelport";

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    // The longest window a gate counts over (a rate of 1 per 2 s, e.g. AfterShip's slowest), added to the grace.
    private static final Duration LONGEST_WINDOW = Duration.ofMillis(2100);

    private final ProxyManager<String> store;
    private final int fleetSize;
    private final String prefix;
    private final Duration probeInterval;
    private final Duration quotaHold;
    private final Duration fleetMargin;
    private final OptionalInt instance;
    private final Clock clock;
    private final Ticker ticker;
    private final StoreHealth health;

    private Bucket4jLimiters(Builder b) {
        this.store = b.store;
        this.fleetSize = b.fleetSize;
        this.prefix = b.prefix;
        this.probeInterval = b.probeInterval;
        this.quotaHold = b.quotaHold;
        this.fleetMargin = b.fleetMargin;
        this.instance = b.instance;
        this.clock = b.clock;
        this.ticker = b.ticker;
        this.health = new StoreHealth(ticker, probeInterval.toNanos(),
                probeInterval.plus(LONGEST_WINDOW).toNanos(), fleetSize);
    }

    /**
     * A builder over {@code store}, for a fleet of {@code fleetSize} instances: each takes 1/{@code fleetSize} of
     * every rate while the store does not answer.
     *
     * @throws IllegalArgumentException when fleetSize is below 1
     */
    public static Builder builder(ProxyManager<String> store, int fleetSize) {
        return new Builder(store, fleetSize);
    }

    @Override
    public AccountPacing forAccount(AccountId account, Ticker callerTicker) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(callerTicker, "ticker");
        String base = prefix + ":" + account.key() + ":";
        BucketProxy coolDownBucket = store.builder().build(base + "cool-down", () -> BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(1).refillGreedy(1, Duration.ofMillis(1)).build()).build());
        BucketProxy quotaBucket = store.builder().build(base + "quota", () -> BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(1).refillGreedy(1, quotaHold).build()).build());
        StoreCoolDown coolDown = new StoreCoolDown(coolDownBucket, health, ticker);
        StoreQuota quota = new StoreQuota(quotaBucket, health);
        return new AccountPacing() {
            @Override
            public RateGate gate(String bucket, double perSecond, Duration margin) {
                Objects.requireNonNull(bucket, "bucket");
                Objects.requireNonNull(margin, "margin");
                if (!BUCKET.matcher(bucket).matches()) {
                    throw new IllegalArgumentException("bucket must be lowercase letters, digits, '.', '_', '-': "
                            + bucket);
                }
                if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
                    throw new IllegalArgumentException("perSecond must be positive and finite: " + perSecond);
                }
                if (margin.isNegative()) {
                    throw new IllegalArgumentException("margin must not be negative: " + margin);
                }
                Duration kept = margin.compareTo(fleetMargin) > 0 ? margin : fleetMargin;
                Duration spacing = spacing(perSecond, kept);
                BucketProxy proxy = store.builder().build(base + bucket, () -> BucketConfiguration.builder()
                        .addLimit(Bandwidth.builder().capacity(1).refillGreedy(1, spacing).build()).build());
                return new StoreGate(proxy, health, perSecond, fleetSize, margin, spacing, kept, instance, clock,
                        ticker);
            }

            @Override
            public AccountCoolDown coolDown() {
                return coolDown;
            }

            @Override
            public QuotaState quota() {
                return quota;
            }

            @Override
            public String toString() {
                return "shared pacing of " + account;
            }
        };
    }

    /**
     * The time between two calls of the fleet at {@code perSecond} with {@code margin}: whole rates as that many per
     * second plus the margin ({@code 3/s}: one each 346.7 ms), rates below one as one per {@code 1/perSecond} plus
     * the margin, as the in-JVM {@code RateLimiter} counts them.
     */
    static Duration spacing(double perSecond, Duration margin) {
        int permits = (int) Math.max(1, Math.min(Math.floor(perSecond), 10_000));
        double windowNanos = permits * 1e9 / perSecond;
        return Duration.ofNanos((long) Math.ceil((windowNanos + margin.toNanos()) / permits));
    }

    /**
     * Lets every instance spend quota again for {@code account}: for an operator who topped the account up and does
     * not want to wait for the next account-info read.
     */
    public void resetQuota(AccountId account) {
        forAccount(account, ticker).quota().markAvailable();
    }

    @Override
    public String toString() {
        return "Bucket4jLimiters[prefix=" + prefix + ", fleetSize=" + fleetSize + ", probeInterval=" + probeInterval
                + ", fleetMargin=" + fleetMargin + "]";
    }

    /** Builds {@link Bucket4jLimiters}; only the store and the fleet size are required. */
    public static final class Builder {
        private final ProxyManager<String> store;
        private final int fleetSize;
        private String prefix = DEFAULT_PREFIX;
        private Duration probeInterval = Duration.ofSeconds(1);
        private Duration quotaHold = Duration.ofDays(30);
        private Duration fleetMargin = DEFAULT_FLEET_MARGIN;
        private OptionalInt instance = OptionalInt.empty();
        private Clock clock = Clock.systemUTC();
        private Ticker ticker = Ticker.SYSTEM;

        private Builder(ProxyManager<String> store, int fleetSize) {
            this.store = Objects.requireNonNull(store, "store");
            if (fleetSize < 1) {
                throw new IllegalArgumentException("fleetSize must be at least 1: " + fleetSize);
            }
            this.fleetSize = fleetSize;
        }

        /** The first part of every store key (letters, digits, '.', '_', '-'); {@code parcelport} by default. */
        public Builder prefix(String value) {
            Objects.requireNonNull(value, "prefix");
            if (!PREFIX.matcher(value).matches()) {
                throw new IllegalArgumentException("prefix must be 1-64 letters, digits, '.', '_' or '-': " + value);
            }
            this.prefix = value;
            return this;
        }

        /** How often an instance pacing alone asks the store again; default 1 s. */
        public Builder probeInterval(Duration value) {
            this.probeInterval = positive(value, "probeInterval");
            return this;
        }

        /**
         * How long a "quota exhausted" mark lasts when nobody reads account info or resets it; default 30 days.
         */
        public Builder quotaHold(Duration value) {
            this.quotaHold = positive(value, "quotaHold");
            return this;
        }

        /**
         * The least margin of every shared gate (the adapter's own margin applies when larger); default
         * {@link Bucket4jLimiters#DEFAULT_FLEET_MARGIN}. Larger for instances far from each other or from the store.
         */
        public Builder fleetMargin(Duration value) {
            Objects.requireNonNull(value, "fleetMargin");
            if (value.isNegative() || value.compareTo(Duration.ofSeconds(1)) > 0) {
                throw new IllegalArgumentException("fleetMargin must be between 0 and 1 s: " + value);
            }
            this.fleetMargin = value;
            return this;
        }

        /**
         * This instance's place in the fleet, 0 to fleetSize - 1, each instance its own: then an instance pacing
         * alone sends only in its own time slots (slot k of every gate belongs to instance k mod fleetSize, on the
         * wall clock), which keeps even a limit of fewer permits than instances (v2's list, 1/s) without a 429.
         * Without it an instance alone takes 1/fleetSize of each rate, which for such a limit may collide.
         *
         * @throws IllegalArgumentException when the index is outside 0 to fleetSize - 1
         */
        public Builder instance(int index) {
            if (index < 0 || index >= fleetSize) {
                throw new IllegalArgumentException("instance must be from 0 to " + (fleetSize - 1) + ": " + index);
            }
            this.instance = OptionalInt.of(index);
            return this;
        }

        /** The wall clock the time slots of {@link #instance(int)} are read on; the system's by default. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The ticker the fallback and the probes read time with; {@link Ticker#SYSTEM} by default. */
        public Builder ticker(Ticker value) {
            this.ticker = Objects.requireNonNull(value, "ticker");
            return this;
        }

        /** The limiters. */
        public Bucket4jLimiters build() {
            return new Bucket4jLimiters(this);
        }


        private static Duration positive(Duration value, String what) {
            Objects.requireNonNull(value, what);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(what + " must be positive: " + value);
            }
            return value;
        }
    }
}

package io.parcelport.adapter.inmemory;

import io.parcelport.ports.BackendCapabilities;
import io.parcelport.domain.carrier.Carrier;
import io.parcelport.ports.BackendLimits;
import io.parcelport.ports.out.AirCargoTracker;
import io.parcelport.ports.out.CarrierDirectory;
import io.parcelport.ports.out.LogisticsInsights;
import io.parcelport.ports.out.ShipmentTracker;
import io.parcelport.ports.out.TrackingAccount;
import io.parcelport.ports.out.TrackingBackend;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import io.parcelport.domain.shipment.ShipmentKey;
import java.util.Optional;

/**
 * A tracking backend held in memory that behaves like TrackingMore v2 in every way a test can observe, with simulated
 * carriers driven by an injectable clock.
 *
 * <p>Build one with {@link #builder()}; every option has a default:
 * <pre>{@code
 * ManualClock clock = ManualClock.at(Instant.parse("2025-01-06T09:00:00Z"));
 * InMemoryBackend backend = InMemoryBackend.builder().clock(clock).quota(500).demoData(200, 7).build();
 * backend.shipments().create(NewShipment.of(CarrierCode.of("usps"), MagicNumbers.number(MagicNumbers.DELIVERED, 1)));
 * clock.advance(Duration.ofHours(3));   // now delivered
 * }</pre>
 * Thread-safe: many threads may call it at once, and a query never sees half of a batch.
 */
public final class InMemoryBackend implements TrackingBackend {
    private static final BackendCapabilities CAPABILITIES = BackendCapabilities.all("in-memory");


    /** The quota a backend starts with unless told otherwise. */
    public static final long DEFAULT_QUOTA = 10_000;

    private final Quota quota;
    private final FaultInjector faults;
    private final ShipmentStore store;
    private final AirCargoTracker airCargo;
    private final CarrierDirectory carriers;
    private final TrackingAccount account;
    private final LogisticsInsights insights;

    private InMemoryBackend(Builder b) {
        Clock clock = b.clock;
        BackendLimits limits = b.limits;
        CarrierCatalog catalog = b.carriers == null ? CarrierCatalog.builtIn() : CarrierCatalog.of(b.carriers);
        this.quota = new Quota(b.quota);
        this.faults = new FaultInjector(clock, limits, b.faults);
        this.quota.forceExhausted(b.faults.isQuotaExhausted());
        this.store = new ShipmentStore(clock, limits, catalog, quota, faults);
        Instant registeredAt = clock.instant();
        this.airCargo = new InMemoryAirCargoTracker(limits, quota, faults);
        this.carriers = new InMemoryCarrierDirectory(catalog, quota, faults);
        this.account = new InMemoryTrackingAccount(b.email, registeredAt, b.balance, quota, faults, store);
        this.insights = new InMemoryLogisticsInsights(limits, new Insights(catalog), faults);
        if (b.demoCount > 0) {
            for (DemoData.Seeded s : DemoData.seeds(b.demoCount, b.demoSeed, registeredAt, catalog)) {
                store.load(s.shipment(), s.createdAt(), s.scenario());
            }
        }
    }

    /** A builder with the defaults: system UTC clock, 10,000 quota, TrackingMore's limits, built-in carriers. */
    public static Builder builder() {
        return new Builder();
    }

    /** A backend with every default. */
    public static InMemoryBackend create() {
        return builder().build();
    }

    @Override
    public ShipmentTracker shipments() {
        return store;
    }

    @Override
    public AirCargoTracker airCargo() {
        return airCargo;
    }

    @Override
    public CarrierDirectory carriers() {
        return carriers;
    }

    @Override
    public TrackingAccount account() {
        return account;
    }

    @Override
    public BackendCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public LogisticsInsights insights() {
        return insights;
    }

    /** Replaces the failure injection from now on (for example to let a test break the backend half-way). */
    public void faults(Faults value) {
        Objects.requireNonNull(value, "faults");
        faults.set(value);
        quota.forceExhausted(value.isQuotaExhausted());
    }

    /** The failure injection in force. */
    public Faults faults() {
        return faults.faults();
    }

    /** Adds {@code units} to the quota, as a recharge would. */
    public void recharge(long units) {
        if (units < 0) {
            throw new IllegalArgumentException("a recharge must not be negative: " + units);
        }
        quota.add(units);
    }

    /**
     * The key of the registered shipment whose {@link io.parcelport.domain.shipment.Shipment#backendId()} is
     * {@code backendId} (compared ignoring case), looked up in constant time; empty when none has it (deleted, never
     * issued, or not a 32-hex id). An id follows its shipment's key: after a change of carrier the shipment has a new
     * one.
     */
    public Optional<ShipmentKey> keyOfBackendId(String backendId) {
        return store.keyOf(backendId);
    }

    /** How many shipments are registered. */
    public int size() {
        return store.size();
    }

    /** Builds an {@link InMemoryBackend}; every option has a default. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private long quota = DEFAULT_QUOTA;
        private BackendLimits limits = BackendLimits.TRACKINGMORE_V2;
        private List<Carrier> carriers;
        private Faults faults = Faults.none();
        private int demoCount;
        private long demoSeed;
        private Optional<String> email = Optional.of("demo@parcelport.invalid");
        private BigDecimal balance = BigDecimal.ZERO;

        private Builder() {
        }

        /** The clock that drives registration times and the simulated carriers; a {@link ManualClock} in tests. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The quota the account starts with (default {@value InMemoryBackend#DEFAULT_QUOTA}). */
        public Builder quota(long value) {
            if (value < 0) {
                throw new IllegalArgumentException("quota must not be negative: " + value);
            }
            this.quota = value;
            return this;
        }

        /** The limits (default TrackingMore v2's: 40 per batch, 2000 per page, 40 numbers or orders, 3/s, 1/s). */
        public Builder limits(BackendLimits value) {
            this.limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /** The carriers the backend knows, instead of the built-in directory of 26 real carriers. */
        public Builder carriers(List<Carrier> value) {
            this.carriers = List.copyOf(Objects.requireNonNull(value, "carriers"));
            return this;
        }

        /** Failure injection (default none). */
        public Builder faults(Faults value) {
            this.faults = Objects.requireNonNull(value, "faults");
            return this;
        }

        /** Starts with {@code count} demo shipments (see {@link DemoData}), free of charge; 0 for none (default). */
        public Builder demoData(int count, long seed) {
            if (count < 0) {
                throw new IllegalArgumentException("demo count must not be negative: " + count);
            }
            this.demoCount = count;
            this.demoSeed = seed;
            return this;
        }

        /** The account's e-mail address. */
        public Builder email(String value) {
            this.email = Optional.ofNullable(value);
            return this;
        }

        /** The account's balance (default 0). */
        public Builder balance(BigDecimal value) {
            this.balance = Objects.requireNonNull(value, "balance");
            return this;
        }

        /** The backend. */
        public InMemoryBackend build() {
            return new InMemoryBackend(this);
        }
    }
}

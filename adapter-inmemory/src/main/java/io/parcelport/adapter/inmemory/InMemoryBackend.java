package io.parcelport.adapter.inmemory;

import io.parcelport.domain.AccountInfo;
import io.parcelport.domain.AirCargoTracking;
import io.parcelport.domain.AirWaybill;
import io.parcelport.domain.Carrier;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.RemoteAreaCheck;
import io.parcelport.domain.RemoteAreaResult;
import io.parcelport.domain.StatusCounts;
import io.parcelport.domain.TrackingNumber;
import io.parcelport.domain.TransitTimeQuery;
import io.parcelport.domain.TransitTimeStats;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendLimits;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.Rejection;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.StatusCountQuery;
import io.parcelport.ports.out.AirCargoTracker;
import io.parcelport.ports.out.CarrierDirectory;
import io.parcelport.ports.out.LogisticsInsights;
import io.parcelport.ports.out.ShipmentTracker;
import io.parcelport.ports.out.TrackingAccount;
import io.parcelport.ports.out.TrackingBackend;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
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

    /** The quota a backend starts with unless told otherwise. */
    public static final long DEFAULT_QUOTA = 10_000;

    private final Clock clock;
    private final BackendLimits limits;
    private final CarrierCatalog catalog;
    private final Quota quota;
    private final FaultInjector faults;
    private final ShipmentStore store;
    private final Insights insightsTable;
    private final Optional<String> email;
    private final Instant registeredAt;
    private final BigDecimal balance;

    private final AirCargoTracker airCargo = new AirCargo();
    private final CarrierDirectory carriers = new Carriers();
    private final TrackingAccount account = new Account();
    private final LogisticsInsights insights = new InsightsPort();

    private InMemoryBackend(Builder b) {
        this.clock = b.clock;
        this.limits = b.limits;
        this.catalog = b.carriers == null ? CarrierCatalog.builtIn() : CarrierCatalog.of(b.carriers);
        this.quota = new Quota(b.quota);
        this.faults = new FaultInjector(clock, limits, b.faults);
        this.quota.forceExhausted(b.faults.isQuotaExhausted());
        this.store = new ShipmentStore(clock, limits, catalog, quota, faults);
        this.insightsTable = new Insights(catalog);
        this.email = b.email;
        this.registeredAt = clock.instant();
        this.balance = b.balance;
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

    /** How many shipments are registered. */
    public int size() {
        return store.size();
    }

    private static InvalidRequestException tooMany(String op, int given, int max) {
        return new InvalidRequestException(BackendException.Failure.of(op), RejectionReason.LIMIT_EXCEEDED,
                given + " items are over the limit of " + max + " per call");
    }

    /** Air waybills from the built-in table; 20 quota per distinct waybill, paid up front or not at all. */
    private final class AirCargo implements AirCargoTracker {
        @Override
        public int maxWaybillsPerCall() {
            return limits.maxBatchSize();
        }

        @Override
        public List<ItemOutcome<AirCargoTracking>> track(List<AirWaybill> waybills) {
            String op = "AirCargoTracker.track";
            faults.before(Faults.Operation.AIR_CARGO, op);
            if (waybills.size() > maxWaybillsPerCall()) {
                throw tooMany(op, waybills.size(), maxWaybillsPerCall());
            }
            long cost = 20L * new LinkedHashSet<>(waybills).size();
            if (!quota.tryCharge(cost)) {
                throw Quota.exhausted(op);
            }
            return waybills.stream().map(w -> AirWaybills.find(w).<ItemOutcome<AirCargoTracking>>map(
                    ItemOutcome::accepted).orElseGet(() -> ItemOutcome.rejected(new Rejection(
                            RejectionReason.NOT_FOUND, "no airline knows air waybill " + w, Optional.empty()))))
                    .toList();
        }
    }

    /** The carrier catalog; detection is billed one unit per five calls. */
    private final class Carriers implements CarrierDirectory {
        @Override
        public List<Carrier> carriers(LanguageCode language) {
            faults.before(Faults.Operation.CARRIERS, "CarrierDirectory.carriers");
            return catalog.carriers();
        }

        @Override
        public List<Carrier> detect(TrackingNumber number) {
            String op = "CarrierDirectory.detect";
            faults.before(Faults.Operation.DETECT, op);
            quota.chargeDetection(op);
            return catalog.detect(number);
        }
    }

    /** Account info and status counts. */
    private final class Account implements TrackingAccount {
        @Override
        public AccountInfo info() {
            faults.before(Faults.Operation.ACCOUNT, "TrackingAccount.info");
            return new AccountInfo(email, Optional.of(registeredAt), Optional.of(balance), quota.remaining());
        }

        @Override
        public StatusCounts statusCounts(StatusCountQuery query) {
            faults.before(Faults.Operation.STATUS_COUNTS, "TrackingAccount.statusCounts");
            return store.statusCounts(query);
        }
    }

    /** Remote areas and transit times, free of charge. */
    private final class InsightsPort implements LogisticsInsights {
        @Override
        public int maxItemsPerCall() {
            return limits.maxBatchSize();
        }

        @Override
        public List<RemoteAreaResult> checkRemoteAreas(List<RemoteAreaCheck> checks) {
            String op = "LogisticsInsights.checkRemoteAreas";
            faults.before(Faults.Operation.INSIGHTS, op);
            if (checks.size() > maxItemsPerCall()) {
                throw tooMany(op, checks.size(), maxItemsPerCall());
            }
            return checks.stream().map(insightsTable::check).toList();
        }

        @Override
        public List<ItemOutcome<TransitTimeStats>> transitTimes(List<TransitTimeQuery> queries) {
            String op = "LogisticsInsights.transitTimes";
            faults.before(Faults.Operation.INSIGHTS, op);
            if (queries.size() > maxItemsPerCall()) {
                throw tooMany(op, queries.size(), maxItemsPerCall());
            }
            return queries.stream().map(insightsTable::transitTime).toList();
        }
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

package io.parcelport.application;

import io.parcelport.domain.AccountInfo;
import io.parcelport.domain.LanguageCode;
import io.parcelport.ports.BackendLimits;
import io.parcelport.ports.in.AccountUseCase;
import io.parcelport.ports.in.CarriersUseCase;
import io.parcelport.ports.in.FollowShipmentsUseCase;
import io.parcelport.ports.in.InsightsUseCase;
import io.parcelport.ports.in.ManageShipmentsUseCase;
import io.parcelport.ports.in.RefreshShipmentsUseCase;
import io.parcelport.ports.in.RegisterShipmentsUseCase;
import io.parcelport.ports.in.TrackAirCargoUseCase;
import io.parcelport.ports.out.TrackingBackend;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Every use case over one tracking backend, wired with sensible defaults: the composition root for applications
 * that do not bring their own.
 *
 * <pre>{@code
 * try (Parcelport parcelport = Parcelport.over(backend)) {
 *     parcelport.register().registerAll(shipments);
 *     parcelport.follow().query(ShipmentQuery.ALL).forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>The services share one {@link ShipmentEvents} hub (a listener subscribed through {@link #follow()} hears what
 * every service observes), one {@link BatchRunner}, one limiter at the backend's real-time rate, one at its query
 * rate, and one unpaced limiter for every other call, which still spreads a "retry after" to all of them.
 * {@link #close()} stops the runner's threads; the backend belongs to whoever created it and stays open.
 */
public final class Parcelport implements AutoCloseable {

    private final ShipmentEvents events;
    private final BatchRunner runner;
    private final RegisterShipmentsService register;
    private final FollowShipmentsService follow;
    private final RefreshShipmentsService refresh;
    private final ManageShipmentsService manage;
    private final TrackAirCargoService airCargo;
    private final CarriersService carriers;
    private final AccountService account;
    private final InsightsService insights;

    private Parcelport(Builder b) {
        TrackingBackend backend = b.backend;
        BackendLimits limits = backend.shipments().limits();
        this.events = new ShipmentEvents(b.clock);
        this.runner = b.executorRunner != null ? b.executorRunner : BatchRunner.withParallelism(b.parallelism);
        RateLimiter realtime = new RateLimiter(limits.realtimeCallsPerSecond(), 1, b.clock, b.sleeper);
        RateLimiter queries = new RateLimiter(limits.queryCallsPerSecond(), 1, b.clock, b.sleeper);
        RateLimiter others = RateLimiter.unlimited(b.clock, b.sleeper);
        this.register = new RegisterShipmentsService(backend.shipments(), runner, events, others, b.retry);
        this.follow = new FollowShipmentsService(backend.shipments(), backend.account(), events, queries, b.retry,
                b.pageSize);
        this.refresh = new RefreshShipmentsService(backend.shipments(), events, realtime, b.retry);
        this.manage = new ManageShipmentsService(backend.shipments(), runner, events, others, b.retry);
        this.airCargo = new TrackAirCargoService(backend.airCargo(), runner, others, b.retry);
        this.carriers = new CarriersService(backend.carriers(), b.clock, b.carrierListTtl, b.detectCacheSize,
                b.language);
        this.account = new AccountService(backend.account(), b.quotaThreshold, b.lowQuotaWarning);
        this.insights = new InsightsService(backend.insights(), others, b.retry);
    }

    /** Every use case over {@code backend}, with the defaults of {@link Builder}. */
    public static Parcelport over(TrackingBackend backend) {
        return builder(backend).build();
    }

    /** A builder to change the defaults. */
    public static Builder builder(TrackingBackend backend) {
        return new Builder(backend);
    }

    /** Register shipments. */
    public RegisterShipmentsService register() {
        return register;
    }

    /** Read shipments, query them lazily, count them, and subscribe to status changes. */
    public FollowShipmentsUseCase follow() {
        return follow;
    }

    /** Real-time tracking, paced to the backend's rate. */
    public RefreshShipmentsUseCase refresh() {
        return refresh;
    }

    /** Change, stop and delete shipments. */
    public ManageShipmentsUseCase manage() {
        return manage;
    }

    /** Air cargo by air waybill. */
    public TrackAirCargoUseCase airCargo() {
        return airCargo;
    }

    /** Carriers and detection, cached. */
    public CarriersUseCase carriers() {
        return carriers;
    }

    /** Quota and balance, with the low-quota warning. */
    public AccountUseCase account() {
        return account;
    }

    /** Remote areas and transit times. */
    public InsightsUseCase insights() {
        return insights;
    }

    /** The event hub all services share. */
    public ShipmentEvents events() {
        return events;
    }

    /** Stops the batch runner's own threads (a borrowed executor is left alone); the backend stays open. */
    @Override
    public void close() {
        runner.close();
    }

    /** Configures a {@link Parcelport}; every setting has a default. */
    public static final class Builder {
        private final TrackingBackend backend;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private int parallelism = BatchRunner.DEFAULT_PARALLELISM;
        private BatchRunner executorRunner;
        private RateLimitRetry retry = RateLimitRetry.DEFAULT;
        private int pageSize; // 0: the backend's maximum
        private Duration carrierListTtl = CarriersService.DEFAULT_LIST_TTL;
        private int detectCacheSize = CarriersService.DEFAULT_DETECT_CACHE_SIZE;
        private LanguageCode language = LanguageCode.ENGLISH;
        private long quotaThreshold;
        private Consumer<AccountInfo> lowQuotaWarning = info -> { };

        private Builder(TrackingBackend backend) {
            this.backend = Objects.requireNonNull(backend, "backend");
        }

        /** The clock for events, rate limits and cache ages; default the system clock (UTC). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** How to wait for rate limits; default {@link Sleeper#SYSTEM}. */
        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /** Most chunks in flight at once, on a pool of Parcelport's own; default {@value BatchRunner#DEFAULT_PARALLELISM}. */
        public Builder parallelism(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1: " + value);
            }
            this.parallelism = value;
            this.executorRunner = null;
            return this;
        }

        /** Run chunks on {@code executor} (which the caller closes), at most {@code parallelism} at once. */
        public Builder executor(java.util.concurrent.Executor executor, int parallelism) {
            this.executorRunner = BatchRunner.on(executor, parallelism);
            return this;
        }

        /** How to answer "rate limited"; default {@link RateLimitRetry#DEFAULT}. */
        public Builder retry(RateLimitRetry value) {
            this.retry = Objects.requireNonNull(value, "retry");
            return this;
        }

        /** The page size of queries, up to the backend's maximum; default that maximum. */
        public Builder pageSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("page size must be at least 1: " + value);
            }
            this.pageSize = value;
            return this;
        }

        /** How long the carrier list is cached; default a day. */
        public Builder carrierListTtl(Duration value) {
            this.carrierListTtl = Objects.requireNonNull(value, "carrierListTtl");
            return this;
        }

        /** How many numbers' carrier detections are cached; default 10,000. */
        public Builder detectCacheSize(int value) {
            this.detectCacheSize = value;
            return this;
        }

        /** The language of carrier names; default English. */
        public Builder language(LanguageCode value) {
            this.language = Objects.requireNonNull(value, "language");
            return this;
        }

        /** Call {@code warning} when fewer than {@code threshold} quota units are left; default never. */
        public Builder lowQuotaWarning(long threshold, Consumer<AccountInfo> warning) {
            this.quotaThreshold = threshold;
            this.lowQuotaWarning = Objects.requireNonNull(warning, "warning");
            return this;
        }

        /** Wires the services. */
        public Parcelport build() {
            return new Parcelport(this);
        }
    }
}

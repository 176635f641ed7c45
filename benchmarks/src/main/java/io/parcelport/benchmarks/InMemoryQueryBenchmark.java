package io.parcelport.benchmarks;

import io.parcelport.adapter.inmemory.InMemoryBackend;
import io.parcelport.adapter.inmemory.ManualClock;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.StatusCounts;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.StatusCountQuery;
import io.parcelport.ports.TimeRange;
import io.parcelport.ports.out.ShipmentTracker;
import io.parcelport.ports.out.TrackingAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One page query and one lookup over 1,000,000 shipments in the in-memory backend, beside a linear scan of the same
 * shipments in a plain {@link List} filtered by a stream, measured in the same run so that the README can give ratios.
 *
 * <p>The shipments are registered through the backend's public API (batches of 40, the clock moved a second per
 * batch, so registration times span about seven hours), then the clock moves two days so that the simulator spreads
 * them over the statuses. The baseline list holds one small row per shipment read back from the backend; its pages
 * are rows, where the backend's are whole shipments built from their plans, so the ratio flatters the baseline.
 *
 * <p>Each fork registers its million afresh (about half a minute). Run with:
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java -cp "benchmarks/target/parcelport-benchmarks-0.1.0-SNAPSHOT.jar:benchmarks/target/lib/*" \
 *     org.openjdk.jmh.Main InMemoryQueryBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
public class InMemoryQueryBenchmark {

    private static final Instant T0 = Instant.parse("2025-01-06T09:00:00Z");
    private static final List<CarrierCode> CARRIERS = List.of("usps", "ups", "fedex", "dhl", "china-post").stream()
            .map(CarrierCode::of).toList();
    private static final PageRequest PAGE = new PageRequest(3, 20);

    /** What the baseline keeps of a shipment: just what the measured filters read. */
    record Row(ShipmentKey key, DeliveryStatus status, Instant createdAt, boolean archived) {
    }

    @Param("1000000")
    public int shipments;

    private ShipmentTracker tracker;
    private TrackingAccount account;
    private List<Row> rows;
    private ShipmentQuery byStatus;
    private ShipmentQuery byCreated;
    private final List<ShipmentKey> probes = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void fill() {
        ManualClock clock = ManualClock.at(T0);
        InMemoryBackend backend = InMemoryBackend.builder().clock(clock).quota(shipments).build();
        tracker = backend.shipments();
        account = backend.account();
        List<NewShipment> batch = new ArrayList<>(40);
        for (int i = 0; i < shipments; i++) {
            batch.add(NewShipment.of(CARRIERS.get(i % CARRIERS.size()), TrackingNumber.of(number(i))));
            if (batch.size() == 40 || i == shipments - 1) {
                for (ItemOutcome<Shipment> o : tracker.createAll(batch)) {
                    if (!o.isAccepted()) {
                        throw new IllegalStateException(o.toString());
                    }
                }
                batch.clear();
                clock.advance(Duration.ofSeconds(1));
            }
        }
        clock.advance(Duration.ofDays(2));
        rows = new ArrayList<>(shipments);
        for (PageRequest page = PageRequest.first(2_000); ; page = page.next()) {
            Page<Shipment> p = tracker.query(ShipmentQuery.ALL, page);
            p.items().forEach(s -> rows.add(new Row(s.key(), s.deliveryStatus(), s.createdAt(), s.isArchived())));
            if (!p.hasNext()) {
                break;
            }
        }
        byStatus = ShipmentQuery.builder().status(DeliveryStatus.IN_TRANSIT).build();
        // One hour of registrations, about 144,000 shipments, from the middle of the span.
        Instant from = T0.plus(Duration.ofHours(3));
        byCreated = ShipmentQuery.builder().created(TimeRange.between(from, from.plus(Duration.ofHours(1)))).build();
        for (int i = 0; i < 1024; i++) {
            int n = (int) ((i * 977_231L) % shipments);
            probes.add(new ShipmentKey(CARRIERS.get(n % CARRIERS.size()), TrackingNumber.of(number(n))));
        }
    }

    private static String number(int i) {
        return String.format("PM%012d", i);
    }

    private ShipmentKey probe() {
        return probes.get(next++ & 1023);
    }

    // ---- the backend --------------------------------------------------------------------------------------------

    @Benchmark
    public Page<Shipment> pageByStatus() {
        return tracker.query(byStatus, PAGE);
    }

    @Benchmark
    public Page<Shipment> pageByCreatedRange() {
        return tracker.query(byCreated, PAGE);
    }

    @Benchmark
    public Page<Shipment> pageByNumber() {
        return tracker.query(ShipmentQuery.builder().addNumber(probe().trackingNumber()).build(),
                PageRequest.first(20));
    }

    @Benchmark
    public Optional<Shipment> lookupByKey() {
        return tracker.find(probe());
    }

    /** The index alone, without building shipments: counts per status over the created range. */
    @Benchmark
    public StatusCounts countByCreatedRange() {
        return account.statusCounts(new StatusCountQuery(byCreated.created(), TimeRange.ANY));
    }

    // ---- the baseline: a linear scan of a plain list ------------------------------------------------------------

    @Benchmark
    public Page<Row> scanByStatus() {
        return scan(r -> r.status() == DeliveryStatus.IN_TRANSIT, PAGE);
    }

    @Benchmark
    public Page<Row> scanByCreatedRange() {
        TimeRange range = byCreated.created();
        return scan(r -> range.contains(r.createdAt()), PAGE);
    }

    @Benchmark
    public Page<Row> scanByNumber() {
        TrackingNumber number = probe().trackingNumber();
        return scan(r -> r.key().trackingNumber().equals(number), PageRequest.first(20));
    }

    @Benchmark
    public StatusCounts scanCountByCreatedRange() {
        TimeRange range = byCreated.created();
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        rows.stream().filter(r -> range.contains(r.createdAt())).forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        return new StatusCounts(counts);
    }

    @Benchmark
    public Optional<Row> scanLookupByKey() {
        ShipmentKey key = probe();
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /** The page and the total in one pass, as a hand-written list would answer them. */
    private Page<Row> scan(Predicate<Row> filter, PageRequest page) {
        List<Row> items = new ArrayList<>(page.size());
        long[] total = {0};
        rows.stream().filter(filter).forEach(r -> {
            if (total[0] >= page.offset() && items.size() < page.size()) {
                items.add(r);
            }
            total[0]++;
        });
        return new Page<>(items, page, total[0]);
    }
}

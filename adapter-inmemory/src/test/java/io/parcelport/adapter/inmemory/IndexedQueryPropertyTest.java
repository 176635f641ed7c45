package io.parcelport.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.StatusCounts;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.ArchivedFilter;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.StatusCommand;
import io.parcelport.ports.StatusCountQuery;
import io.parcelport.ports.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The indexed query against a naive reference: every shipment read back one by one with {@code find}, filtered by
 * the query's filters and sorted in the port's stable order, over random registrations (also in the past),
 * simulated time, updates of status, archived flag and order id, carrier changes and deletions.
 */
class IndexedQueryPropertyTest {

    private static final Instant T0 = Instant.parse("2025-01-06T09:00:00Z");
    private static final List<String> CARRIERS = List.of("usps", "ups", "dhl", "fedex");
    private static final List<String> ORDER_IDS = List.of("O-1", "O-2", "O-3", "O-4", "O-5");
    private static final DeliveryStatus[] FILTERABLE = java.util.Arrays.stream(DeliveryStatus.values())
            .filter(s -> s != DeliveryStatus.UNKNOWN).toArray(DeliveryStatus[]::new);

    @Property(tries = 25)
    void pagesAndTotalsMatchANaiveFilter(@ForAll long seed) {
        Random random = new Random(seed);
        ManualClock clock = ManualClock.at(T0);
        InMemoryBackend backend = InMemoryBackend.builder().clock(clock).quota(1_000_000).build();
        ShipmentStore store = (ShipmentStore) backend.shipments();
        Set<ShipmentKey> known = new LinkedHashSet<>();
        for (int op = 0; op < 80; op++) {
            switch (random.nextInt(8)) {
                case 0, 1 -> {
                    Map<ShipmentKey, NewShipment> batch = new java.util.LinkedHashMap<>();
                    for (int i = random.nextInt(10); i >= 0; i--) {
                        NewShipment s = newShipment(random);
                        batch.putIfAbsent(s.key(), s); // a batch names each shipment once
                    }
                    for (ItemOutcome<Shipment> o : store.createAll(List.copyOf(batch.values()))) {
                        o.value().ifPresent(s -> known.add(s.key()));
                    }
                }
                case 2 -> {
                    // Registered in the past, so that it lands inside the lists rather than at their end.
                    NewShipment s = newShipment(random);
                    store.load(s, clock.peek().minus(Duration.ofMinutes(random.nextInt(5_000))),
                            Scenario.values()[random.nextInt(Scenario.values().length)]);
                    known.add(s.key());
                }
                case 3 -> clock.advance(Duration.ofMinutes(random.nextInt(3_000)));
                case 4 -> pick(random, known).ifPresent(k -> store.update(k, randomChanges(random)));
                case 5 -> pick(random, known).ifPresent(k -> store.delete(k));
                case 6 -> pick(random, known).ifPresent(k -> store.changeCarrier(k,
                        CarrierCode.of(CARRIERS.get(random.nextInt(CARRIERS.size())))).value()
                        .ifPresent(s -> known.add(s.key())));
                default -> pick(random, known).ifPresent(k -> store.stopRefreshing(List.of(k)));
            }
            if (op % 10 == 9) {
                check(random, clock, store, backend, known);
            }
        }
    }

    private static void check(Random random, ManualClock clock, ShipmentStore store, InMemoryBackend backend,
            Set<ShipmentKey> known) {
        List<Shipment> all = known.stream().map(store::find).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Shipment::createdAt).thenComparing(Shipment::key)).toList();
        assertThat(store.query(ShipmentQuery.ALL, PageRequest.first(2_000)).items()).map(Shipment::key)
                .containsExactlyElementsOf(all.stream().map(Shipment::key).toList());
        for (int q = 0; q < 40; q++) {
            ShipmentQuery query = randomQuery(random, clock, all);
            PageRequest page = new PageRequest(1 + random.nextInt(4), 1 + random.nextInt(6));
            List<Shipment> matching = all.stream().filter(matches(query)).toList();
            Page<Shipment> got = store.query(query, page);
            assertThat(got.total()).as("total of %s", query).hasValue(matching.size());
            List<ShipmentKey> expected = matching.stream().skip(page.offset()).limit(page.size())
                    .map(Shipment::key).toList();
            assertThat(got.items()).as("page %s of %s", page, query).map(Shipment::key)
                    .containsExactlyElementsOf(expected);

            StatusCountQuery countQuery = new StatusCountQuery(query.created(), query.ordered());
            Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
            all.stream().filter(matches(ShipmentQuery.builder().created(query.created()).ordered(query.ordered())
                    .build())).forEach(s -> counts.merge(s.deliveryStatus(), 1L, Long::sum));
            assertThat(backend.account().statusCounts(countQuery)).isEqualTo(new StatusCounts(counts));
        }
    }

    private static Predicate<Shipment> matches(ShipmentQuery q) {
        return s -> q.status().map(st -> s.deliveryStatus() == st).orElse(true)
                && q.created().contains(s.createdAt())
                && (q.updated().isUnbounded() || s.updatedAt().map(q.updated()::contains).orElse(false))
                && (q.ordered().isUnbounded()
                        || s.orderTime().map(t -> q.ordered().contains(t.toInstant(ZoneOffset.UTC))).orElse(false))
                && (q.numbers().isEmpty() || q.numbers().contains(s.key().trackingNumber()))
                && (q.orderIds().isEmpty() || s.orderId().map(q.orderIds()::contains).orElse(false))
                && switch (q.archived()) {
                    case EITHER -> true;
                    case ARCHIVED_ONLY -> s.isArchived();
                    case ACTIVE_ONLY -> !s.isArchived();
                };
    }

    private static ShipmentQuery randomQuery(Random random, ManualClock clock, List<Shipment> all) {
        ShipmentQuery.Builder b = ShipmentQuery.builder();
        if (random.nextInt(3) > 0) {
            b.status(FILTERABLE[random.nextInt(FILTERABLE.length)]);
        }
        b.archived(ArchivedFilter.values()[random.nextInt(3)]);
        if (random.nextBoolean()) {
            b.created(randomRange(random, clock, all));
        }
        if (random.nextInt(4) == 0) {
            b.updated(randomRange(random, clock, all));
        }
        if (random.nextInt(6) == 0) {
            b.ordered(randomRange(random, clock, all));
        }
        if (random.nextInt(5) == 0) {
            for (int i = random.nextInt(3); i >= 0; i--) {
                b.addNumber(TrackingNumber.of(number(random)));
            }
        }
        if (random.nextInt(5) == 0) {
            b.orderIds(List.of(ORDER_IDS.get(random.nextInt(ORDER_IDS.size()))));
        }
        return b.build();
    }

    /** A range whose ends are often the exact time of some shipment, to test both inclusive ends. */
    private static TimeRange randomRange(Random random, ManualClock clock, List<Shipment> all) {
        Instant a = instant(random, clock, all);
        Instant b = instant(random, clock, all);
        Instant from = a.isBefore(b) ? a : b;
        Instant to = a.isBefore(b) ? b : a;
        return switch (random.nextInt(3)) {
            case 0 -> TimeRange.since(from);
            case 1 -> TimeRange.until(to);
            default -> TimeRange.between(from, to);
        };
    }

    private static Instant instant(Random random, ManualClock clock, List<Shipment> all) {
        if (!all.isEmpty() && random.nextBoolean()) {
            return all.get(random.nextInt(all.size())).createdAt();
        }
        long span = Math.max(1, Duration.between(T0.minus(Duration.ofDays(4)), clock.peek()).toMinutes());
        return T0.minus(Duration.ofDays(4)).plus(Duration.ofMinutes(random.nextLong(span)));
    }

    private static NewShipment newShipment(Random random) {
        ShipmentKey key = new ShipmentKey(CarrierCode.of(CARRIERS.get(random.nextInt(CARRIERS.size()))),
                TrackingNumber.of(number(random)));
        NewShipment.Builder b = NewShipment.builder(key);
        if (random.nextBoolean()) {
            b.orderId(ORDER_IDS.get(random.nextInt(ORDER_IDS.size())));
        }
        if (random.nextBoolean()) {
            b.orderTime(LocalDateTime.ofInstant(T0.minus(Duration.ofHours(random.nextInt(200))), ZoneOffset.UTC));
        }
        return b.build();
    }

    /** Numbers from a small pool, so that one number is often registered with several carriers. */
    private static String number(Random random) {
        int n = random.nextInt(60);
        return n % 5 == 0 ? MagicNumbers.DELIVERED + n : String.format("PQ%06d", n);
    }

    private static ShipmentChanges randomChanges(Random random) {
        ShipmentChanges.Builder b = ShipmentChanges.builder();
        switch (random.nextInt(3)) {
            case 0 -> b.archived(random.nextBoolean());
            case 1 -> b.orderId(ORDER_IDS.get(random.nextInt(ORDER_IDS.size())));
            default -> b.status(StatusCommand.values()[random.nextInt(StatusCommand.values().length)]);
        }
        return b.build();
    }

    private static Optional<ShipmentKey> pick(Random random, Set<ShipmentKey> known) {
        if (known.isEmpty()) {
            return Optional.empty();
        }
        return known.stream().skip(random.nextInt(known.size())).findFirst();
    }
}

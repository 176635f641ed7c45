package io.parcelport.adapter.trackingmorev4;

import static io.parcelport.adapter.trackingmorev4.V4Fixtures.ok;
import static io.parcelport.adapter.trackingmorev4.V4Fixtures.tracking;
import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.rest.IdCache;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The cache of tracking ids: bounded, safe under concurrent use, and forgetting an id a call answers not found. */
class IdCacheTest {
    private static final String NUMBER = "9400111899562537624326";
    private static final ShipmentKey KEY = ShipmentKey.of("usps", NUMBER);

    private static ShipmentKey key(int i) {
        return ShipmentKey.of("usps", String.format("94001118995625%08d", i));
    }

    @Property(tries = 50)
    void neverHoldsMoreThanItsCapacityAndKeepsTheMostRecentlyUsed(@ForAll @IntRange(min = 1, max = 20) int capacity,
            @ForAll @IntRange(min = 0, max = 60) int puts) {
        IdCache cache = new IdCache(capacity);
        for (int i = 0; i < puts; i++) {
            cache.remember(key(i), "id" + i);
            cache.get(key(0));
        }
        assertThat(cache.size()).isEqualTo(Math.min(capacity, puts));
        if (puts > 0 && capacity > 1) {
            assertThat(cache.get(key(0))).contains("id0");
        }
        if (puts > 0) {
            assertThat(cache.get(key(puts - 1))).contains("id" + (puts - 1));
        }
    }

    @Test
    void staysBoundedAndConsistentUnderConcurrentWritersAndReaders() throws Exception {
        IdCache cache = new IdCache(100);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        ShipmentKey k = key(thread * 10_000 + i % 300);
                        cache.remember(k, "id-" + k.trackingNumber().value());
                        cache.get(k).ifPresent(id -> assertThat(id).isEqualTo("id-" + k.trackingNumber().value()));
                        if (i % 7 == 0) {
                            cache.forget(k);
                        }
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(cache.size()).isLessThanOrEqualTo(100);
    }

    @Test
    void forgettingAStaleIdLeavesANewerOneAlone() {
        IdCache cache = new IdCache(10);
        cache.remember(KEY, "new");

        cache.forget(KEY, "old");

        assertThat(cache.get(KEY)).contains("new");
    }

    @Test
    void aCachedIdAnsweredNotFoundIsLookedUpOnceMoreAndTheNewIdUsed() {
        try (StubServer server = new StubServer();
                TrackingMoreV4Backend backend = V4Fixtures.backend(server, V4Fixtures.time())) {
            server.answerOk(ok("[" + tracking("old0000000000000000000000000000a", "usps", NUMBER, "transit", "") + "]"));
            assertThat(backend.shipments().find(KEY)).isPresent();
            server.answer(StubServer.Answer.json(400, V4Fixtures.error(4112, "Invalid Tracking ID.")));
            server.answerOk(ok("[" + tracking("new0000000000000000000000000000b", "usps", NUMBER, "transit", "")
                    + "]"), ok("{}"), ok("[" + tracking("new0000000000000000000000000000b", "usps", NUMBER,
                    "transit", "") + "]"));

            ItemOutcome<Shipment> outcome = backend.shipments().update(KEY, ShipmentChanges.builder().title("t")
                    .build());

            assertThat(outcome.isAccepted()).isTrue();
            assertThat(server.request(1).rawPath()).endsWith("/update/old0000000000000000000000000000a");
            assertThat(server.request(2).rawPath()).isEqualTo("/v4/trackings/get");
            assertThat(server.request(3).rawPath()).endsWith("/update/new0000000000000000000000000000b");
        }
    }

    @Test
    void anIdAnsweredNotFoundTwiceIsForgottenAndTheItemIsNotFound() {
        try (StubServer server = new StubServer();
                TrackingMoreV4Backend backend = V4Fixtures.backend(server, V4Fixtures.time())) {
            server.answerOk(ok("[" + tracking("old0000000000000000000000000000a", "usps", NUMBER, "transit", "") + "]"));
            backend.shipments().find(KEY);
            server.answer(StubServer.Answer.json(400, V4Fixtures.error(4102, "does not exist")));
            server.answerOk(ok("[]"));

            ItemOutcome<ShipmentKey> first = backend.shipments().delete(KEY);
            server.answerOk(ok("[]"));
            ItemOutcome<ShipmentKey> second = backend.shipments().delete(KEY);

            assertThat(first.isRejectedFor(RejectionReason.NOT_FOUND)).isTrue();
            assertThat(second.isRejectedFor(RejectionReason.NOT_FOUND)).isTrue();
            // The second delete had no cached id left: one lookup, no delete call.
            assertThat(server.requests()).hasSize(4);
            assertThat(server.request(3).rawPath()).isEqualTo("/v4/trackings/get");
        }
    }

    @Test
    void aCachedIdSavesTheLookup() {
        try (StubServer server = new StubServer();
                TrackingMoreV4Backend backend = V4Fixtures.backend(server, V4Fixtures.time())) {
            server.answerOk(ok("[" + tracking(V4Fixtures.ID, "usps", NUMBER, "transit", "") + "]"), ok("{}"));
            backend.shipments().find(KEY);

            assertThat(backend.shipments().delete(KEY).isAccepted()).isTrue();

            assertThat(server.requests()).extracting(StubServer.Request::method).containsExactly("GET", "DELETE");
        }
    }
}

package io.parcelport.adapter.aftership;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.rest.IdCache;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The id cache stays within its bound, drops the least recently used key first, and survives concurrent use. */
class IdCacheTest {

    @Test
    void theLeastRecentlyUsedKeyGoesFirstAndForgetRemoves() {
        IdCache cache = new IdCache(2);
        ShipmentKey a = ShipmentKey.of("ups", "A");
        ShipmentKey b = ShipmentKey.of("ups", "B");
        ShipmentKey c = ShipmentKey.of("ups", "C");
        cache.remember(a, "1");
        cache.remember(b, "2");
        cache.get(a);
        cache.remember(c, "3");

        assertThat(cache.get(b)).isEmpty();
        assertThat(cache.get(a)).contains("1");
        assertThat(cache.get(c)).contains("3");
        cache.forget(a);
        assertThat(cache.get(a)).isEmpty();
        IdCache off = new IdCache(0);
        off.remember(a, "1");
        assertThat(off.size()).isZero();
    }

    @Test
    void concurrentPutsNeverExceedTheBound() throws Exception {
        IdCache cache = new IdCache(100);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        ShipmentKey key = ShipmentKey.of("ups", "T" + thread + "N" + i);
                        cache.remember(key, "id" + i);
                        cache.get(key);
                        if (i % 3 == 0) {
                            cache.forget(key);
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(cache.size()).isLessThanOrEqualTo(100);
    }
}

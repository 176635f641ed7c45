package io.parcelport.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.shipment.ShipmentKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The ranked list against a {@link TreeSet} of the same entries, over random inserts and removals. */
class RankedEntriesTest {

    private static final Instant T0 = Instant.parse("2025-01-06T09:00:00Z");

    @Property(tries = 40)
    void ranksAndRunsMatchASortedSet(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3_000) int operations,
            @ForAll @IntRange(min = 1, max = 400) int distinctTimes, @ForAll boolean inTimeOrder) {
        Random random = new Random(seed);
        RankedEntries ranked = new RankedEntries();
        TreeSet<Entry> reference = new TreeSet<>(RankedEntries::compare);
        List<Entry> live = new ArrayList<>();
        for (int op = 0; op < operations; op++) {
            if (!live.isEmpty() && random.nextInt(4) == 0) {
                Entry gone = live.remove(random.nextInt(live.size()));
                assertThat(ranked.remove(gone)).isTrue();
                assertThat(ranked.remove(gone)).as("removed twice").isFalse();
                reference.remove(gone);
            } else {
                // Few distinct times, so that many entries tie on time and are ordered by key.
                int t = inTimeOrder ? op / Math.max(1, operations / distinctTimes) : random.nextInt(distinctTimes);
                Entry e = new Entry(ShipmentKey.of("usps", "RK" + op), T0.plusSeconds(t), op, Details.EMPTY,
                        Scenario.DELIVERED);
                ranked.add(e);
                reference.add(e);
                live.add(e);
            }
        }
        List<Entry> expected = new ArrayList<>(reference);
        assertThat(ranked.size()).isEqualTo(expected.size());
        List<Entry> all = new ArrayList<>();
        ranked.forEach(0, ranked.size(), all::add);
        assertThat(all).containsExactlyElementsOf(expected);
        for (int i = 0; i < 50 && !expected.isEmpty(); i++) {
            int from = random.nextInt(expected.size());
            int to = from + random.nextInt(expected.size() - from + 1);
            List<Entry> run = new ArrayList<>();
            ranked.forEach(from, to, run::add);
            assertThat(run).containsExactlyElementsOf(expected.subList(from, to));
        }
        for (int t = -1; t <= distinctTimes + 1; t += 1 + random.nextInt(7)) {
            Instant at = T0.plusSeconds(t);
            assertThat(ranked.countBefore(at, false))
                    .isEqualTo(expected.stream().filter(e -> e.createdAt.isBefore(at)).count());
            assertThat(ranked.countBefore(at, true))
                    .isEqualTo(expected.stream().filter(e -> !e.createdAt.isAfter(at)).count());
        }
    }
}

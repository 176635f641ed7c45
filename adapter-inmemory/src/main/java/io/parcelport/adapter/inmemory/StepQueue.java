package io.parcelport.adapter.inmemory;

import io.parcelport.domain.shipment.StatusUpdate;
import io.parcelport.domain.shipment.SubStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Moves the simulated parcels: a queue of the next step of each moving entry, by due time, and the work of applying
 * every step that has come due.
 *
 * <p>Not thread-safe: every method but {@link #hasDue} runs under the {@link ShipmentStore}'s write lock. The next due
 * time is volatile so that a reader can tell, without the lock, whether it must take the write lock first.
 */
final class StepQueue {

    private final EntryIndex index;
    private final EntryView view;
    private final PriorityQueue<Entry> due = new PriorityQueue<>(Comparator.comparingLong(e -> e.nextDueMillis));
    private volatile long nextDue = Long.MAX_VALUE;

    StepQueue(EntryIndex index, EntryView view) {
        this.index = index;
        this.view = view;
    }

    /** Whether some step has come due by {@code now}; safe without the lock. */
    boolean hasDue(Instant now) {
        return nextDue <= now.toEpochMilli();
    }

    /** Applies every step of {@code e} due by {@code now}, then queues its next one. Under the write lock. */
    void advance(Entry e, Instant now) {
        Simulator.Plan plan = view.planOf(e);
        long nowMillis = now.toEpochMilli();
        while (e.step + 1 < plan.size()) {
            Instant at = e.trackedSince.plus(plan.step(e.step + 1).offset());
            if (at.toEpochMilli() > nowMillis) {
                e.nextDueMillis = at.toEpochMilli();
                e.queued = true;
                due.add(e);
                nextDue = due.peek().nextDueMillis;
                return;
            }
            Simulator.Step next = plan.step(e.step + 1);
            // The simulated carrier's report goes through the domain like any backend's; a refused one (a plan the
            // state machine forbids) still adds its events but leaves the status where it was.
            StatusUpdate moved = view.statusOf(e).observe(next.status(), SubStatus.ofNullable(next.subStatus()), at);
            e.step++;
            e.carrierStatus = (byte) moved.status().carrierStatus().ordinal();
            e.touch(at);
            index.recount(e);
        }
    }

    /** Applies every due step of every moving shipment. Under the write lock. */
    void advanceAll(Instant now) {
        long nowMillis = now.toEpochMilli();
        while (!due.isEmpty() && due.peek().nextDueMillis <= nowMillis) {
            Entry e = due.poll();
            e.queued = false;
            if (e.live && e.refreshing) {
                advance(e, now);
            }
        }
        nextDue = due.isEmpty() ? Long.MAX_VALUE : due.peek().nextDueMillis;
    }
}

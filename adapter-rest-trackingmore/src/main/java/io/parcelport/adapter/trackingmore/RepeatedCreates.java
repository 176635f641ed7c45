package io.parcelport.adapter.trackingmore;

import java.lang.System.Logger.Level;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.RateLimitedException;
import io.parcelport.ports.Rejection;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.TransportException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One create call's record of its failed attempts, and what it means for items answered "already exists".
 *
 * <p>A create is repeated after an ambiguous failure (a read timeout, a reset, a 5xx, an unreadable answer): when
 * TrackingMore had processed the first attempt, the repeat answers 4016 for shipments that this very call
 * registered. Reporting those as {@code ALREADY_EXISTS} would tell an importer "someone else did it". So after such
 * a repeat, each item answered 4016 is read back with its own {@code GET} (paced and retried as a read; its failure
 * never re-sends the create) and reported accepted, {@link ItemOutcome#foundOnRepeat() found on repeat}. When the
 * read-back fails, the item stays {@code ALREADY_EXISTS} (done for an import) and its message says so.
 *
 * <p>One instance per call; the pacer runs a call's attempts on the caller's thread, one after another.
 */
final class RepeatedCreates implements Consumer<BackendException> {
    private static final System.Logger LOG = System.getLogger(RepeatedCreates.class.getName());

    private final ShipmentReads reads;
    private boolean ambiguousAttempt;

    RepeatedCreates(ShipmentReads reads) {
        this.reads = reads;
    }

    @Override
    public void accept(BackendException failure) {
        if (!provablyNotProcessed(failure)) {
            ambiguousAttempt = true;
        }
    }

    // The vendor's own 429 and a refused connection prove the server did nothing; everything else may hide a
    // processed request (mirrors the pacing's RetryPolicy, which decides on the same distinction).
    private static boolean provablyNotProcessed(BackendException failure) {
        return failure instanceof RateLimitedException && failure.httpStatus().isPresent()
                || failure instanceof TransportException && failure.getCause() instanceof ConnectException;
    }

    /** Whether an earlier attempt of this call failed in a way that leaves open whether TrackingMore acted. */
    boolean earlierAttemptMayHaveActed() {
        return ambiguousAttempt;
    }

    /** {@code outcomes} (one per item of {@code shipments}) with each "already exists" resolved as described above. */
    List<ItemOutcome<Shipment>> resolve(List<NewShipment> shipments, List<ItemOutcome<Shipment>> outcomes) {
        if (!ambiguousAttempt) {
            return outcomes;
        }
        List<ItemOutcome<Shipment>> out = new ArrayList<>(outcomes.size());
        for (int i = 0; i < outcomes.size(); i++) {
            out.add(resolve(shipments.get(i), outcomes.get(i)));
        }
        return out;
    }

    ItemOutcome<Shipment> resolve(NewShipment shipment, ItemOutcome<Shipment> outcome) {
        if (!ambiguousAttempt || !outcome.isRejectedFor(RejectionReason.ALREADY_EXISTS)) {
            return outcome;
        }
        Rejection rejection = outcome.rejection().orElseThrow();
        Optional<Shipment> read;
        try {
            read = reads.find(shipment.key());
        } catch (BackendException e) {
            LOG.log(Level.DEBUG, () -> shipment.key() + " answered 'already exists' on a repeat; reading it back"
                    + " failed (" + e.getClass().getSimpleName() + ")");
            return ItemOutcome.rejected(new Rejection(rejection.reason(), rejection.message()
                    + "; answered on a repeat after an ambiguous failure, so this call may have registered it"
                    + " (reading it back failed)", rejection.backendCode()));
        }
        return read.<ItemOutcome<Shipment>>map(ItemOutcome::acceptedFoundOnRepeat).orElse(outcome);
    }
}

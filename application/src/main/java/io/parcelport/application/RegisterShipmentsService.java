package io.parcelport.application;

import io.parcelport.domain.CarrierCode;
import io.parcelport.domain.Shipment;
import io.parcelport.domain.ShipmentKey;
import io.parcelport.domain.TrackingNumber;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.in.RegisterShipmentsUseCase;
import io.parcelport.ports.out.ShipmentTracker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Registers any number of shipments: checks them locally, sends each distinct key once in chunks of the backend's
 * batch size, a few chunks at a time, and answers one outcome per input item in input order.
 *
 * <p>Local checks come first and cost nothing: a key repeated in the input is sent once, and its later occurrences
 * are {@code ALREADY_EXISTS} without a call, as the backend itself would answer (or, when the first occurrence was
 * refused, get the same refusal: a repeat is never called done when its first was not); and with {@link #registerRaw} a
 * malformed carrier or number is {@code INVALID_CARRIER} / {@code INVALID_TRACKING_NUMBER}. A chunk refused as
 * "rate limited" is retried as {@link RateLimitRetry} says (safe: the backend did nothing, and registration is
 * idempotent); other backend failures become rejections as {@link Failures} describes, so {@link #registerAll} never
 * throws a backend exception and loses no item. {@link #register} (one item) lets them propagate instead.
 */
public final class RegisterShipmentsService implements RegisterShipmentsUseCase {

    private final ShipmentTracker tracker;
    private final BatchRunner runner;
    private final ShipmentEvents events;
    private final RateLimiter limiter;
    private final RateLimitRetry retry;
    private final int batchSize;

    /**
     * A service over {@code tracker}.
     *
     * @param tracker the backend's shipments
     * @param runner runs the chunks (its parallelism bounds the chunks in flight)
     * @param events the hub that learns the status of registered shipments
     * @param limiter paces the calls and carries "retry after" pauses to every chunk; {@link RateLimiter#unlimited}
     *     when the backend sets no rate for writes
     * @param retry how to answer "rate limited"
     */
    public RegisterShipmentsService(ShipmentTracker tracker, BatchRunner runner, ShipmentEvents events,
            RateLimiter limiter, RateLimitRetry retry) {
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.events = Objects.requireNonNull(events, "events");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.batchSize = tracker.limits().maxBatchSize();
    }

    @Override
    public ItemOutcome<Shipment> register(NewShipment shipment) {
        Objects.requireNonNull(shipment, "shipment");
        ItemOutcome<Shipment> outcome = retry.call(limiter, () -> tracker.create(shipment));
        outcome.value().ifPresent(events::observe);
        return outcome;
    }

    @Override
    public List<ItemOutcome<Shipment>> registerAll(List<NewShipment> shipments) {
        Objects.requireNonNull(shipments, "shipments");
        List<NewShipment> toSend = new ArrayList<>();
        // For each input item, the index in toSend of the item that carries its key.
        int[] sentAs = new int[shipments.size()];
        Map<ShipmentKey, Integer> firstSent = new HashMap<>();
        for (int i = 0; i < shipments.size(); i++) {
            NewShipment shipment = Objects.requireNonNull(shipments.get(i), "shipments[" + i + "]");
            Integer first = firstSent.putIfAbsent(shipment.key(), toSend.size());
            if (first == null) {
                sentAs[i] = toSend.size();
                toSend.add(shipment);
            } else {
                sentAs[i] = first;
            }
        }
        List<ItemOutcome<Shipment>> answers = runner.run(toSend, batchSize,
                chunk -> retry.call(limiter, () -> tracker.createAll(chunk)));
        answers.forEach(answer -> answer.value().ifPresent(events::observe));
        List<ItemOutcome<Shipment>> outcomes = new ArrayList<>(shipments.size());
        boolean[] answered = new boolean[toSend.size()];
        for (int i = 0; i < shipments.size(); i++) {
            ItemOutcome<Shipment> answer = answers.get(sentAs[i]);
            if (!answered[sentAs[i]]) {
                answered[sentAs[i]] = true;
                outcomes.add(answer);
            } else if (answer.isDone()) {
                outcomes.add(ItemOutcome.rejected(RejectionReason.ALREADY_EXISTS,
                        shipments.get(i).key() + " appears earlier in the same input; it is registered once"));
            } else {
                // The earlier occurrence was refused: say the same of this one rather than claim it is done.
                outcomes.add(answer);
            }
        }
        return outcomes;
    }

    /**
     * Registers shipments given as raw text, for imports: each item is parsed first, and a missing or malformed
     * carrier code is rejected {@code INVALID_CARRIER}, a missing or malformed number {@code
     * INVALID_TRACKING_NUMBER} (the carrier is checked first), with the parser's message, before any call. The valid
     * ones are registered as by {@link #registerAll}. One outcome per input item, in input order.
     */
    public List<ItemOutcome<Shipment>> registerRaw(List<RawShipment> raw) {
        Objects.requireNonNull(raw, "raw");
        List<ItemOutcome<Shipment>> outcomes = new ArrayList<>(raw.size());
        List<NewShipment> valid = new ArrayList<>();
        List<Integer> validFrom = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            RawShipment item = Objects.requireNonNull(raw.get(i), "raw[" + i + "]");
            ItemOutcome<Shipment> invalid = null;
            CarrierCode carrier = null;
            TrackingNumber number = null;
            try {
                carrier = CarrierCode.of(Objects.requireNonNull(item.carrier(), "carrier code is missing"));
            } catch (IllegalArgumentException | NullPointerException e) {
                invalid = ItemOutcome.rejected(RejectionReason.INVALID_CARRIER, e.getMessage());
            }
            if (invalid == null) {
                try {
                    number = TrackingNumber.of(
                            Objects.requireNonNull(item.trackingNumber(), "tracking number is missing"));
                } catch (IllegalArgumentException | NullPointerException e) {
                    invalid = ItemOutcome.rejected(RejectionReason.INVALID_TRACKING_NUMBER, e.getMessage());
                }
            }
            outcomes.add(invalid);
            if (invalid == null) {
                valid.add(NewShipment.of(carrier, number));
                validFrom.add(i);
            }
        }
        List<ItemOutcome<Shipment>> answers = registerAll(valid);
        for (int j = 0; j < answers.size(); j++) {
            outcomes.set(validFrom.get(j), answers.get(j));
        }
        return outcomes;
    }
}

package io.parcelport.application;

import io.parcelport.domain.aircargo.AirCargoTracking;
import io.parcelport.domain.aircargo.AirWaybill;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.in.TrackAirCargoUseCase;
import io.parcelport.ports.out.AirCargoTracker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tracks air cargo by air waybill, never spending quota on a number that cannot exist.
 *
 * <p>Each waybill is parsed with {@link AirWaybill#parse} first; one that is malformed or fails the IATA check digit
 * is rejected {@code INVALID_TRACKING_NUMBER} locally, with the parser's message naming the value and the problem.
 * Spellings of the same waybill ({@code 172-28891936}, {@code 17228891936}) are looked up once and every occurrence
 * gets that outcome. Distinct valid waybills go to the backend in chunks of its {@link
 * AirCargoTracker#maxWaybillsPerCall()}, run by a {@link BatchRunner}; backend failures become per-item outcomes
 * as {@link Failures} describes (an exhausted quota stops the rest unsent). One outcome per input, in input order.
 */
record TrackAirCargoService(AirCargoTracker tracker, BatchRunner runner) implements TrackAirCargoUseCase {

    @Override
    public ItemOutcome<AirCargoTracking> track(String waybill) {
        return trackAll(List.of(Objects.requireNonNull(waybill, "waybill"))).get(0);
    }

    @Override
    public List<ItemOutcome<AirCargoTracking>> trackAll(List<String> waybills) {
        Objects.requireNonNull(waybills, "waybills");
        List<ItemOutcome<AirCargoTracking>> invalid = new ArrayList<>(waybills.size());
        List<AirWaybill> parsed = new ArrayList<>(waybills.size());
        // Insertion order, so the distinct waybills go out in the order they first appear.
        Map<AirWaybill, Integer> distinct = new LinkedHashMap<>();
        for (int i = 0; i < waybills.size(); i++) {
            String text = Objects.requireNonNull(waybills.get(i), "waybills[" + i + "]");
            try {
                AirWaybill waybill = AirWaybill.parse(text);
                parsed.add(waybill);
                invalid.add(null);
                distinct.putIfAbsent(waybill, distinct.size());
            } catch (IllegalArgumentException e) {
                parsed.add(null);
                invalid.add(ItemOutcome.rejected(RejectionReason.INVALID_TRACKING_NUMBER, e.getMessage()));
            }
        }
        List<ItemOutcome<AirCargoTracking>> answers = runner.run(new ArrayList<>(distinct.keySet()),
                tracker.maxWaybillsPerCall(), tracker::track);
        List<ItemOutcome<AirCargoTracking>> outcomes = new ArrayList<>(waybills.size());
        for (int i = 0; i < waybills.size(); i++) {
            AirWaybill waybill = parsed.get(i);
            outcomes.add(waybill == null ? invalid.get(i) : answers.get(distinct.get(waybill)));
        }
        return outcomes;
    }
}

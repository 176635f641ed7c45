package io.parcelport.wire.trackingmore;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.shipment.EventTime;
import io.parcelport.domain.shipment.Milestone;
import io.parcelport.domain.shipment.TrackingLeg;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MilestonesTest {

    @Test
    void writesTheDocumentedNames() {
        assertThat(Milestones.write(Milestone.RECEIVED)).isEqualTo("ItemReceived");
        assertThat(Milestones.write(Milestone.DEPARTED_AIRPORT)).isEqualTo("DepartfromAirport");
        assertThat(Milestones.write(Milestone.ARRIVED_AT_DELIVERY_OFFICE)).isEqualTo("DestinationArrived");
    }

    @ParameterizedTest
    @EnumSource(Milestone.class)
    void readsBackEveryNameItWrites(Milestone milestone) {
        assertThat(Milestones.read(Milestones.write(milestone))).contains(milestone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "null", "ItemLost", "itemreceived"})
    void readsNoMilestoneFromAnUnknownOrEmptyName(String name) {
        assertThat(Milestones.read(name)).isEmpty();
        assertThat(Milestones.read(null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Milestone.class)
    void findsInAWrittenLegTheTimeOfEachMilestoneUnderItsName(Milestone milestone) {
        EventTime time = new EventTime(LocalDateTime.of(2025, 6, 1, 10, 30), Optional.empty());
        TrackingLeg leg = new TrackingLeg(Optional.empty(), List.of(), Map.of(milestone, time), Optional.empty(),
                Optional.empty(), Optional.empty());

        Wire.Leg read = WireBinding.bind(WireWriter.leg(leg), Wire.Leg.class, "leg");

        assertThat(Milestones.timeIn(read, milestone)).isEqualTo("2025-06-01 10:30:00");
        for (Milestone other : Milestone.values()) {
            if (other != milestone) {
                assertThat(Milestones.timeIn(read, other)).isNull();
            }
        }
    }
}

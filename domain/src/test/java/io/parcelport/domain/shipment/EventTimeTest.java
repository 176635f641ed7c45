package io.parcelport.domain.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class EventTimeTest {

    @Test
    void keepsTheOffsetWhenTheCarrierGaveOne() {
        EventTime time = EventTime.of(OffsetDateTime.parse("2019-08-20T14:56:55+08:00"));
        assertThat(time.local()).isEqualTo(LocalDateTime.parse("2019-08-20T14:56:55"));
        assertThat(time.toInstant()).contains(Instant.parse("2019-08-20T06:56:55Z"));
        assertThat(time).hasToString("2019-08-20T14:56:55+08:00");
    }

    @Test
    void inventsNoZoneForALocalTime() {
        EventTime time = EventTime.of(LocalDateTime.parse("2018-04-11T15:56"));
        assertThat(time.offset()).isEmpty();
        assertThat(time.toInstant()).isEmpty();
    }

    @Test
    void ordersByInstantWhenBothOffsetsAreKnown() {
        EventTime shanghaiMorning = EventTime.of(OffsetDateTime.parse("2020-01-01T09:00:00+08:00"));
        EventTime londonNight = EventTime.of(OffsetDateTime.parse("2020-01-01T02:30:00Z"));
        assertThat(shanghaiMorning).isLessThan(londonNight);
    }

    @Test
    void ordersByWallClockOtherwise() {
        EventTime early = EventTime.of(LocalDateTime.parse("2020-01-01T09:00"));
        EventTime late = EventTime.of(OffsetDateTime.parse("2020-01-01T10:00:00+08:00"));
        assertThat(early).isLessThan(late);
    }
}

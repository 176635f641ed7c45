package io.parcelport.wire.trackingmore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WireTimesTest {

    @ParameterizedTest
    @CsvSource({
        "2025-06-01T10:00:00+08:00, 2025-06-01T10:00, +08:00",
        "2025-06-01T10:00:00+0800,  2025-06-01T10:00, +08:00",
        "2025-06-01T10:00:00-05:30, 2025-06-01T10:00, -05:30",
        "2024-02-29T23:59:59Z,      2024-02-29T23:59:59, Z",
        "2025-06-01T10:00:00.5+08:00, 2025-06-01T10:00:00.5, +08:00",
    })
    void readsIsoTimesWithTheirOffsetInEverySpellingTrackingMoreUses(String wire, String local, String offset) {
        assertThat(WireTimes.stamp(wire, "created_at")).contains(
                new WireTimes.EventStamp(LocalDateTime.parse(local), Optional.of(ZoneOffset.of(offset))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30T10:00:00+08:00", "2025-06-01T25:00:00+08:00", "2025-06-01T10:00:00+19:00",
        "2025-06-01T10:00:00+08:61", "2025-06-01T1O:00:00+08:00", "2025-13-01 10:00", "2025-06-01 10:00:6x", "2025-02-30 10:00"})
    void refusesImpossibleTimesWhateverPathReadsThem(String wire) {
        assertThatThrownBy(() -> WireTimes.stamp(wire, "created_at"))
                .isInstanceOf(MalformedAnswerException.class).hasMessageContaining("created_at");
    }

    @Test
    void theHandWrittenReadingsAgreeWithTheJdksFormattersOnRandomTimes() {
        Random random = new Random(7);
        DateTimeFormatter local = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
        for (int i = 0; i < 5_000; i++) {
            LocalDateTime time = LocalDateTime.of(1970 + random.nextInt(130), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60));
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(36 * 4 + 1) - 18 * 4) * 15 * 60);
            String iso = time.atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            String noColon = offset.getTotalSeconds() == 0 ? iso
                    : iso.substring(0, iso.length() - 3) + iso.substring(iso.length() - 2);

            OffsetDateTime expected = OffsetDateTime.parse(iso);
            for (String spelling : new String[] {iso, noColon}) {
                assertThat(WireTimes.stamp(spelling, "t")).as(spelling).contains(new WireTimes.EventStamp(
                        expected.toLocalDateTime(), Optional.of(expected.getOffset())));
            }
            assertThat(WireTimes.stamp(local.format(time), "t"))
                    .contains(new WireTimes.EventStamp(time, Optional.empty()));
            assertThat(WireTimes.freeTime(local.format(time))).contains(time);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "2017/8/27 16:51,     2017-08-27T16:51",
        "2018-04-01 10:08,    2018-04-01T10:08",
        "2018-04-01 10:08:09, 2018-04-01T10:08:09",
        "2018-04-01,          2018-04-01T00:00",
    })
    void readsMerchantsOrderTimesInTheirSpellings(String wire, String expected) {
        assertThat(WireTimes.freeTime(wire)).contains(LocalDateTime.parse(expected));
    }

    @Test
    void anOrderTimeThatIsARemarkIsLeftOut() {
        assertThat(WireTimes.freeTime("next tuesday")).isEmpty();
        assertThat(WireTimes.freeTime("2018-02-30 10:08")).isEmpty();
    }
}

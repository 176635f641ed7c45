package io.parcelport.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.pacing.ManualTicker;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.QuotaExhaustedException;
import io.parcelport.ports.RateLimitedException;
import io.parcelport.ports.ShipmentQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultsTest {

    private final ManualClock clock = ManualClock.at(Instant.parse("2025-01-06T09:00:00Z"));
    private final ManualTicker ticker = new ManualTicker();

    private InMemoryBackend backend(Faults.Builder faults) {
        return InMemoryBackend.builder().clock(clock).faults(faults.ticker(ticker).build()).build();
    }

    private static NewShipment shipment(int i) {
        return NewShipment.of(ShipmentKey.of("usps", "PK" + (10000 + i)));
    }

    @Test
    void faultsAreOffByDefault() {
        InMemoryBackend backend = InMemoryBackend.create();

        assertThat(backend.faults()).isSameAs(Faults.none());
        for (int i = 0; i < 10; i++) {
            backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(1));
            backend.shipments().trackNow(shipment(i));
        }
    }

    @Test
    void fixedLatencyIsWaitedOutThroughTheTickerOnEveryCall() {
        InMemoryBackend backend = backend(Faults.builder().latency(Duration.ofMillis(250)));

        backend.shipments().create(shipment(1));
        backend.carriers().carriers(LanguageCode.ENGLISH);

        assertThat(ticker.sleeps()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(250));
    }

    @Test
    void randomLatencyStaysWithinItsBoundsAndRepeatsWithTheSameSeed() {
        InMemoryBackend first = backend(Faults.builder().latency(Duration.ofMillis(10), Duration.ofMillis(900))
                .seed(7));
        for (int i = 0; i < 20; i++) {
            first.account().info();
        }
        List<Duration> firstRun = ticker.sleeps();
        InMemoryBackend second = backend(Faults.builder().latency(Duration.ofMillis(10), Duration.ofMillis(900))
                .seed(7));
        for (int i = 0; i < 20; i++) {
            second.account().info();
        }

        assertThat(firstRun).allSatisfy(d -> assertThat(d).isBetween(Duration.ofMillis(10), Duration.ofMillis(900)));
        assertThat(firstRun.stream().distinct().count()).isGreaterThan(1);
        assertThat(ticker.sleeps().subList(20, 40)).isEqualTo(firstRun);
    }

    @Test
    void aFailureRateOfOneFailsThatOperationOnly() {
        InMemoryBackend backend = backend(Faults.builder().failureRate(Faults.Operation.CREATE, 1.0));

        assertThatThrownBy(() -> backend.shipments().create(shipment(1)))
                .isInstanceOf(BackendUnavailableException.class)
                .satisfies(e -> assertThat(((BackendUnavailableException) e).isRetryable()).isTrue());
        assertThat(backend.shipments().trackNow(shipment(2)).isAccepted()).isTrue();
        assertThat(backend.size()).as("the failed create changed nothing").isEqualTo(1);
    }

    @Test
    void randomFailuresRepeatWithTheSameSeed() {
        List<Boolean> first = outcomes(backend(Faults.builder().failureRate(0.5).seed(99)));
        List<Boolean> second = outcomes(backend(Faults.builder().failureRate(0.5).seed(99)));

        assertThat(first).isEqualTo(second).contains(true, false);
    }

    private static List<Boolean> outcomes(InMemoryBackend backend) {
        List<Boolean> failed = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            try {
                backend.account().info();
                failed.add(false);
            } catch (BackendUnavailableException e) {
                failed.add(true);
            }
        }
        return failed;
    }

    @Test
    void realTimeCallsAreLimitedToThreePerSecondWithARetryAfter() {
        InMemoryBackend backend = backend(Faults.builder().rateLimited(true));
        for (int i = 0; i < 3; i++) {
            backend.shipments().trackNow(shipment(i));
        }
        clock.advance(Duration.ofMillis(400));

        assertThatThrownBy(() -> backend.shipments().trackNow(shipment(3)))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofMillis(600)));
        clock.advance(Duration.ofMillis(600));
        assertThat(backend.shipments().trackNow(shipment(3)).isAccepted()).isTrue();
    }

    @Test
    void listCallsAreLimitedToOnePerSecond() {
        InMemoryBackend backend = backend(Faults.builder().rateLimited(true));
        backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(10));

        assertThatThrownBy(() -> backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(10)))
                .isInstanceOf(RateLimitedException.class);
        assertThat(backend.shipments().find(shipment(1).key())).as("other calls are not limited").isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(10)).total()).hasValue(0);
    }

    @Test
    void forcedQuotaExhaustionRefusesPaidWorkUntilItIsLifted() {
        InMemoryBackend backend = backend(Faults.builder().quotaExhausted(true));

        assertThatThrownBy(() -> backend.shipments().create(shipment(1))).isInstanceOf(QuotaExhaustedException.class);
        assertThat(backend.account().info().remainingQuota()).isZero();

        backend.faults(Faults.none());

        assertThat(backend.account().info().remainingQuota()).isEqualTo(InMemoryBackend.DEFAULT_QUOTA);
        assertThat(backend.shipments().create(shipment(1)).isAccepted()).isTrue();
    }
}

package io.parcelport.application;

import static io.parcelport.application.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.parcelport.adapter.inmemory.ManualClock;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.carrier.CarrierKind;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.out.CarrierDirectory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CarriersServiceTest {

    private static final Carrier DHL = Carrier.of(CarrierCode.of("dhl"), "DHL", CarrierKind.values()[0]);
    private static final Carrier UPS = Carrier.of(CarrierCode.of("ups"), "UPS", CarrierKind.values()[0]);
    private static final TrackingNumber NUMBER = TrackingNumber.of("1Z999AA10123456784");

    private final CarrierDirectory directory = mock(CarrierDirectory.class);
    private final ManualClock time = ManualClock.at(T0);
    private final CarriersService service = new CarriersService(directory, time, Duration.ofHours(1), 2,
            LanguageCode.ENGLISH);

    CarriersServiceTest() {
        when(directory.carriers(LanguageCode.ENGLISH)).thenReturn(List.of(DHL, UPS));
        when(directory.detect(any())).thenReturn(List.of(UPS, DHL));
    }

    @Test
    void fetchesTheCarrierListOnceWhileItIsFresh() {
        service.carriers();
        time.advance(Duration.ofMinutes(59));
        assertThat(service.carriers()).containsExactly(DHL, UPS);

        verify(directory, times(1)).carriers(any());
    }

    @Test
    void fetchesTheCarrierListAgainOnceItExpires() {
        service.carriers();
        time.advance(Duration.ofHours(1));
        service.carriers();

        verify(directory, times(2)).carriers(any());
    }

    @Test
    void looksUpOneCarrierInTheCachedList() {
        assertThat(service.carrier(CarrierCode.of("ups"))).contains(UPS);
        assertThat(service.carrier(CarrierCode.of("fedex"))).isEmpty();
        verify(directory, times(1)).carriers(any());
    }

    @Test
    void detectsTheCarrierOfANumberOnce() {
        assertThat(service.detect(NUMBER)).containsExactly(UPS, DHL);
        assertThat(service.detect(NUMBER)).containsExactly(UPS, DHL);

        verify(directory, times(1)).detect(NUMBER);
    }

    @Test
    void forgetsTheLeastRecentlyUsedDetectionBeyondTheCacheSize() {
        TrackingNumber a = TrackingNumber.of("A1");
        TrackingNumber b = TrackingNumber.of("B2");
        TrackingNumber c = TrackingNumber.of("C3");
        service.detect(a);
        service.detect(b);
        service.detect(a); // a is now the most recently used
        service.detect(c); // evicts b

        service.detect(a);
        service.detect(b);

        verify(directory, times(1)).detect(a);
        verify(directory, times(2)).detect(b);
    }

    @Test
    void resolvesAPinnedCarrierWithoutDetecting() {
        assertThat(service.resolve(NUMBER, Optional.of(CarrierCode.of("dhl")))).contains(CarrierCode.of("dhl"));
        verify(directory, never()).detect(any());
    }

    @Test
    void resolvesAnUnpinnedNumberToTheMostLikelyDetectedCarrier() {
        assertThat(service.resolve(NUMBER, Optional.empty())).contains(CarrierCode.of("ups"));
    }

    @Test
    void resolvesNothingWhenNoCarrierIsDetected() {
        when(directory.detect(NUMBER)).thenReturn(List.of());

        assertThat(service.resolve(NUMBER, Optional.empty())).isEmpty();
        assertThat(service.resolve(NUMBER, Optional.empty())).isEmpty();
        verify(directory, times(1)).detect(NUMBER);
    }
}

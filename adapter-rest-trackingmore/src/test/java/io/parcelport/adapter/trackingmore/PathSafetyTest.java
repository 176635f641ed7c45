package io.parcelport.adapter.trackingmore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.RejectionReason;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No tracking number or carrier code can change the request path or add a header. */
class PathSafetyTest extends ReplayBackendTest {

    @BeforeEach
    void answerNotFound() {
        server.answerAlways(ReplayServer.Answer.ok("{\"meta\":{\"code\":4017},\"data\":[]}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/../b", "../etc", "a/b", "a\\b", "..", "a\r\nX-Injected: 1", "a b", "a\tb", "a\u0000b"})
    void numbersThatCouldEscapeThePathCannotEvenBeBuilt(String number) {
        assertThatThrownBy(() -> TrackingNumber.of(number)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ups/..", "u%2Fps", "ups?x=1", "ups#frag", "UP\r\nS", "u p s", "../ups"})
    void carrierCodesThatCouldEscapeThePathCannotEvenBeBuilt(String code) {
        assertThatThrownBy(() -> CarrierCode.of(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oddButAllowedCharactersArePercentEncodedInThePath() {
        ShipmentKey key = new ShipmentKey(CarrierCode.of("ups"), TrackingNumber.of("A#B?C%D%2F"));

        assertThat(backend.shipments().find(key)).isEmpty();

        ReplayServer.Request r = server.onlyRequest();
        assertThat(r.rawPath()).isEqualTo("/v2/trackings/ups/A%23B%3FC%25D%252F");
        assertThat(r.rawQuery()).isNull();
        assertThat(r.headers().keySet()).noneMatch(h -> h.equalsIgnoreCase("X-Injected"));
    }

    @Test
    void aSemicolonThatServersMayReadAsAPathParameterIsRefusedBeforeSending() {
        ShipmentKey key = new ShipmentKey(CarrierCode.of("ups"), TrackingNumber.of("A;B"));

        assertRefusedAsAnInvalidNumber(() -> backend.shipments().find(key));
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aSemicolonIsRefusedBeforeSendingByUpdateAndDeleteToo() {
        ShipmentKey key = new ShipmentKey(CarrierCode.of("ups"), TrackingNumber.of("A;B"));

        assertRefusedAsAnInvalidNumber(() -> backend.shipments().update(key,
                io.parcelport.ports.ShipmentChanges.builder().title("t").build()));
        assertRefusedAsAnInvalidNumber(() -> backend.shipments().delete(key));
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void nonAsciiNumbersAreUtf8PercentEncoded() {
        backend.shipments().delete(new ShipmentKey(CarrierCode.of("china-post"), TrackingNumber.of("单号-1")));

        assertThat(server.onlyRequest().rawPath()).isEqualTo("/v2/trackings/china-post/%E5%8D%95%E5%8F%B7-1");
    }

    private static void assertRefusedAsAnInvalidNumber(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.reason()).isEqualTo(RejectionReason.INVALID_TRACKING_NUMBER));
    }
}

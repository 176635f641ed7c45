package io.parcelport.adapter.trackingmorev4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.pacing.RetryPolicy;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.RateLimitedException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The adapter's pacing on fake time: the 120 s cool-down after a 429, Retry-After, and the create rate. */
class PacingTest {
    private static final String LIMITED = V4Fixtures.error(429, "Exceeded API request limits.");
    private static final String COURIERS = V4Fixtures.ok("[{\"courier_code\":\"usps\",\"courier_name\":\"USPS\"}]");

    @Test
    void a429WithoutRetryAfterCoolsDownForTheDocumented120Seconds() {
        V4Fixtures.V4Time time = V4Fixtures.time();
        try (StubServer server = new StubServer();
                TrackingMoreV4Backend backend = TrackingMoreV4Backend.create(V4Fixtures.config(server, time)
                        .retryPolicy(RetryPolicy.DEFAULT).rateLimits(V4RateLimits.DEFAULT).build())) {
            server.answer(StubServer.Answer.json(429, LIMITED));
            server.answerOk(COURIERS);

            assertThat(backend.carriers().carriers(LanguageCode.of("en"))).hasSize(1);

            assertThat(server.requests()).hasSize(2);
            assertThat(time.ticker().sleeps()).contains(Duration.ofSeconds(120));
        }
    }

    @Test
    void a429WithRetryAfterWaitsWhatTheServerSays() {
        V4Fixtures.V4Time time = V4Fixtures.time();
        try (StubServer server = new StubServer();
                TrackingMoreV4Backend backend = TrackingMoreV4Backend.create(V4Fixtures.config(server, time)
                        .retryPolicy(RetryPolicy.DEFAULT).build())) {
            server.answer(StubServer.Answer.json(429, LIMITED).withHeader("Retry-After", "9"));
            server.answerOk(COURIERS);

            backend.carriers().carriers(LanguageCode.of("en"));

            assertThat(time.ticker().sleeps()).contains(Duration.ofSeconds(9)).doesNotContain(Duration.ofSeconds(120));
        }
    }

    @Test
    void aCooledDownBackendRefusesOtherCallersRatherThanCallingAgain() {
        V4Fixtures.V4Time time = V4Fixtures.time();
        try (StubServer server = new StubServer();
                TrackingMoreV4Backend backend = TrackingMoreV4Backend.create(V4Fixtures.config(server, time)
                        .rateLimits(new V4RateLimits(10, 3, Duration.ofSeconds(1))).build())) {
            server.answer(StubServer.Answer.json(429, LIMITED));

            assertThatThrownBy(() -> backend.carriers().carriers(LanguageCode.of("en")))
                    .isInstanceOf(RateLimitedException.class);
            assertThatThrownBy(() -> backend.shipments().find(ShipmentKey.of("usps", "9400111899562537624326")))
                    .isInstanceOf(RateLimitedException.class).hasMessageContaining("cooling down");

            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void createsWaitOnTheirOwnThreePerSecondLimiter() {
        V4Fixtures.V4Time time = V4Fixtures.time();
        try (StubServer server = new StubServer();
                TrackingMoreV4Backend backend = TrackingMoreV4Backend.create(V4Fixtures.config(server, time)
                        .rateLimits(V4RateLimits.DEFAULT).build())) {
            server.answerAlways(StubServer.Answer.ok(V4Fixtures.ok(V4Fixtures.amazon())));
            for (int i = 0; i < 4; i++) {
                backend.shipments().create(NewShipment.of(ShipmentKey.of("amazon", "TBA308626148196")));
            }

            assertThat(server.requests()).hasSize(4);
            assertThat(time.ticker().slept()).isPositive();
        }
    }
}

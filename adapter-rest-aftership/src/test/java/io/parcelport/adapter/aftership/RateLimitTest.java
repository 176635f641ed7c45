package io.parcelport.adapter.aftership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.adapter.aftership.StubServer.Answer;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.pacing.ManualTicker;
import io.parcelport.pacing.PacingEvent;
import io.parcelport.pacing.RetryPolicy;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.RateLimitedException;
import io.parcelport.ports.ShipmentQuery;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * AfterShip's per-endpoint limits from its headers: a 429 waits as {@code Retry-After} or {@code X-RateLimit-Reset}
 * says, a used-up window holds the next call until its reset, a new {@code X-RateLimit-Limit} replaces the
 * limiter, and a 429 on one endpoint does not hold back another. Time is a {@link ManualTicker}: nothing sleeps.
 */
class RateLimitTest {
    private static final ShipmentKey KEY = ShipmentKey.of("ups", "1Z1");
    private static final String TRACKING = Fixtures.tracking("id-1", "ups", "1Z1", "Pending", "Pending_001");
    private static final long START_SECONDS = Fixtures.START.getEpochSecond();

    private final List<PacingEvent> heard = new CopyOnWriteArrayList<>();
    private StubServer server;
    private ManualTicker ticker;
    private AfterShipBackend backend;

    @BeforeEach
    void start() {
        server = new StubServer();
        ticker = new ManualTicker();
        backend = AfterShipBackend.create(Fixtures.config(server, ticker)
                .retryPolicy(AfterShipConfig.DEFAULT_RETRY_POLICY).listener(heard::add).build());
    }

    @AfterEach
    void stop() {
        backend.close();
        server.close();
    }

    private static Answer tooMany() {
        return Answer.error(429, 429, "You have exceeded the API call rate limit.");
    }

    @Test
    void a429WaitsUntilTheResetItNamesThenRetries() {
        server.answer(tooMany().with("X-RateLimit-Reset", Long.toString(START_SECONDS + 3))
                        .with("X-RateLimit-Limit", "20").with("X-RateLimit-Remaining", "0"),
                Answer.ok(TRACKING));

        assertThat(backend.shipments().create(NewShipment.of(KEY)).isAccepted()).isTrue();

        assertThat(server.requests()).hasSize(2);
        assertThat(ticker.sleeps()).containsExactly(Duration.ofSeconds(3));
        assertThat(heard).extracting(PacingEvent::kind).containsExactly(PacingEvent.Kind.RETRY);
        assertThat(heard.get(0).delay()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void retryAfterWinsOverTheResetWhenBothAreSent() {
        server.answer(tooMany().with("Retry-After", "7")
                        .with("X-RateLimit-Reset", Long.toString(START_SECONDS + 2)),
                Answer.ok(Fixtures.page(null)));

        backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(5));

        assertThat(ticker.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aResetAlreadyPastIsReadAsOneWindowAndA429WithoutHeadersAsTheCoolDown() {
        server.answer(tooMany().with("X-RateLimit-Reset", Long.toString(START_SECONDS - 5)), tooMany(),
                Answer.ok(Fixtures.page(null)));

        backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(5));

        assertThat(ticker.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void aWaitLongerThanThePolicyAllowsFailsAtOnceCarryingIt() {
        server.always(tooMany().with("Retry-After", "3600"));

        assertThatThrownBy(() -> backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(5)))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));
        assertThat(server.requests()).hasSize(1);
        assertThat(ticker.sleeps()).isEmpty();
    }

    @Test
    void aUsedUpWindowHoldsTheNextCallOfThatEndpointUntilItsReset() {
        server.answer(Answer.ok(Fixtures.page(null)).with("X-RateLimit-Remaining", "0")
                        .with("X-RateLimit-Reset", Long.toString(START_SECONDS + 2)).with("X-RateLimit-Limit", "6"),
                Answer.ok(TRACKING), Answer.ok(Fixtures.page(null)));

        backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(5));
        backend.shipments().create(NewShipment.of(KEY));
        assertThat(ticker.sleeps()).as("another endpoint is not held back").isEmpty();
        backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(5));

        assertThat(ticker.sleeps()).containsExactly(Duration.ofSeconds(2));
        assertThat(heard).extracting(PacingEvent::cause).containsExactly("X-RateLimit-Remaining: 0");
    }

    @Test
    void aNewLimitHeaderReplacesTheDocumentedRate() {
        assertThat(backend.limitInForce(Endpoint.DETECT)).isEqualTo(3);
        server.answer(Answer.json(200, Fixtures.sample("detect_courier.response.legacy-sdk-java-fixture.json"))
                .with("X-RateLimit-Limit", "1").with("X-RateLimit-Remaining", "1"));
        server.always(Answer.json(200, Fixtures.sample("detect_courier.response.legacy-sdk-java-fixture.json")));

        backend.carriers().detect(io.parcelport.domain.shipment.TrackingNumber.of("432718269418"));
        assertThat(backend.limitInForce(Endpoint.DETECT)).isEqualTo(1);
        backend.carriers().detect(io.parcelport.domain.shipment.TrackingNumber.of("432718269418"));
        assertThat(ticker.sleeps()).as("the new limiter starts empty").isEmpty();
        backend.carriers().detect(io.parcelport.domain.shipment.TrackingNumber.of("432718269418"));

        // One call per second now: the third call waits for the second to leave the window (plus the margin).
        assertThat(ticker.sleeps()).hasSize(1);
        assertThat(ticker.sleeps().get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aUniformRateReplacesEveryDocumentedOne() {
        try (AfterShipBackend uniform = AfterShipBackend.create(Fixtures.config(server, ticker).uniformRate(50)
                .build())) {
            for (Endpoint endpoint : Endpoint.values()) {
                assertThat(uniform.limitInForce(endpoint)).as("%s", endpoint).isEqualTo(50);
            }
        }
        assertThat(backend.limitInForce(Endpoint.CREATE)).isEqualTo(20);
        assertThat(backend.limitInForce(Endpoint.LIST)).isEqualTo(6);
        assertThat(backend.limitInForce(Endpoint.FIND_BY_KEY)).isEqualTo(6);
        assertThat(backend.limitInForce(Endpoint.GET)).isEqualTo(5);
        assertThat(backend.limitInForce(Endpoint.CHANGE_CARRIER)).isEqualTo(5);
    }

    @Test
    void a429OnOneEndpointDoesNotCoolDownAnother() {
        backend.close();
        backend = AfterShipBackend.create(Fixtures.config(server, ticker).retryPolicy(RetryPolicy.NONE).build());
        server.answer(tooMany().with("Retry-After", "30"), Answer.ok(TRACKING));

        assertThatThrownBy(() -> backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(5)))
                .isInstanceOf(RateLimitedException.class);
        assertThat(backend.shipments().create(NewShipment.of(KEY)).isAccepted()).isTrue();

        assertThat(ticker.sleeps()).isEmpty();
    }

    @Test
    void aWindowThatResetsLaterThanTheCallMayWaitFailsWithoutSending() {
        server.answer(Answer.ok(Fixtures.page(null)).with("X-RateLimit-Remaining", "0")
                .with("X-RateLimit-Reset", Long.toString(START_SECONDS + 600)));

        backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(5));
        assertThatThrownBy(() -> backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(5)))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.httpStatus()).isEmpty();
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(600));
                });
        assertThat(server.requests()).hasSize(1);
    }
}

package io.parcelport.adapter.trackingmore;

import static io.parcelport.adapter.trackingmore.Fixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.parcelport.domain.aircargo.AirWaybill;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.pacing.RetryPolicy;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.QuotaExhaustedException;
import io.parcelport.ports.RateLimitedException;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.TransportException;
import io.parcelport.ports.UnauthorizedException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad days of the issue, one test each: server errors, rate limits, unreadable answers, oversized answers,
 * timeouts, refused connections and business errors inside HTTP 200. Waits are checked on the fake clock.
 */
class BadDaysTest extends ReplayBackendTest {
    private static final ShipmentKey KEY = ShipmentKey.of("usps", "9400110200881234567890");
    private static final String OK_SINGLE = ShipmentTrackerEndpointsTest.listItemAsSingle();
    private static final ShipmentKey OK_SINGLE_KEY = ShipmentKey.of("bestex", "3502339401241");

    @Test
    void http500IsRetriedWithExponentialBackoffThenReportedUnavailable() {
        server.answerAlways(ReplayServer.Answer.json(500, "{\"meta\":{\"code\":500,\"message\":\"oops\"},\"data\":[]}"));

        BackendUnavailableException e = catchThrowableOfType(BackendUnavailableException.class,
                () -> backend.shipments().find(KEY));

        assertThat(server.requests()).hasSize(3);
        // Full jitter pinned to its maximum: 500 ms * 2^(attempt-1).
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(e.operation()).isEqualTo("ShipmentTracker.find");
        assertThat(e.httpStatus()).hasValue(500);
        assertThat(e.backendCode()).contains("500");
        assertThat(e.isRetryable()).isTrue();
    }

    /** One refused attempt, then success: the answer that refuses, and the one wait it must cause. */
    static Stream<Arguments> oneRefusalThenSuccess() {
        return Stream.of(
                arguments(named("HTTP 503 maintenance is retried and the second attempt succeeds", ReplayServer.Answer
                        .json(503, "{\"meta\":{\"code\":503,\"type\":\"Service Unavailable\"}}")),
                        Duration.ofMillis(500)),
                arguments(named("HTTP 429 with Retry-After waits exactly that long",
                        ReplayServer.Answer.json(429, "{\"meta\":{\"code\":429}}").withHeader("Retry-After", "7")),
                        Duration.ofSeconds(7)),
                arguments(named("HTTP 429 with an HTTP-date Retry-After waits until that date",
                        ReplayServer.Answer.json(429, "{}").withHeader("Retry-After", "Wed, 01 May 2024 12:00:30 GMT")),
                        Duration.ofSeconds(30)),
                arguments(named("HTTP 429 without Retry-After cools down for the documented two minutes", ReplayServer
                        .Answer.json(429, "{\"meta\":{\"code\":429,\"message\":\"Exceeded API limits.\"}}")),
                        Duration.ofSeconds(120)),
                arguments(named("meta code 429 inside HTTP 200 is the same rate limit",
                        ReplayServer.Answer.ok("{\"meta\":{\"code\":429,\"type\":\"Too Many Requests\"},\"data\":[]}")),
                        Duration.ofSeconds(120)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneRefusalThenSuccess")
    void aRefusedAttemptIsRetriedAfterItsWaitAndTheSecondSucceeds(ReplayServer.Answer refusal, Duration wait) {
        server.answer(refusal);
        server.answerOk(OK_SINGLE);

        assertThat(backend.shipments().find(OK_SINGLE_KEY)).isPresent();
        assertThat(server.requests()).hasSize(2);
        assertThat(time.sleeps()).containsExactly(wait);
    }

    @Test
    void aRetryAfterLongerThanTheRetryBoundIsThrownWithTheWait() {
        server.answer(ReplayServer.Answer.json(429, "{}").withHeader("Retry-After", "3600"));

        RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
                () -> backend.shipments().find(KEY));

        assertThat(e.retryAfter()).contains(Duration.ofHours(1));
        assertThat(server.requests()).hasSize(1);
        assertThat(time.sleeps()).isEmpty();
        // The cool-down holds for every caller of this client: the next call does not even reach the server.
        assertThatThrownBy(() -> backend.account().info()).isInstanceOf(RateLimitedException.class);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void anHtml502PageIsUnavailableWithoutEchoingThePage() {
        server.answerAlways(new ReplayServer.Answer(502, java.util.Map.of("Content-Type", "text/html"),
                "<html><body><h1>502 Bad Gateway</h1>nginx</body></html>".getBytes(), 0, 0));

        assertThatThrownBy(() -> backend.shipments().find(KEY))
                .isInstanceOf(BackendUnavailableException.class)
                .hasMessageContaining("HTTP 502")
                .hasMessageContaining("HTML page")
                .hasMessageNotContaining("nginx");
    }

    @Test
    void anHtmlPageWithStatus200IsUnavailable() {
        server.answerAlways(new ReplayServer.Answer(200, java.util.Map.of("Content-Type", "text/html"),
                "<!DOCTYPE html><html>maintenance</html>".getBytes(), 0, 0));

        assertThatThrownBy(() -> backend.account().info())
                .isInstanceOf(BackendUnavailableException.class).hasMessageContaining("HTML page");
    }

    @Test
    void truncatedJsonIsUnavailable() {
        server.answerAlways(ReplayServer.Answer.ok(sample("trackings_delete.response.doc-TRUNCATED.txt")));

        assertThatThrownBy(() -> backend.shipments().deleteAll(List.of(KEY)))
                .isInstanceOf(BackendUnavailableException.class)
                .hasMessageContaining("malformed or truncated JSON");
    }

    @Test
    void anEmptyBodyIsUnavailable() {
        server.answerAlways(new ReplayServer.Answer(200, java.util.Map.of(), new byte[0], 0, 0));

        assertThatThrownBy(() -> backend.shipments().find(KEY))
                .isInstanceOf(BackendUnavailableException.class).hasMessageContaining("empty body");
    }

    @Test
    void wrongJsonTypesAreUnavailableNamingTheField() {
        server.answerAlways(ReplayServer.Answer.ok("{\"meta\":{\"code\":200},\"data\":{\"page\":1,\"total\":\"1\","
                + "\"items\":\"not a list\"}}"));

        assertThatThrownBy(() -> backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(10)))
                .isInstanceOf(BackendUnavailableException.class)
                .hasMessageContaining("unreadable answer")
                .hasMessageContaining("items");
    }

    @Test
    void aTrackingWithoutAUsableKeyIsUnavailableNamingTheField() {
        server.answerAlways(ReplayServer.Answer.ok("{\"meta\":{\"code\":200},\"data\":{\"page\":1,\"total\":\"1\","
                + "\"items\":[{\"tracking_number\":\"a/../b\",\"carrier_code\":\"ups\"}]}}"));

        assertThatThrownBy(() -> backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(10)))
                .isInstanceOf(BackendUnavailableException.class)
                .hasMessageContaining("tracking_number");
    }

    /** Answers too large to read: the configuration, the answer, and what the refusal must say. */
    static Stream<Arguments> oversizedAnswers() {
        UnaryOperator<TrackingMoreConfig.Builder> defaults = b -> b;
        return Stream.of(
                arguments(named("a body above the size cap is refused without running out of memory",
                        (UnaryOperator<TrackingMoreConfig.Builder>) b -> b.maxResponseBytes(1024 * 1024)),
                        ReplayServer.Answer.huge(20L * 1024 * 1024), "larger than the limit of 1048576 bytes"),
                arguments(named("a body of twenty megabytes is refused by the default ten-megabyte cap", defaults),
                        ReplayServer.Answer.huge(20L * 1024 * 1024), "larger than the limit of 10485760 bytes"),
                // A body streamed in chunks under a Content-Length header that announces 3 GB, more than an int holds.
                arguments(named("a declared length beyond two gigabytes is refused by the cap instead of escaping as "
                        + "a NumberFormatException", defaults),
                        ReplayServer.Answer.huge(64 * 1024).withHeader("Content-Length", "3000000000"),
                        "answer of 3000000000 bytes refused"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oversizedAnswers")
    void anAnswerTooLargeToReadIsUnavailable(UnaryOperator<TrackingMoreConfig.Builder> config,
            ReplayServer.Answer answer, String refusal) {
        backend(config.apply(Fixtures.config(server, time).retryPolicy(RetryPolicy.NONE)));
        server.answer(answer);

        assertThatThrownBy(() -> backend.carriers().carriers(io.parcelport.domain.LanguageCode.ENGLISH))
                .isInstanceOf(BackendUnavailableException.class)
                .hasMessageContaining(refusal);
    }

    @Test
    void aServerThatStallsPastTheReadTimeoutIsATransportFailure() {
        backend(Fixtures.config(server, time).retryPolicy(RetryPolicy.NONE)
                .readTimeout(Duration.ofMillis(300)));
        server.answer(ReplayServer.Answer.ok(OK_SINGLE).stalling(3000));

        TransportException e = catchThrowableOfType(TransportException.class, () -> backend.shipments().find(KEY));

        assertThat(e).hasMessageContaining("no answer within the timeout");
        assertThat(e.operation()).isEqualTo("ShipmentTracker.find");
        assertThat(e.httpStatus()).isEmpty();
        assertThat(e.getCause()).isInstanceOf(java.net.SocketTimeoutException.class);
    }

    @Test
    void aRefusedConnectionIsATransportFailureRetriedEvenForUnsafeCalls() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        backend(TrackingMoreConfig.builder().apiKey(Fixtures.API_KEY).baseUri("http://127.0.0.1:" + port + "/v2")
                .clock(time.clock()).ticker(time.ticker()).random(Fixtures.maxJitter()));

        TransportException e = catchThrowableOfType(TransportException.class,
                () -> backend.shipments().changeCarrier(KEY, CarrierCode.of("ups")));

        assertThat(e).hasMessageContaining("could not connect to 127.0.0.1:" + port);
        assertThat(e.getCause()).isInstanceOf(java.net.ConnectException.class);
        assertThat(time.sleeps()).hasSize(2); // nothing reached the server, so even changeCarrier may repeat
    }

    @Test
    void unsafeCallsAreNotRepeatedAfterAServerError() {
        server.answerAlways(ReplayServer.Answer.json(500, "{}"));

        assertThatThrownBy(() -> backend.airCargo().track(List.of(AirWaybill.parse("172-28891936"))))
                .isInstanceOf(BackendUnavailableException.class);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void unauthorisedHttpStatusIsNotRetried() {
        server.answerAlways(ReplayServer.Answer.json(401, "{\"meta\":{\"code\":401,\"type\":\"Unauthorized\"}}"));

        assertThatThrownBy(() -> backend.account().info()).isInstanceOf(UnauthorizedException.class);
        assertThat(server.requests()).hasSize(1);
    }

    @ParameterizedTest(name = "meta {0} in HTTP 200 -> {1} {2}")
    @CsvSource({
        "4001, UnauthorizedException,",
        "4002, UnauthorizedException,",
        "401, UnauthorizedException,",
        "4019, QuotaExhaustedException,",
        "4021, QuotaExhaustedException,",
        "402, QuotaExhaustedException,",
        "202, InvalidRequestException, LIMIT_EXCEEDED",
        "4020, InvalidRequestException, LIMIT_EXCEEDED",
        "4012, InvalidRequestException, INVALID_FIELD",
        "4013, InvalidRequestException, INVALID_TRACKING_NUMBER",
        "4014, InvalidRequestException, INVALID_TRACKING_NUMBER",
        "4015, InvalidRequestException, INVALID_CARRIER",
        "4016, InvalidRequestException, ALREADY_EXISTS",
        "4018, InvalidRequestException, NOT_ALLOWED",
        "4033, InvalidRequestException, INVALID_FIELD",
        "9999, InvalidRequestException, BACKEND_ERROR",
        "500, BackendUnavailableException,",
        "503, BackendUnavailableException,",
    })
    void metaErrorCodesWithHttp200MapToTheSealedFamily(int code, String type, String reason) {
        backend(Fixtures.config(server, time).retryPolicy(RetryPolicy.NONE));
        server.answerAlways(ReplayServer.Answer.ok("{\"meta\":{\"code\":" + code + ",\"type\":\"Bad Request\","
                + "\"message\":\"text " + code + "\"},\"data\":[]}"));

        BackendException e = catchThrowableOfType(BackendException.class, () -> backend.shipments().find(KEY));

        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        assertThat(e.operation()).isEqualTo("ShipmentTracker.find");
        assertThat(e.httpStatus()).hasValue(200);
        assertThat(e.backendCode()).contains(Integer.toString(code));
        assertThat(e).hasMessageContaining("text " + code);
        if (reason != null) {
            assertThat(((InvalidRequestException) e).reason()).isEqualTo(RejectionReason.valueOf(reason));
        }
    }

    @Test
    void aBatchRefusedForQuotaRejectsEveryItemInsteadOfThrowing() {
        server.answerOk("{\"meta\":{\"code\":4021,\"type\":\"Bad Request\",\"message\":\"Remaining quota is"
                + " deficient\"},\"data\":[]}");

        var outcomes = backend.shipments().createAll(List.of(io.parcelport.ports.NewShipment.of(KEY)));

        assertThat(outcomes).singleElement()
                .satisfies(o -> assertThat(o.isRejectedFor(RejectionReason.QUOTA_EXHAUSTED)).isTrue());
    }

    @Test
    void aBatchNamingAShipmentTwiceIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> backend.shipments().createAll(List.of(io.parcelport.ports.NewShipment.of(KEY),
                io.parcelport.ports.NewShipment.of(KEY)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(KEY.toString());
        assertThatThrownBy(() -> backend.shipments().deleteAll(List.of(KEY, KEY)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aSingleCreateRefusedForQuotaThrows() {
        server.answerOk("{\"meta\":{\"code\":4019,\"type\":\"Bad Request\"},\"data\":[]}");

        assertThatThrownBy(() -> backend.shipments().create(io.parcelport.ports.NewShipment.of(KEY)))
                .isInstanceOf(QuotaExhaustedException.class);
        assertThat(Optional.of(server.requests().size())).contains(1);
    }

    @Test
    void anAnswerAboutAnotherShipmentIsAMalformedAnswerNotAResult() {
        server.answerOk(OK_SINGLE); // about bestex 3502339401241

        assertThatThrownBy(() -> backend.shipments().find(KEY))
                .isInstanceOf(io.parcelport.ports.BackendUnavailableException.class)
                .hasMessageContaining("3502339401241").hasMessageContaining("not the " + KEY.trackingNumber());
    }

    @Test
    void aMetaCodeBeyondAnIntIsUnknownNotWrappedOntoARealCode() {
        // 2^32 + 4016 wraps to 4016 ("already exists") if read as an int.
        server.answerOk("{\"meta\":{\"code\":4294971312,\"message\":\"x\"},\"data\":[]}");

        assertThatThrownBy(() -> backend.shipments().create(io.parcelport.ports.NewShipment.of(KEY)))
                .isInstanceOf(io.parcelport.ports.BackendException.class);
    }

    @Test
    void jsonNestedBeyondTheParsersLimitIsAnUnavailableBackendNotABareRuntimeException() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        server.answerOk("{\"meta\":{\"code\":200},\"data\":" + deep + "}");

        assertThatThrownBy(() -> backend.shipments().find(KEY))
                .isInstanceOf(io.parcelport.ports.BackendUnavailableException.class);
    }

    @Test
    void aBatchItemsMessageFromTheServerIsCleanedOfEscapesControlsAndTheKey() {
        server.answerOk("{\"meta\":{\"code\":201},\"data\":{\"submitted\":1,\"added\":0,\"trackings\":[],"
                + "\"errors\":[{\"tracking_number\":\"9400110200881234567890\",\"carrier_code\":\"usps\","
                + "\"code\":4015,\"message\":\"bad\\u001b[2J\\u009b31m\\r\\nline 2: created " + Fixtures.API_KEY
                + "\"}]}}");

        var outcome = backend.shipments().createAll(List.of(io.parcelport.ports.NewShipment.of(KEY))).get(0);

        String message = outcome.rejection().orElseThrow().message();
        assertThat(message).doesNotContain(Fixtures.API_KEY).doesNotContain("\u001b").doesNotContain("\u009b")
                .doesNotContain("\n").doesNotContain("\r").contains("***");
    }

    @Test
    void trailingTextAfterTheJsonDocumentMakesTheAnswerUnreadable() {
        server.answerOk(OK_SINGLE + "<br /><b>Notice</b>: Undefined index");

        assertThatThrownBy(() -> backend.shipments().find(OK_SINGLE_KEY))
                .isInstanceOf(io.parcelport.ports.BackendUnavailableException.class);
    }
}

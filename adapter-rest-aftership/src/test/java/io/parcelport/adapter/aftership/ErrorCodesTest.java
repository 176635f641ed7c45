package io.parcelport.adapter.aftership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.adapter.aftership.StubServer.Answer;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.pacing.ManualTicker;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.RateLimitedException;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.UnauthorizedException;
import io.parcelport.wire.aftership.MetaCode;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every meta code of the table, answered to a create and to a list, and what the ports make of it. */
class ErrorCodesTest {
    private static final ShipmentKey KEY = ShipmentKey.of("ups", "1Z999");
    private static final Set<RejectionReason> CREATE_OUTCOMES = Set.of(RejectionReason.ALREADY_EXISTS,
            RejectionReason.INVALID_CARRIER, RejectionReason.INVALID_TRACKING_NUMBER, RejectionReason.INVALID_FIELD,
            RejectionReason.CARRIER_NOT_DETECTED);

    private StubServer server;
    private AfterShipBackend backend;

    @BeforeEach
    void start() {
        server = new StubServer();
        backend = AfterShipBackend.create(Fixtures.config(server, new ManualTicker()).build());
    }

    @AfterEach
    void stop() {
        backend.close();
        server.close();
    }

    private static Answer answerFor(MetaCode code) {
        return Answer.json(code.httpStatus(), "{\"meta\":{\"code\":" + code.code() + ",\"message\":\""
                + code.message() + "\",\"type\":\"" + code.type() + "\"},\"data\":{}}");
    }

    @ParameterizedTest
    @EnumSource(value = MetaCode.class, mode = EnumSource.Mode.EXCLUDE, names = {"OK", "CREATED"})
    void aCreateAnsweredWithTheCodeFailsOrIsRejectedAsTheTableSays(MetaCode code) {
        server.answer(answerFor(code));

        switch (code.failure()) {
            case UNAUTHORIZED -> assertThatThrownBy(() -> backend.shipments().create(NewShipment.of(KEY)))
                    .isInstanceOf(UnauthorizedException.class).satisfies(e -> codeAndStatus(e, code));
            case RATE_LIMITED -> assertThatThrownBy(() -> backend.shipments().create(NewShipment.of(KEY)))
                    .isInstanceOf(RateLimitedException.class).satisfies(e -> codeAndStatus(e, code));
            case UNAVAILABLE -> assertThatThrownBy(() -> backend.shipments().create(NewShipment.of(KEY)))
                    .isInstanceOf(BackendUnavailableException.class).satisfies(e -> codeAndStatus(e, code));
            case REFUSED -> {
                if (CREATE_OUTCOMES.contains(code.reason())) {
                    ItemOutcome<Shipment> outcome = backend.shipments().create(NewShipment.of(KEY));
                    assertThat(outcome.isRejectedFor(code.reason())).as("%s", outcome).isTrue();
                    assertThat(outcome.rejection().flatMap(r -> r.backendCode()))
                            .contains(Integer.toString(code.code()));
                } else {
                    assertThatThrownBy(() -> backend.shipments().create(NewShipment.of(KEY)))
                            .isInstanceOfSatisfying(InvalidRequestException.class,
                                    e -> assertThat(e.reason()).isEqualTo(code.reason()))
                            .satisfies(e -> codeAndStatus(e, code));
                }
            }
            case NONE -> throw new AssertionError("success codes are excluded");
        }
        assertThat(server.requests()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = MetaCode.class, mode = EnumSource.Mode.EXCLUDE, names = {"OK", "CREATED"})
    void aListAnsweredWithTheCodeThrowsTheExceptionOfItsFailure(MetaCode code) {
        server.answer(answerFor(code));

        Class<? extends BackendException> expected = switch (code.failure()) {
            case UNAUTHORIZED -> UnauthorizedException.class;
            case RATE_LIMITED -> RateLimitedException.class;
            case UNAVAILABLE -> BackendUnavailableException.class;
            default -> InvalidRequestException.class;
        };
        assertThatThrownBy(() -> backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(5)))
                .isInstanceOf(expected)
                .hasMessageContaining("ShipmentTracker.query")
                .hasMessageContaining(code.message());
    }

    private static void codeAndStatus(Throwable e, MetaCode code) {
        BackendException failure = (BackendException) e;
        assertThat(failure.backendCode()).contains(Integer.toString(code.code()));
        assertThat(failure.httpStatus()).hasValue(code.httpStatus());
    }

    @Test
    void anUnknownCodeAndANonJsonErrorStillParseIntoUsefulFailures() {
        server.answer(Answer.error(400, 4099, "Something new"),
                new Answer(502, java.util.Map.of("Content-Type", "text/html"),
                        "<html>Bad gateway</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Answer.json(200, "{\"meta\":{\"code\":200},\"data\":[1,2]}"),
                Answer.json(200, "not json at all"));

        assertThatThrownBy(() -> backend.shipments().create(NewShipment.of(KEY)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("4099").hasMessageContaining(
                        "Something new");
        assertThatThrownBy(() -> backend.shipments().create(NewShipment.of(KEY)))
                .isInstanceOf(BackendUnavailableException.class).hasMessageContaining("HTTP 502");
        assertThatThrownBy(() -> backend.shipments().create(NewShipment.of(KEY)))
                .isInstanceOf(BackendUnavailableException.class).hasMessageContaining("unreadable answer");
        assertThatThrownBy(() -> backend.shipments().create(NewShipment.of(KEY)))
                .isInstanceOf(BackendUnavailableException.class).hasMessageContaining("not JSON");
    }

    @Test
    void onlyA2xxIsASuccessEvenWithMetaCode200() {
        server.answer(Answer.json(302, "{\"meta\":{\"code\":200},\"data\":{}}").with("Location", "/elsewhere"));

        assertThatThrownBy(() -> backend.shipments().create(NewShipment.of(KEY)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("HTTP 302");
        assertThat(server.requests()).hasSize(1);
    }
}

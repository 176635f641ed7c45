package io.parcelport.adapter.trackingmorev4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.parcelport.domain.LanguageCode;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.QuotaExhaustedException;
import io.parcelport.ports.RateLimitedException;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.UnauthorizedException;
import io.parcelport.wire.trackingmore.MetaCode.Failure;
import io.parcelport.wire.trackingmore.v4.V4MetaCode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every code of v4's table, and codes it lacks, into the ports' failure family: each served with its HTTP status to a
 * call that turns no error into an outcome (the courier list), so the exception shows the mapping whole.
 */
class FailuresTest {
    private static final LanguageCode EN = LanguageCode.of("en");

    private StubServer server;
    private TrackingMoreV4Backend backend;

    @BeforeEach
    void start() {
        server = new StubServer();
        backend = V4Fixtures.backend(server, V4Fixtures.time());
    }

    @AfterEach
    void stop() {
        backend.close();
        server.close();
    }

    private Throwable failureOf(int httpStatus, String body) {
        server.answer(StubServer.Answer.json(httpStatus, body));
        return catchThrowable(() -> backend.carriers().carriers(EN));
    }

    @ParameterizedTest
    @EnumSource(V4MetaCode.class)
    void eachCodeOfTheTableIsItsFailureWithItsStatusAndCode(V4MetaCode code) {
        Throwable thrown = failureOf(code.httpStatus(), V4Fixtures.error(code.code(), code.message()));

        if (code.failure() == Failure.NONE) {
            assertThat(thrown).isNull();
            return;
        }
        assertThat(thrown).isInstanceOf(switch (code.failure()) {
            case UNAUTHORIZED -> UnauthorizedException.class;
            case QUOTA -> QuotaExhaustedException.class;
            case RATE_LIMITED -> RateLimitedException.class;
            case UNAVAILABLE -> BackendUnavailableException.class;
            default -> InvalidRequestException.class;
        });
        BackendException e = (BackendException) thrown;
        assertThat(e.operation()).isEqualTo("CarrierDirectory.carriers");
        assertThat(e.httpStatus()).hasValue(code.httpStatus());
        assertThat(e.backendCode()).contains(Integer.toString(code.code()));
        if (e instanceof InvalidRequestException refused) {
            assertThat(refused.reason()).isEqualTo(code.reason());
        }
        assertThat(e.getMessage()).doesNotContain(V4Fixtures.API_KEY);
    }

    @ParameterizedTest
    @CsvSource({
        "4999, 400, InvalidRequestException",
        "4999, 503, BackendUnavailableException",
        "4001, 401, UnauthorizedException",
        "4002, 403, UnauthorizedException",
        "4290, 429, RateLimitedException",
        "599, 200, BackendUnavailableException",
        "7777, 500, BackendUnavailableException",
        "9999, 418, InvalidRequestException"})
    void aCodeTheTableLacksIsMappedByItsHttpStatusClass(int code, int status, String type) {
        Throwable thrown = failureOf(status, V4Fixtures.error(code, "undocumented"));

        assertThat(thrown.getClass().getSimpleName()).isEqualTo(type);
        if (thrown instanceof InvalidRequestException refused) {
            assertThat(refused.reason()).isEqualTo(RejectionReason.BACKEND_ERROR);
        }
        assertThat(((BackendException) thrown).backendCode()).contains(Integer.toString(code));
    }

    @Test
    void a429HonoursRetryAfterAndOtherwiseAsksForTheCoolDown() {
        Throwable withHeader = catchThrowable(() -> {
            server.answer(StubServer.Answer.json(429, V4Fixtures.error(429, "slow down"))
                    .withHeader("Retry-After", "7"));
            backend.carriers().carriers(EN);
        });
        // A fresh backend: the first one is cooling down for those 7 s and would not call again.
        backend.close();
        backend = V4Fixtures.backend(server, V4Fixtures.time());
        Throwable without = failureOf(429, V4Fixtures.error(429, "slow down"));

        assertThat(((RateLimitedException) withHeader).retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(((RateLimitedException) without).retryAfter()).contains(Duration.ofSeconds(120));
    }

    @Test
    void anEmptyErrorBodyIsMappedByItsStatus() {
        server.answer(new StubServer.Answer(401, java.util.Map.of(), new byte[0]));

        assertThat(catchThrowable(() -> backend.carriers().carriers(EN))).isInstanceOf(UnauthorizedException.class)
                .hasMessageContaining("empty body");
    }

    @Test
    void aBackendMessageNeverEchoesTheKey() {
        Throwable thrown = failureOf(400, V4Fixtures.error(400, "bad key " + V4Fixtures.API_KEY));

        assertThat(thrown.getMessage()).doesNotContain(V4Fixtures.API_KEY).contains("***");
    }
}

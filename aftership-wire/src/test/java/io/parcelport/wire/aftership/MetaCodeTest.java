package io.parcelport.wire.aftership;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.ports.RejectionReason;
import io.parcelport.wire.aftership.MetaCode.Failure;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The meta-code table, one row per documented code, and the fallbacks for codes it lacks. */
class MetaCodeTest {

    @ParameterizedTest
    @CsvSource({
        "200, 200, OK, NONE, BACKEND_ERROR",
        "201, 201, Created, NONE, BACKEND_ERROR",
        "400, 400, BadRequest, REFUSED, INVALID_FIELD",
        "4001, 400, BadRequest, REFUSED, INVALID_FIELD",
        "4003, 400, BadRequest, REFUSED, ALREADY_EXISTS",
        "4004, 404, NotFound, REFUSED, NOT_FOUND",
        "4005, 400, BadRequest, REFUSED, INVALID_TRACKING_NUMBER",
        "4006, 400, BadRequest, REFUSED, INVALID_FIELD",
        "4007, 400, BadRequest, REFUSED, INVALID_TRACKING_NUMBER",
        "4008, 400, BadRequest, REFUSED, INVALID_FIELD",
        "4009, 400, BadRequest, REFUSED, INVALID_FIELD",
        "4010, 400, BadRequest, REFUSED, INVALID_CARRIER",
        "4011, 400, BadRequest, REFUSED, INVALID_FIELD",
        "4012, 400, BadRequest, REFUSED, INVALID_CARRIER",
        "4013, 400, BadRequest, REFUSED, NOT_ALLOWED",
        "4014, 400, BadRequest, REFUSED, INVALID_FIELD",
        "4015, 400, BadRequest, REFUSED, NOT_FOUND",
        "4016, 400, BadRequest, REFUSED, NOT_ALLOWED",
        "4017, 400, BadRequest, REFUSED, INVALID_TRACKING_NUMBER",
        "401, 401, Unauthorized, UNAUTHORIZED, BACKEND_ERROR",
        "403, 403, Forbidden, UNAUTHORIZED, BACKEND_ERROR",
        "404, 404, NotFound, REFUSED, NOT_FOUND",
        "429, 429, TooManyRequests, RATE_LIMITED, BACKEND_ERROR",
        "500, 500, InternalError, UNAVAILABLE, BACKEND_ERROR",
        "502, 502, InternalError, UNAVAILABLE, BACKEND_ERROR",
        "503, 503, InternalError, UNAVAILABLE, BACKEND_ERROR",
        "504, 504, InternalError, UNAVAILABLE, BACKEND_ERROR"})
    void everyDocumentedCodeHasItsStatusTypeFailureAndReason(int code, int http, String type, Failure failure,
            RejectionReason reason) {
        MetaCode meta = MetaCode.of(code).orElseThrow();

        assertThat(meta.httpStatus()).isEqualTo(http);
        assertThat(meta.type()).isEqualTo(type);
        assertThat(meta.failure()).isEqualTo(failure);
        assertThat(meta.reason()).isEqualTo(reason);
        assertThat(MetaCode.failureOf(code, http)).isEqualTo(failure);
        assertThat(MetaCode.reasonOf(code)).isEqualTo(reason);
    }

    @Test
    void theTableHasEveryDocumentedCodeOnce() {
        assertThat(MetaCode.values()).hasSize(27);
        assertThat(Arrays.stream(MetaCode.values()).map(MetaCode::code).distinct()).hasSize(27);
    }

    @Test
    void codesTheTableLacksAreReadByTheirHttpStatusAndNeverAsSuccessOnAnError() {
        assertThat(MetaCode.failureOf(4099, 400)).isEqualTo(Failure.REFUSED);
        assertThat(MetaCode.reasonOf(4099)).isEqualTo(RejectionReason.BACKEND_ERROR);
        assertThat(MetaCode.failureOf(4099, 401)).isEqualTo(Failure.UNAUTHORIZED);
        assertThat(MetaCode.failureOf(4099, 429)).isEqualTo(Failure.RATE_LIMITED);
        assertThat(MetaCode.failureOf(4099, 599)).isEqualTo(Failure.UNAVAILABLE);
        assertThat(MetaCode.failureOf(200, 503)).isEqualTo(Failure.UNAVAILABLE);
        assertThat(MetaCode.failureOf(12345, 200)).isEqualTo(Failure.NONE);
        assertThat(MetaCode.failureOf(4004, 200)).isEqualTo(Failure.REFUSED);
    }

    @Test
    void aServerAnswersEachReasonWithOneCode() {
        assertThat(MetaCode.answering(RejectionReason.ALREADY_EXISTS)).isEqualTo(MetaCode.TRACKING_ALREADY_EXIST);
        assertThat(MetaCode.answering(RejectionReason.NOT_FOUND)).isEqualTo(MetaCode.TRACKING_DOES_NOT_EXIST);
        assertThat(MetaCode.answering(RejectionReason.INVALID_CARRIER)).isEqualTo(MetaCode.SLUG_INVALID);
        assertThat(MetaCode.answering(RejectionReason.INVALID_TRACKING_NUMBER))
                .isEqualTo(MetaCode.TRACKING_NUMBER_INVALID);
        assertThat(MetaCode.answering(RejectionReason.NOT_ALLOWED)).isEqualTo(MetaCode.INACTIVE_RETRACK_NOT_ALLOWED);
        assertThat(MetaCode.answering(RejectionReason.INVALID_FIELD)).isEqualTo(MetaCode.INVALID_REQUEST);
        assertThat(MetaCode.answering(RejectionReason.LIMIT_EXCEEDED)).isEqualTo(MetaCode.INVALID_REQUEST);
        assertThat(MetaCode.answering(RejectionReason.BACKEND_ERROR)).isEqualTo(MetaCode.INTERNAL_ERROR);
        for (RejectionReason reason : RejectionReason.values()) {
            assertThat(MetaCode.answering(reason)).isNotNull();
        }
    }

    @Test
    void anErrorEnvelopeReadsBackAsItsCode() {
        byte[] body = Envelope.error(MetaCode.TRACKING_DOES_NOT_EXIST, java.util.Optional.empty()).toString()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Envelope read = Envelope.read(body, 404, "answer");
        assertThat(read.metaCode()).isEqualTo(4004);
        assertThat(read.type()).contains("NotFound");
        assertThat(read.message()).contains("Tracking does not exist.");
    }

    @Test
    void theLegacy401FixtureAndNonJsonErrorsParse() {
        Envelope legacy = Envelope.read(Samples.bytes("error.401.legacy-sdk-java-fixture.json"), 401, "answer");
        assertThat(legacy.metaCode()).isEqualTo(401);
        assertThat(legacy.message()).contains("Invalid API Key.");
        assertThat(legacy.type()).contains("Unauthorized");

        Envelope html = Envelope.read("<html>bad gateway</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                502, "answer");
        assertThat(html.metaCode()).isEqualTo(502);
        assertThat(Envelope.read(new byte[0], 503, "answer").metaCode()).isEqualTo(503);
    }
}

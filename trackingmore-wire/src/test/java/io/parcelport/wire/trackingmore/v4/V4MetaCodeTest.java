package io.parcelport.wire.trackingmore.v4;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.ports.RejectionReason;
import io.parcelport.wire.trackingmore.MetaCode.Failure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** v4's code table read both ways, and codes it lacks read by their HTTP status. */
class V4MetaCodeTest {

    @ParameterizedTest
    @EnumSource(V4MetaCode.class)
    void everyCodeReadsAsItsOwnFailureOnItsOwnStatus(V4MetaCode code) {
        assertThat(V4MetaCode.failureOf(code.code(), code.httpStatus())).isEqualTo(code.failure());
        assertThat(V4MetaCode.reasonOf(code.code())).isEqualTo(code.reason());
    }

    @ParameterizedTest
    @CsvSource({"200, 400, REFUSED", "200, 500, UNAVAILABLE", "200, 401, UNAUTHORIZED", "200, 429, RATE_LIMITED",
        "200, 200, NONE", "4999, 400, REFUSED", "4999, 503, UNAVAILABLE", "599, 200, UNAVAILABLE", "0, 403, UNAUTHORIZED"})
    void aCodeThatContradictsOrIsMissingFromTheTableIsReadByTheHttpStatus(int meta, int http, Failure expected) {
        assertThat(V4MetaCode.failureOf(meta, http)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(value = RejectionReason.class)
    void aServerAnswersEveryReasonWithACodeThatReadsBackAsThatReason(RejectionReason reason) {
        V4MetaCode code = V4MetaCode.answering(reason);

        if (reason == RejectionReason.BACKEND_ERROR) {
            assertThat(code).isEqualTo(V4MetaCode.SERVER_ERROR);
        } else if (code != V4MetaCode.BAD_REQUEST || reason == RejectionReason.INVALID_FIELD) {
            assertThat(code.reason()).isEqualTo(reason);
        }
        assertThat(code.httpStatus()).isBetween(400, 599);
    }
}

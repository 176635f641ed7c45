package io.parcelport.wire.trackingmore;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.ports.RejectionReason;
import io.parcelport.wire.trackingmore.MetaCode.Failure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MetaCodeTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            200,  NONE,         BACKEND_ERROR
            201,  NONE,         BACKEND_ERROR
            202,  REFUSED,      LIMIT_EXCEEDED
            401,  UNAUTHORIZED, BACKEND_ERROR
            403,  UNAUTHORIZED, BACKEND_ERROR
            4001, UNAUTHORIZED, BACKEND_ERROR
            4002, UNAUTHORIZED, BACKEND_ERROR
            402,  QUOTA,        QUOTA_EXHAUSTED
            4019, QUOTA,        QUOTA_EXHAUSTED
            4021, QUOTA,        QUOTA_EXHAUSTED
            429,  RATE_LIMITED, BACKEND_ERROR
            4020, REFUSED,      LIMIT_EXCEEDED
            4012, REFUSED,      INVALID_FIELD
            4033, REFUSED,      INVALID_FIELD
            4013, REFUSED,      INVALID_TRACKING_NUMBER
            4014, REFUSED,      INVALID_TRACKING_NUMBER
            4015, REFUSED,      INVALID_CARRIER
            4016, REFUSED,      ALREADY_EXISTS
            4017, REFUSED,      NOT_FOUND
            4031, REFUSED,      NOT_FOUND
            404,  REFUSED,      NOT_FOUND
            4018, REFUSED,      NOT_ALLOWED
            405,  REFUSED,      NOT_ALLOWED
            4032, REFUSED,      CARRIER_NOT_DETECTED
            500,  UNAVAILABLE,  BACKEND_ERROR
            503,  UNAVAILABLE,  BACKEND_ERROR
            """)
    void readsEachDocumentedCodeAsItsFailureAndReason(int code, Failure failure, RejectionReason reason) {
        assertThat(MetaCode.failureOf(code)).isEqualTo(failure);
        assertThat(MetaCode.reasonOf(code)).isEqualTo(reason);
        assertThat(MetaCode.isSuccess(code)).isEqualTo(failure == Failure.NONE);
    }

    @ParameterizedTest
    @CsvSource({"502, UNAVAILABLE", "599, UNAVAILABLE", "4099, REFUSED", "0, REFUSED", "-1, REFUSED"})
    void readsAnUnknownCodeTolerantlyAsAServerErrorOrARefusalForABackendReason(int code, Failure failure) {
        assertThat(MetaCode.of(code)).isEmpty();
        assertThat(MetaCode.failureOf(code)).isEqualTo(failure);
        assertThat(MetaCode.reasonOf(code)).isEqualTo(RejectionReason.BACKEND_ERROR);
        assertThat(MetaCode.isSuccess(code)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(RejectionReason.class)
    void answersEveryReasonWithACodeThatReadsBackAsTheSameReason(RejectionReason reason) {
        MetaCode answer = MetaCode.answering(reason);

        assertThat(answer.reason()).isEqualTo(reason);
        assertThat(MetaCode.reasonOf(answer.code())).isEqualTo(reason);
        assertThat(answer.failure()).isNotEqualTo(Failure.NONE);
    }

    @Test
    void answersTheCodesTheEmulatorHasAlwaysWritten() {
        assertThat(MetaCode.answering(RejectionReason.INVALID_TRACKING_NUMBER)).isEqualTo(MetaCode.INVALID_NUMBER);
        assertThat(MetaCode.answering(RejectionReason.QUOTA_EXHAUSTED)).isEqualTo(MetaCode.QUOTA_DEFICIENT);
        assertThat(MetaCode.answering(RejectionReason.NOT_FOUND)).isEqualTo(MetaCode.DOES_NOT_EXIST);
        assertThat(MetaCode.answering(RejectionReason.BACKEND_ERROR)).isEqualTo(MetaCode.SERVER_ERROR);
        assertThat(MetaCode.answering(RejectionReason.LIMIT_EXCEEDED)).isEqualTo(MetaCode.LIMIT_EXCEEDED);
    }

    @Test
    void givesEachNumberOneEntry() {
        assertThat(java.util.Arrays.stream(MetaCode.values()).map(MetaCode::code).distinct())
                .hasSize(MetaCode.values().length);
    }
}

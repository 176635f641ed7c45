package io.parcelport.ports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutcomeAndFailureTest {

    @Test
    void anAlreadyExistingItemIsDoneButNotAccepted() {
        ItemOutcome<String> outcome = ItemOutcome.rejected(RejectionReason.ALREADY_EXISTS, "usps/X already exists");
        assertThat(outcome.isAccepted()).isFalse();
        assertThat(outcome.isDone()).isTrue();
        assertThat(outcome.isRejectedFor(RejectionReason.ALREADY_EXISTS)).isTrue();
        assertThat(ItemOutcome.<String>rejected(RejectionReason.NOT_FOUND, "gone").isDone()).isFalse();
    }

    @Test
    void mappingAnOutcomeKeepsARejectionAndMapsAResult() {
        assertThat(ItemOutcome.accepted("a").map(String::length).value()).contains(1);
        Rejection why = new Rejection(RejectionReason.INVALID_CARRIER, "no such carrier", Optional.of("4015"));
        assertThat(ItemOutcome.<String>rejected(why).map(String::length).rejection()).contains(why);
    }

    @Test
    void aFailureNamesTheOperationStatusAndCodeInItsMessage() {
        BackendException failure = new QuotaExhaustedException(
                BackendException.Failure.of("ShipmentTracker.create", 200, "4021"), "remaining quota is deficient");
        assertThat(failure).hasMessage("ShipmentTracker.create: remaining quota is deficient (HTTP 200, code 4021)");
        assertThat(failure.operation()).isEqualTo("ShipmentTracker.create");
        assertThat(failure.httpStatus()).hasValue(200);
        assertThat(failure.backendCode()).contains("4021");
        assertThat(failure.isRetryable()).isFalse();
    }

    @Test
    void onlyTransientFailuresAreRetryable() {
        BackendException.Failure where = BackendException.Failure.of("op");
        List<BackendException> all = List.of(
                new UnauthorizedException(where, "bad key"),
                new QuotaExhaustedException(where, "empty"),
                new RateLimitedException(where, "slow down", Optional.of(Duration.ofSeconds(120))),
                new InvalidRequestException(where, RejectionReason.LIMIT_EXCEEDED, "41 > 40"),
                new OperationNotSupportedException(where, "no"),
                new BackendUnavailableException(where, "503"),
                new TransportException(where, "refused"));
        assertThat(all).filteredOn(BackendException::isRetryable)
                .hasExactlyElementsOfTypes(RateLimitedException.class, BackendUnavailableException.class,
                        TransportException.class);
        assertThat(new BackendUnavailableException(where, "x").httpStatus()).isEmpty();
        assertThat(((RateLimitedException) all.get(2)).retryAfter()).contains(Duration.ofSeconds(120));
    }
}

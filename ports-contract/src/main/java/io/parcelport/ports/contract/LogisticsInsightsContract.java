package io.parcelport.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.insight.RemoteAreaCheck;
import io.parcelport.domain.insight.RemoteAreaResult;
import io.parcelport.domain.insight.TransitTimeQuery;
import io.parcelport.domain.insight.TransitTimeStats;
import io.parcelport.ports.Capability;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.out.LogisticsInsights;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract of {@link LogisticsInsights}: one answer per remote-area check and per transit-time query, in order. */
public abstract class LogisticsInsightsContract extends ContractSupport {

    private LogisticsInsights insights() {
        return backend.insights();
    }

    @Test
    @Needs(Capability.REMOTE_AREAS)
    void remoteAreaChecksGetOneResultEachInInputOrder() {
        List<RemoteAreaCheck> checks = List.of(
                RemoteAreaCheck.of(CountryCode.of("DE"), "10115"),
                ContractFixtures.REMOTE_JAPAN,
                new RemoteAreaCheck(CountryCode.of("US"), "10001", Optional.of(ContractFixtures.UPS)));

        List<RemoteAreaResult> results = insights().checkRemoteAreas(checks);

        assertThat(results).extracting(RemoteAreaResult::check).containsExactlyElementsOf(checks);
    }

    @Test
    @Needs(Capability.REMOTE_AREAS)
    void theDocumentedJapanesePostcodeIsRemote() {
        List<RemoteAreaResult> results = insights().checkRemoteAreas(List.of(ContractFixtures.REMOTE_JAPAN));

        assertThat(results).hasSize(1);
        assertThat(results.get(0).isRemote()).isTrue();
    }

    @Test
    @Needs(Capability.TRANSIT_TIMES)
    void transitTimeQueriesGetOneOutcomeEachInInputOrder() {
        List<TransitTimeQuery> queries = List.of(
                new TransitTimeQuery(ContractFixtures.DHL, CountryCode.of("CN"), CountryCode.of("US")),
                new TransitTimeQuery(ContractFixtures.UNKNOWN_CARRIER, CountryCode.of("CN"), CountryCode.of("US")),
                new TransitTimeQuery(ContractFixtures.DHL, CountryCode.of("CN"), CountryCode.of("RU")));

        List<ItemOutcome<TransitTimeStats>> outcomes = insights().transitTimes(queries);

        assertThat(outcomes).hasSize(3);
        for (int i = 0; i < 3; i++) {
            TransitTimeQuery query = queries.get(i);
            outcomes.get(i).value().ifPresent(stats -> assertThat(stats.query()).isEqualTo(query));
        }
        assertThat(outcomes.get(1).isRejectedFor(RejectionReason.NOT_FOUND)).as("%s", outcomes.get(1)).isTrue();
    }

    @Test
    @Needs(Capability.REMOTE_AREAS)
    void moreItemsThanTheLimitAreRefusedAsAWhole() {
        List<RemoteAreaCheck> tooMany = Collections.nCopies(insights().maxItemsPerCall() + 1,
                ContractFixtures.REMOTE_JAPAN);

        assertThatThrownBy(() -> insights().checkRemoteAreas(tooMany))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.LIMIT_EXCEEDED));
    }
}

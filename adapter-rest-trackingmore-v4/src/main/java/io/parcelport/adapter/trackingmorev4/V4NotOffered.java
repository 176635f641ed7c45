package io.parcelport.adapter.trackingmorev4;

import io.parcelport.domain.account.AccountInfo;
import io.parcelport.domain.insight.RemoteAreaCheck;
import io.parcelport.domain.insight.RemoteAreaResult;
import io.parcelport.domain.insight.TransitTimeQuery;
import io.parcelport.domain.insight.TransitTimeStats;
import io.parcelport.domain.shipment.StatusCounts;
import io.parcelport.ports.BackendCapabilities;
import io.parcelport.ports.Capability;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.StatusCountQuery;
import io.parcelport.ports.out.LogisticsInsights;
import io.parcelport.ports.out.TrackingAccount;
import java.util.List;

/**
 * The account and insight ports, which TrackingMore v4 has no calls for (v4 reference §2: no account, quota, status
 * count, remote-area or transit-time endpoint): every operation fails with {@code OperationNotSupportedException}
 * before anything is sent.
 */
final class V4NotOffered implements TrackingAccount, LogisticsInsights {
    private final BackendCapabilities capabilities;

    V4NotOffered(BackendCapabilities capabilities) {
        this.capabilities = capabilities;
    }

    @Override
    public AccountInfo info() {
        throw capabilities.notOffered(Capability.ACCOUNT_INFO);
    }

    @Override
    public StatusCounts statusCounts(StatusCountQuery query) {
        throw capabilities.notOffered(Capability.STATUS_COUNTS);
    }

    // The ports' contract needs a positive number; no call is ever made with it.
    @Override
    public int maxItemsPerCall() {
        return 1;
    }

    @Override
    public List<RemoteAreaResult> checkRemoteAreas(List<RemoteAreaCheck> checks) {
        throw capabilities.notOffered(Capability.REMOTE_AREAS);
    }

    @Override
    public List<ItemOutcome<TransitTimeStats>> transitTimes(List<TransitTimeQuery> queries) {
        throw capabilities.notOffered(Capability.TRANSIT_TIMES);
    }
}

package io.parcelport.adapter.aftership;

import io.parcelport.domain.account.AccountInfo;
import io.parcelport.domain.aircargo.AirCargoTracking;
import io.parcelport.domain.aircargo.AirWaybill;
import io.parcelport.domain.insight.RemoteAreaCheck;
import io.parcelport.domain.insight.RemoteAreaResult;
import io.parcelport.domain.insight.TransitTimeQuery;
import io.parcelport.domain.insight.TransitTimeStats;
import io.parcelport.domain.shipment.StatusCounts;
import io.parcelport.ports.BackendCapabilities;
import io.parcelport.ports.Capability;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.StatusCountQuery;
import io.parcelport.ports.out.AirCargoTracker;
import io.parcelport.ports.out.LogisticsInsights;
import io.parcelport.ports.out.TrackingAccount;
import java.util.List;

/**
 * The driven ports AfterShip's Tracking API has no endpoint for: air cargo, the account's quota and status counts,
 * remote areas and transit times. Each call answers {@code notOffered} before anything is sent.
 */
final class NotOfferedPorts implements AirCargoTracker, TrackingAccount, LogisticsInsights {
    private final BackendCapabilities capabilities;

    NotOfferedPorts(BackendCapabilities capabilities) {
        this.capabilities = capabilities;
    }

    @Override
    public int maxWaybillsPerCall() {
        return 1;
    }

    @Override
    public List<ItemOutcome<AirCargoTracking>> track(List<AirWaybill> waybills) {
        throw capabilities.notOffered(Capability.AIR_CARGO);
    }

    @Override
    public AccountInfo info() {
        throw capabilities.notOffered(Capability.ACCOUNT_INFO);
    }

    @Override
    public StatusCounts statusCounts(StatusCountQuery query) {
        throw capabilities.notOffered(Capability.STATUS_COUNTS);
    }

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

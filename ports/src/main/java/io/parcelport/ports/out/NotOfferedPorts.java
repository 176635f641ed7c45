package io.parcelport.ports.out;

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
import java.util.List;
import java.util.Objects;

/**
 * The air-cargo, account and insight ports for a backend whose API has none of them: every call fails with its
 * capability's {@link BackendCapabilities#notOffered} before anything is sent.
 */
public final class NotOfferedPorts implements AirCargoTracker, TrackingAccount, LogisticsInsights {
    private final BackendCapabilities capabilities;

    /** Ports failing in the name of the backend {@code capabilities} describes. */
    public NotOfferedPorts(BackendCapabilities capabilities) {
        this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
    }

    // The ports' contract needs a positive number; no call is ever made with it.
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

    // As maxWaybillsPerCall: positive by contract, never used.
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

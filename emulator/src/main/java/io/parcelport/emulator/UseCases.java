package io.parcelport.emulator;

import io.parcelport.ports.in.AccountUseCase;
import io.parcelport.ports.in.CarriersUseCase;
import io.parcelport.ports.in.FollowShipmentsUseCase;
import io.parcelport.ports.in.InsightsUseCase;
import io.parcelport.ports.in.ManageShipmentsUseCase;
import io.parcelport.ports.in.RefreshShipmentsUseCase;
import io.parcelport.ports.in.RegisterShipmentsUseCase;
import io.parcelport.ports.in.TrackAirCargoUseCase;
import java.util.Objects;

/**
 * Everything the HTTP handlers may call: the driving ports, and nothing of the services or the backend behind them.
 *
 * @param register registration
 * @param follow reads, queries, counts and status-change subscriptions
 * @param refresh real-time tracking
 * @param manage changes, status by hand, carrier changes, stop, delete
 * @param airCargo air waybills
 * @param carriers carrier list and detection
 * @param account quota and balance
 * @param insights remote areas and transit times
 */
record UseCases(RegisterShipmentsUseCase register, FollowShipmentsUseCase follow, RefreshShipmentsUseCase refresh,
        ManageShipmentsUseCase manage, TrackAirCargoUseCase airCargo, CarriersUseCase carriers,
        AccountUseCase account, InsightsUseCase insights) {
    UseCases {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(follow, "follow");
        Objects.requireNonNull(refresh, "refresh");
        Objects.requireNonNull(manage, "manage");
        Objects.requireNonNull(airCargo, "airCargo");
        Objects.requireNonNull(carriers, "carriers");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(insights, "insights");
    }
}

package io.parcelport.cli;

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
 * Every use case a command may call, over one backend, and what to close when the command is done.
 *
 * @param register register shipments
 * @param follow read, list and count shipments
 * @param refresh real-time tracking
 * @param manage update, stop, delete, change carrier
 * @param airCargo air waybills
 * @param carriers carriers and detection
 * @param account quota and balance
 * @param insights remote areas and transit times
 * @param resources released by {@link #close()} (the services' threads, the backend's connections)
 */
public record UseCases(RegisterShipmentsUseCase register, FollowShipmentsUseCase follow,
        RefreshShipmentsUseCase refresh, ManageShipmentsUseCase manage, TrackAirCargoUseCase airCargo,
        CarriersUseCase carriers, AccountUseCase account, InsightsUseCase insights, Resources resources)
        implements AutoCloseable {

    /** What to release when the command is done; no checked exceptions, as nothing is left to do about them. */
    @FunctionalInterface
    public interface Resources {
        /** Releases the resources. */
        void release();
    }

    public UseCases {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(follow, "follow");
        Objects.requireNonNull(refresh, "refresh");
        Objects.requireNonNull(manage, "manage");
        Objects.requireNonNull(airCargo, "airCargo");
        Objects.requireNonNull(carriers, "carriers");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(insights, "insights");
        Objects.requireNonNull(resources, "resources");
    }

    @Override
    public void close() {
        resources.release();
    }
}

package io.parcelport.cdi;

import io.parcelport.application.Parcelport;
import io.parcelport.ports.in.AccountUseCase;
import io.parcelport.ports.in.CarriersUseCase;
import io.parcelport.ports.in.FollowShipmentsUseCase;
import io.parcelport.ports.in.InsightsUseCase;
import io.parcelport.ports.in.ManageShipmentsUseCase;
import io.parcelport.ports.in.ParcelportUseCases;
import io.parcelport.ports.in.RefreshShipmentsUseCase;
import io.parcelport.ports.in.RegisterShipmentsUseCase;
import io.parcelport.ports.in.TrackAirCargoUseCase;
import io.parcelport.ports.out.TrackingBackend;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes the backend that MicroProfile Config describes ({@link ParcelportSettings}) and the use cases over it
 * injectable: one backend and one {@link ParcelportUseCases} per application, closed when the container stops, and
 * each use case on its own for classes that need only one.
 *
 * <p>Only this class is a bean (annotated discovery); an application that wants another backend produces its own
 * {@code TrackingBackend} with a qualifier, or vetoes this class.
 */
@ApplicationScoped
public class ParcelportProducer {

    /** The backend the configuration names, opened once. */
    @Produces
    @ApplicationScoped
    public TrackingBackend backend() {
        return ParcelportSettings.from(config()).openBackend();
    }

    /** Closes the backend with the container. */
    public void closeBackend(@Disposes TrackingBackend backend) {
        backend.close();
    }

    /** Every use case over the backend. */
    @Produces
    @ApplicationScoped
    public ParcelportUseCases useCases(TrackingBackend backend) {
        return Parcelport.over(backend);
    }

    /** Stops the use cases' own threads with the container; the backend is closed by its own disposer. */
    public void closeUseCases(@Disposes ParcelportUseCases useCases) {
        useCases.close();
    }

    /** Registering shipments. */
    @Produces
    @Dependent
    public RegisterShipmentsUseCase register(ParcelportUseCases useCases) {
        return useCases.register();
    }

    /** Reading and following shipments. */
    @Produces
    @Dependent
    public FollowShipmentsUseCase follow(ParcelportUseCases useCases) {
        return useCases.follow();
    }

    /** Real-time tracking. */
    @Produces
    @Dependent
    public RefreshShipmentsUseCase refresh(ParcelportUseCases useCases) {
        return useCases.refresh();
    }

    /** Changing, stopping and deleting shipments. */
    @Produces
    @Dependent
    public ManageShipmentsUseCase manage(ParcelportUseCases useCases) {
        return useCases.manage();
    }

    /** Air cargo. */
    @Produces
    @Dependent
    public TrackAirCargoUseCase airCargo(ParcelportUseCases useCases) {
        return useCases.airCargo();
    }

    /** Carriers and detection. */
    @Produces
    @Dependent
    public CarriersUseCase carriers(ParcelportUseCases useCases) {
        return useCases.carriers();
    }

    /** The account. */
    @Produces
    @Dependent
    public AccountUseCase account(ParcelportUseCases useCases) {
        return useCases.account();
    }

    /** Remote areas and transit times. */
    @Produces
    @Dependent
    public InsightsUseCase insights(ParcelportUseCases useCases) {
        return useCases.insights();
    }

    // The container's configuration, looked up rather than injected so that the producer needs no Config bean
    // (plain Weld SE has none unless a MicroProfile Config CDI extension is on the class path).
    private static Config config() {
        return ConfigProvider.getConfig(ParcelportProducer.class.getClassLoader());
    }
}

package io.parcelport.application.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.adapter.inmemory.InMemoryBackend;
import io.parcelport.adapter.inmemory.ManualClock;
import io.parcelport.application.Parcelport;
import io.parcelport.domain.CountryCode;
import io.parcelport.domain.aircargo.AirCargoTracking;
import io.parcelport.domain.aircargo.AirportCode;
import io.parcelport.domain.aircargo.FlightLeg;
import io.parcelport.domain.aircargo.FlightNumber;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.insight.RemoteAreaCheck;
import io.parcelport.domain.insight.TransitTimeQuery;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.StatusChanged;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.ShipmentUpdate;
import io.parcelport.ports.StatusCommand;
import io.parcelport.ports.StatusCountQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real services over the real in-memory backend, with simulated time: what an application sees through the use
 * cases, from registration to deletion, and for an air waybill. Together these tests reach every TrackingMore v2
 * operation of the seed listing, plus the carrier list and detection, through a use case.
 */
class InMemoryScenarioTest {
    private static final Instant START = Instant.parse("2024-05-01T08:00:00Z");
    private static final CarrierCode USPS = CarrierCode.of("usps");

    private final ManualClock clock = ManualClock.at(START);
    private final InMemoryBackend backend = InMemoryBackend.builder().clock(clock).quota(1_000).build();
    private final Parcelport parcelport = Parcelport.builder(backend).clock(clock).build();

    @AfterEach
    void close() {
        parcelport.close();
        backend.close();
    }

    @Test
    void aParcelGoesFromRegistrationThroughDeliveryToDeletion() {
        ShipmentKey key = new ShipmentKey(USPS, TrackingNumber.of("PPDELIVERED0001"));
        List<StatusChanged> seen = new ArrayList<>();
        parcelport.follow().subscribe((shipment, event) -> seen.add(event));
        long quotaBefore = parcelport.account().account().remainingQuota();

        // POST /trackings/post
        ItemOutcome<Shipment> registered = parcelport.register().register(NewShipment.builder(key).title("Boots")
                .orderId("ORD-1").addCustomerEmail("ann@example.com").destinationCountry(CountryCode.of("US"))
                .build());
        assertThat(registered.isAccepted()).isTrue();
        assertThat(registered.value().orElseThrow().deliveryStatus()).isEqualTo(DeliveryStatus.PENDING);
        // Re-running the import is safe and free.
        ItemOutcome<Shipment> again = parcelport.register().register(NewShipment.of(key));
        assertThat(again.isRejectedFor(RejectionReason.ALREADY_EXISTS)).isTrue();
        assertThat(again.isDone()).isTrue();
        // GET /trackings/getuserinfo
        assertThat(parcelport.account().account().remainingQuota()).isEqualTo(quotaBefore - 1);

        // GET /trackings/{carrier}/{number}, as the carrier moves the parcel along.
        assertThat(parcelport.follow().find(key)).map(Shipment::deliveryStatus).contains(DeliveryStatus.PENDING);
        clock.advance(Duration.ofMinutes(90));
        assertThat(parcelport.follow().find(key)).map(Shipment::deliveryStatus).contains(DeliveryStatus.IN_TRANSIT);
        clock.advance(Duration.ofHours(2));
        Shipment delivered = parcelport.follow().find(key).orElseThrow();
        assertThat(delivered.deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.events()).hasSize(3);
        assertThat(delivered.latestEvent()).map(e -> e.checkpointStatus()).contains(DeliveryStatus.DELIVERED);
        assertThat(seen).extracting(StatusChanged::from, StatusChanged::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DeliveryStatus.PENDING, DeliveryStatus.IN_TRANSIT),
                org.assertj.core.groups.Tuple.tuple(DeliveryStatus.IN_TRANSIT, DeliveryStatus.DELIVERED));

        // PUT /trackings/{carrier}/{number}: details, then a manual status and its revert.
        Shipment renamed = parcelport.manage().update(key, ShipmentChanges.builder().title("Winter boots").build())
                .value().orElseThrow();
        assertThat(renamed.title()).contains("Winter boots");
        assertThat(parcelport.manage().update(key, ShipmentChanges.status(StatusCommand.MARK_EXCEPTION))
                .value().orElseThrow().deliveryStatus()).isEqualTo(DeliveryStatus.EXCEPTION);
        Shipment reverted = parcelport.manage().update(key, ShipmentChanges.status(StatusCommand.REVERT_TO_CARRIER))
                .value().orElseThrow();
        assertThat(reverted.deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(reverted.status().isOverridden()).isFalse();

        // GET /trackings/get and GET /trackings/getstatusnumber agree.
        assertThat(parcelport.follow().query(ShipmentQuery.builder().status(DeliveryStatus.DELIVERED).build()))
                .extracting(Shipment::key).containsExactly(key);
        assertThat(parcelport.follow().statusCounts(StatusCountQuery.ALL).count(DeliveryStatus.DELIVERED))
                .isEqualTo(1);

        // POST /trackings/notupdate, then DELETE /trackings/{carrier}/{number}.
        assertThat(parcelport.manage().stopRefreshing(List.of(key))).allMatch(ItemOutcome::isAccepted);
        assertThat(parcelport.follow().find(key)).map(Shipment::isRefreshing).contains(false);
        assertThat(parcelport.manage().delete(key).isAccepted()).isTrue();
        assertThat(parcelport.follow().find(key)).isEmpty();
    }

    @Test
    void manyShipmentsAreRegisteredChangedAndDeletedInBackendSizedChunks() {
        List<NewShipment> items = IntStream.range(0, 95)
                .mapToObj(i -> NewShipment.builder(ShipmentKey.of("dhl", "PPTRANSIT" + (1000 + i)))
                        .orderId("ORD-" + i).build())
                .toList();

        // POST /trackings/batch, 95 items in chunks of 40.
        List<ItemOutcome<Shipment>> outcomes = parcelport.register().registerAll(items);
        assertThat(outcomes).hasSize(95).allMatch(ItemOutcome::isAccepted);
        assertThat(parcelport.register().registerAll(items)).allMatch(o -> o.isRejectedFor(
                RejectionReason.ALREADY_EXISTS));

        // GET /trackings/get paged lazily, 7 a page.
        assertThat(parcelport.follow().query(ShipmentQuery.ALL, 7).map(Shipment::key).distinct().count())
                .isEqualTo(95);

        // POST /trackings/updatemore
        List<ShipmentUpdate> updates = items.stream()
                .map(i -> new ShipmentUpdate(i.key(), ShipmentChanges.archived(true))).toList();
        assertThat(parcelport.manage().updateAll(updates)).hasSize(95).allMatch(ItemOutcome::isAccepted);
        assertThat(parcelport.follow().query(ShipmentQuery.builder()
                .archived(io.parcelport.ports.ArchivedFilter.ACTIVE_ONLY).build())).isEmpty();

        // POST /trackings/delete, with one unknown key that keeps its own outcome.
        List<ShipmentKey> keys = new ArrayList<>(items.stream().map(NewShipment::key).toList());
        keys.add(20, ShipmentKey.of("dhl", "PPNEVERREGISTERED"));
        List<ItemOutcome<ShipmentKey>> deleted = parcelport.manage().deleteAll(keys);
        assertThat(deleted).hasSize(96);
        assertThat(deleted.get(20).isRejectedFor(RejectionReason.NOT_FOUND)).isTrue();
        assertThat(deleted).filteredOn(ItemOutcome::isAccepted).hasSize(95);
        assertThat(parcelport.follow().query(ShipmentQuery.ALL)).isEmpty();
    }

    @Test
    void realTimeTrackingRegistersAnUnknownNumberAndTheCarrierCanBeChanged() {
        ShipmentKey key = ShipmentKey.of("usps", "PPTRANSIT2000");
        clock.advance(Duration.ofMinutes(1));

        // POST /trackings/realtime
        ItemOutcome<Shipment> fresh = parcelport.refresh().refresh(NewShipment.of(key));
        assertThat(fresh.isAccepted()).isTrue();
        assertThat(parcelport.follow().find(key)).isPresent();

        // POST /trackings/update (change carrier)
        ItemOutcome<Shipment> moved = parcelport.manage().changeCarrier(key, CarrierCode.of("ups"));
        assertThat(moved.value()).map(Shipment::key).contains(ShipmentKey.of("ups", "PPTRANSIT2000"));
        assertThat(parcelport.follow().find(key)).isEmpty();
        assertThat(parcelport.follow().find(ShipmentKey.of("ups", "PPTRANSIT2000"))).isPresent();
    }

    @Test
    void carriersAreListedAndDetectedOncePerNumber() {
        // GET /carriers, POST /carriers/detect
        assertThat(parcelport.carriers().carriers()).extracting(c -> c.code().value()).contains("usps", "dhl");
        TrackingNumber number = TrackingNumber.of("9400111899223197428490");
        long before = parcelport.account().account().remainingQuota();
        for (int i = 0; i < 10; i++) {
            assertThat(parcelport.carriers().detect(number)).first().extracting(c -> c.code()).isEqualTo(USPS);
        }
        // Ten asks, one backend detection (the service caches it): at most one unit spent per five detections.
        assertThat(parcelport.account().account().remainingQuota()).isEqualTo(before);
        assertThat(parcelport.carriers().resolve(number, Optional.of(CarrierCode.of("fedex"))))
                .contains(CarrierCode.of("fedex"));
    }

    @Test
    void insightsAnswerEveryQuestionInOrder() {
        // POST /trackings/remote
        assertThat(parcelport.insights().checkRemoteAreas(List.of(
                RemoteAreaCheck.of(CountryCode.of("JP"), "7621094"),
                RemoteAreaCheck.of(CountryCode.of("DE"), "10115"))))
                .extracting(r -> r.check().country().value()).containsExactly("JP", "DE");
        // POST /trackings/costtime
        assertThat(parcelport.insights().transitTimes(List.of(
                new TransitTimeQuery(USPS, CountryCode.of("CN"), CountryCode.of("US")))))
                .hasSize(1);
    }

    @Test
    void anAirWaybillIsTrackedWithItsFlightsAndABadOneCostsNothing() {
        long before = parcelport.account().account().remainingQuota();

        // POST /trackings/aircargo
        List<ItemOutcome<AirCargoTracking>> outcomes = parcelport.airCargo()
                .trackAll(List.of("172-28891936", "172-28891937", "17228891936"));

        AirCargoTracking awb = outcomes.get(0).value().orElseThrow();
        assertThat(awb.origin()).isEqualTo(AirportCode.of("XMN"));
        assertThat(awb.destination()).isEqualTo(AirportCode.of("MXP"));
        assertThat(awb.flightLegs()).extracting(FlightLeg::flight)
                .containsExactlyInAnyOrder(FlightNumber.parse("CV7493"), FlightNumber.parse("C80066"));
        assertThat(awb.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(outcomes.get(1).isRejectedFor(RejectionReason.INVALID_TRACKING_NUMBER)).isTrue();
        assertThat(outcomes.get(1).rejection().orElseThrow().message()).contains("172-28891937");
        assertThat(outcomes.get(2).value()).contains(awb);
        // One valid waybill, spelled twice, looked up once: 20 units.
        assertThat(parcelport.account().account().remainingQuota()).isEqualTo(before - 20);
    }
}

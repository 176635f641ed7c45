package io.parcelport.adapter.inmemory;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.aircargo.AirWaybill;
import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.carrier.CarrierKind;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Realistic demo data: shipments of many carriers in every delivery status, with event histories, and the known air
 * waybills (TrackingMore's example {@code 172-28891936} and four more).
 *
 * <p>The same {@code (count, seed, now)} always gives the same shipments. Each shipment is registered in the past,
 * at just the age that puts its simulated history in the status it was drawn for; statuses take turns, so any
 * {@code count} of at least 9 covers every status but {@code UNKNOWN}, and carriers take turns too.
 */
public final class DemoData {

    /** The moment {@link #generate(int, long)} takes as now. */
    public static final Instant REFERENCE_TIME = Instant.parse("2025-06-02T09:00:00Z");

    private static final DeliveryStatus[] TARGETS = {
        DeliveryStatus.PENDING, DeliveryStatus.INFO_RECEIVED, DeliveryStatus.NOT_FOUND, DeliveryStatus.IN_TRANSIT,
        DeliveryStatus.OUT_FOR_DELIVERY, DeliveryStatus.DELIVERED, DeliveryStatus.FAILED_ATTEMPT,
        DeliveryStatus.EXCEPTION, DeliveryStatus.EXPIRED};

    private static final Map<DeliveryStatus, List<Scenario>> SCENARIOS = Map.of(
            DeliveryStatus.PENDING, List.of(Scenario.DELIVERED),
            DeliveryStatus.INFO_RECEIVED, List.of(Scenario.DELIVERED, Scenario.RETURNED),
            DeliveryStatus.NOT_FOUND, List.of(Scenario.NOT_FOUND_THEN_EXPIRED),
            DeliveryStatus.IN_TRANSIT, List.of(Scenario.DELIVERED, Scenario.FAILED_THEN_DELIVERED),
            DeliveryStatus.OUT_FOR_DELIVERY, List.of(Scenario.DELIVERED, Scenario.COLLECTED_AT_PICKUP),
            DeliveryStatus.DELIVERED, List.of(Scenario.DELIVERED, Scenario.FAILED_THEN_DELIVERED,
                    Scenario.COLLECTED_AT_PICKUP),
            DeliveryStatus.FAILED_ATTEMPT, List.of(Scenario.FAILED_THEN_DELIVERED, Scenario.RETURNED),
            DeliveryStatus.EXCEPTION, List.of(Scenario.RETURNED, Scenario.HELD_BY_CUSTOMS),
            DeliveryStatus.EXPIRED, List.of(Scenario.STALLED_THEN_EXPIRED, Scenario.NOT_FOUND_THEN_EXPIRED));

    private static final List<String> PRODUCTS = List.of("Ceramic teapot", "Running shoes", "USB-C hub",
            "Wool scarf", "Phone case", "Desk lamp", "Board game", "Bluetooth speaker", "Yoga mat", "Coffee grinder",
            "Watercolour set", "Backpack");
    private static final List<String> NAMES = List.of("Ada Lovelace", "Grace Hopper", "Alan Turing",
            "Katherine Johnson", "Edsger Dijkstra", "Barbara Liskov", "Donald Knuth", "Margaret Hamilton",
            "Tim Berners-Lee", "Frances Allen");

    /** One demo shipment, when it was registered, and the history it follows. */
    record Seeded(NewShipment shipment, Instant createdAt, Scenario scenario) {
    }

    private DemoData() {
    }

    /** {@code count} demo shipments as of {@link #REFERENCE_TIME}, with their histories up to then. */
    public static List<Shipment> generate(int count, long seed) {
        return generate(count, seed, REFERENCE_TIME);
    }

    /** {@code count} demo shipments as of {@code now}, with their histories up to then, in registration order. */
    public static List<Shipment> generate(int count, long seed, Instant now) {
        InMemoryBackend backend = InMemoryBackend.builder().clock(ManualClock.at(now)).demoData(count, seed).build();
        List<Shipment> all = new ArrayList<>(count);
        PageRequest page = PageRequest.first(BackendLimitsHolder.PAGE);
        Page<Shipment> p;
        do {
            p = backend.shipments().query(ShipmentQuery.ALL, page);
            all.addAll(p.items());
            page = page.next();
        } while (p.hasNext());
        return List.copyOf(all);
    }

    /** The air waybills every in-memory backend knows, TrackingMore's documented example first. */
    public static List<AirWaybill> airWaybills() {
        return AirWaybills.known();
    }

    static List<Seeded> seeds(int count, long seed, Instant now, CarrierCatalog catalog) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Carrier> carriers = new ArrayList<>(catalog.carriers());
        // A seeded shuffle, so that different seeds spread statuses over carriers differently.
        for (int i = carriers.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            Carrier t = carriers.get(i);
            carriers.set(i, carriers.get(j));
            carriers.set(j, t);
        }
        List<Seeded> seeds = new ArrayList<>(count);
        Set<ShipmentKey> used = new HashSet<>();
        for (int i = 0; i < count; i++) {
            DeliveryStatus target = TARGETS[i % TARGETS.length];
            // Carriers advance once per round of statuses, so each carrier sees every status over time.
            Carrier carrier = carriers.get((i + i / TARGETS.length) % carriers.size());
            ShipmentKey key;
            do {
                key = new ShipmentKey(carrier.code(), numberFor(carrier, rnd));
            } while (!used.add(key));
            List<Scenario> options = SCENARIOS.get(target);
            Scenario scenario = options.get(rnd.nextInt(options.size()));
            Simulator.Plan plan = Simulator.plan(key, scenario, carrier.kind());
            Duration age = ageFor(plan, target, rnd);
            Instant createdAt = now.minus(age);
            CountryCode destination = Geography.DESTINATIONS.get(rnd.nextInt(Geography.DESTINATIONS.size()));
            NewShipment shipment = NewShipment.builder(key)
                    .orderId(String.format("DEMO-%06d", i + 1))
                    .title(PRODUCTS.get(rnd.nextInt(PRODUCTS.size())))
                    .orderTime(LocalDateTime.ofInstant(createdAt.minus(Duration.ofHours(2 + rnd.nextInt(70))),
                            ZoneOffset.UTC).withNano(0).withSecond(0))
                    .customerName(NAMES.get(rnd.nextInt(NAMES.size())))
                    .addCustomerEmail("customer" + (i + 1) + "@example.com")
                    .destinationCountry(destination)
                    .pinCarrier(true)
                    .build();
            seeds.add(new Seeded(shipment, createdAt, scenario));
        }
        return seeds;
    }

    /** An age at which the plan is in {@code target}: midway between the step that reaches it and the next. */
    private static Duration ageFor(Simulator.Plan plan, DeliveryStatus target, SplittableRandom rnd) {
        for (int j = 0; j < plan.size(); j++) {
            if (plan.step(j).status() != target) {
                continue;
            }
            Duration reached = plan.step(j).offset();
            if (j + 1 == plan.size()) {
                return reached.plusHours(1 + rnd.nextInt(24 * 10));
            }
            Duration gap = plan.step(j + 1).offset().minus(reached);
            return reached.plus(gap.multipliedBy(1 + rnd.nextInt(8)).dividedBy(10));
        }
        throw new IllegalStateException("no step reaches " + target + " in " + plan);
    }

    /** A number in the carrier's own format, so that detection and the simulator treat it realistically. */
    private static TrackingNumber numberFor(Carrier carrier, SplittableRandom rnd) {
        String code = carrier.code().value();
        String number = switch (code) {
            case "usps" -> "9400" + digits(rnd, 18);
            case "ups" -> "1Z" + alnum(rnd, 6) + "03" + digits(rnd, 8);
            case "fedex" -> digits(rnd, 12);
            case "dhl" -> digits(rnd, 10);
            case "dhl-germany" -> "00340434" + digits(rnd, 12);
            case "dpd" -> "0" + digits(rnd, 13);
            case "gls" -> digits(rnd, 11);
            case "tnt" -> digits(rnd, 9);
            case "cainiao" -> "LP00" + digits(rnd, 12);
            case "yanwen" -> "UG" + digits(rnd, 16);
            case "4px" -> "4PX" + digits(rnd, 13);
            default -> carrier.kind() == CarrierKind.POSTAL ? s10(rnd, countryOf(code)) : digits(rnd, 12);
        };
        return TrackingNumber.of(number);
    }

    private static String countryOf(String postalCode) {
        return switch (postalCode) {
            case "usps" -> "US";
            case "china-post", "china-ems" -> "CN";
            case "deutsch-post" -> "DE";
            case "royal-mail" -> "GB";
            case "canada-post" -> "CA";
            case "australia-post" -> "AU";
            case "japan-post" -> "JP";
            case "la-poste" -> "FR";
            case "postnl-3s" -> "NL";
            case "turkey-post" -> "TR";
            case "hong-kong-post" -> "HK";
            case "singapore-post" -> "SG";
            case "colombia-post" -> "CO";
            case "correos-spain" -> "ES";
            case "poste-italiane" -> "IT";
            default -> "XX";
        };
    }

    private static String s10(SplittableRandom rnd, String country) {
        String serial = digits(rnd, 8);
        String service = country.equals("CN") && rnd.nextBoolean() ? "E" : "R";
        return service + (char) ('A' + rnd.nextInt(26)) + serial + CarrierCatalog.s10CheckDigit(serial)
                + (country.equals("XX") ? "GB" : country);
    }

    private static String digits(SplittableRandom rnd, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + rnd.nextInt(10)));
        }
        return b.toString();
    }

    private static String alnum(SplittableRandom rnd, int n) {
        String chars = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(chars.charAt(rnd.nextInt(chars.length())));
        }
        return b.toString();
    }

    /** The page size used to read demo data back. */
    private static final class BackendLimitsHolder {
        static final int PAGE = io.parcelport.ports.BackendLimits.TRACKINGMORE_V2.maxPageSize();
    }
}

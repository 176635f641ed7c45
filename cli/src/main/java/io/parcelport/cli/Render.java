package io.parcelport.cli;

import io.parcelport.domain.account.AccountInfo;
import io.parcelport.domain.aircargo.AirCargoTracking;
import io.parcelport.domain.aircargo.AirportCode;
import io.parcelport.domain.aircargo.CargoEvent;
import io.parcelport.domain.aircargo.FlightLeg;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.EventTime;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentStatus;
import io.parcelport.domain.shipment.StatusCounts;
import io.parcelport.domain.shipment.SubStatus;
import io.parcelport.domain.shipment.TrackingEvent;
import io.parcelport.domain.shipment.TrackingLeg;
import io.parcelport.ports.Rejection;
import io.parcelport.ports.RejectionReason;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The human-readable forms of shipments, timelines, air waybills and outcomes, for a terminal. */
public final class Render {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Render() {
    }

    /** A delivery status as users type it, e.g. {@code in-transit}. */
    public static String status(DeliveryStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A rejection reason in words, e.g. {@code already exists}. */
    public static String reason(RejectionReason reason) {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A rejection as one line: its reason, message and backend code. */
    public static String rejection(Rejection rejection) {
        return reason(rejection.reason()) + ": " + rejection.message()
                + rejection.backendCode().map(code -> " (backend code " + code + ")").orElse("");
    }

    /** An instant to the minute, in UTC. */
    public static String instant(Instant instant) {
        return MINUTES.format(instant.atOffset(ZoneOffset.UTC)) + " UTC";
    }

    /** A carrier's local time to the minute, with its offset when the carrier gave one. */
    public static String time(EventTime time) {
        return MINUTES.format(time.local()) + time.offset().map(o -> " " + o).orElse("");
    }

    /** A station-local time to the minute, or {@code -}. */
    public static String local(Optional<LocalDateTime> time) {
        return time.map(MINUTES::format).orElse("-");
    }

    /** The status column of a listing: the status in force, marked when set by hand. */
    public static String statusCell(Shipment shipment) {
        return status(shipment.deliveryStatus()) + (shipment.status().isOverridden() ? " (manual)" : "");
    }

    /** The latest event of a shipment as one cell: when and what. */
    public static String latestEventCell(Shipment shipment) {
        return shipment.latestEvent().map(e -> time(e.time()) + "  " + e.description()).orElse("-");
    }

    /** A table of shipments, for listings. */
    public static Table shipmentTable() {
        return new Table("CARRIER", "TRACKING NUMBER", "STATUS", "ORDER", "TITLE", "LATEST EVENT")
                .cap(0, 16).cap(1, 30).cap(2, 26).cap(3, 16).cap(4, 22).cap(5, 60)
                .min(0, 8).min(1, 13).min(2, 9).min(3, 8).min(4, 8).min(5, 12);
    }

    /** Adds one shipment to a {@link #shipmentTable()}. */
    public static void shipmentRow(Table table, Shipment s) {
        table.row(s.key().carrier().value(), s.key().trackingNumber().value(), statusCell(s),
                s.orderId().orElse(null), s.title().orElse(null), latestEventCell(s));
    }

    /** A shipment's details and its timeline, newest event first, leg by leg. */
    public static void shipment(PrintWriter out, Shipment s) {
        out.println(s.key().carrier().value() + " " + s.key().trackingNumber().value());
        ShipmentStatus status = s.status();
        StringBuilder line = new StringBuilder(status(s.deliveryStatus()));
        s.subStatus().ifPresent(sub -> line.append(" (").append(subStatus(sub)).append(')'));
        status.manualOverride().ifPresent(o -> line.append("  set by hand at ").append(instant(o.setAt()))
                .append("; the carrier says ").append(status(status.carrierStatus())));
        detail(out, "Status", line.toString());
        if (s.orderId().isPresent() || s.title().isPresent()) {
            detail(out, "Order", String.join(" · ", present(List.of(s.orderId(), s.title()))));
        }
        s.orderTime().ifPresent(t -> detail(out, "Ordered", MINUTES.format(t)));
        if (s.customerName().isPresent() || !s.customerEmails().isEmpty() || s.customerPhone().isPresent()) {
            String emails = s.customerEmails().isEmpty() ? "" : "<" + String.join(", ", s.customerEmails()) + ">";
            detail(out, "Customer", String.join(" ", present(List.of(s.customerName(), Optional.of(emails).filter(
                    e -> !e.isEmpty()), s.customerPhone()))));
        }
        if (s.originCountry().isPresent() || s.destinationCountry().isPresent()) {
            detail(out, "Route", s.originCountry().map(c -> c.value()).orElse("?") + " -> "
                    + s.destinationCountry().map(c -> c.value() + " (" + c.englishName() + ")").orElse("?"));
        }
        s.logisticsChannel().ifPresent(c -> detail(out, "Channel", c));
        s.comment().ifPresent(c -> detail(out, "Comment", c));
        s.signedBy().ifPresent(c -> detail(out, "Signed by", c));
        detail(out, "Registered", instant(s.createdAt())
                + s.updatedAt().map(u -> "   updated " + instant(u)).orElse(""));
        if (s.transitDays().isPresent() || s.daysSinceLastEvent().isPresent()) {
            detail(out, "Transit", String.join("; ", present(List.of(
                    s.transitDays().isPresent() ? Optional.of(days(s.transitDays().getAsInt()) + " on the way")
                            : Optional.empty(),
                    s.daysSinceLastEvent().isPresent()
                            ? Optional.of(days(s.daysSinceLastEvent().getAsInt()) + " since the latest event")
                            : Optional.empty()))));
        }
        detail(out, "Archived", (s.isArchived() ? "yes" : "no") + "   refreshing " + (s.isRefreshing() ? "yes"
                : "no (stopped or final)"));
        boolean twoLegs = !s.destinationLeg().isEmpty();
        leg(out, twoLegs ? "Origin leg" : "Timeline", s.originLeg(), s);
        if (twoLegs) {
            leg(out, "Destination leg", s.destinationLeg(), s);
        }
    }

    private static void leg(PrintWriter out, String title, TrackingLeg leg, Shipment s) {
        out.println();
        String carrier = leg.carrier().map(c -> " (" + c.value() + ")").orElse("");
        out.println("  " + title + carrier + ", newest first");
        if (leg.events().isEmpty()) {
            out.println("    no events yet");
            return;
        }
        Table table = new Table("WHEN", "STATUS", "WHAT", "WHERE").indent(4).cap(2, 60).cap(3, 30);
        for (TrackingEvent e : leg.events()) {
            table.row(time(e.time()), status(e.checkpointStatus()), e.description(),
                    e.location().orElse(""));
        }
        table.flush(out);
    }

    /** Status counts as a table with a total. */
    public static void counts(PrintWriter out, StatusCounts counts) {
        Table table = new Table("STATUS", "SHIPMENTS");
        for (DeliveryStatus s : DeliveryStatus.values()) {
            if (s != DeliveryStatus.UNKNOWN || counts.count(s) > 0) {
                table.row(status(s), String.format(Locale.ROOT, "%9d", counts.count(s)));
            }
        }
        table.row("total", String.format(Locale.ROOT, "%9d", counts.total()));
        table.flush(out);
    }

    /** The account's state. */
    public static void account(PrintWriter out, AccountInfo info) {
        detail(out, "E-mail", info.email().orElse("-"));
        detail(out, "Registered", info.registeredAt().map(Render::instant).orElse("-"));
        detail(out, "Balance", info.balance().map(b -> b.toPlainString()).orElse("-"));
        detail(out, "Quota left", info.remainingQuota() + (info.isQuotaExhausted() ? " (exhausted)" : ""));
    }

    /** One air waybill: route, totals, flights with their delays, and the status events. */
    public static void airCargo(PrintWriter out, AirCargoTracking t) {
        out.println("Air waybill " + t.waybill() + t.airline().map(a -> " · " + a.name()
                + a.designator().map(d -> " (" + d + ")").orElse("")).orElse(""));
        String route = t.route().stream().map(AirportCode::toString).collect(Collectors.joining(" -> "));
        detail(out, "Route", route + (t.isMultiLeg() && !t.transitStations().isEmpty()
                ? "   via " + t.transitStations().stream().map(AirportCode::toString)
                        .collect(Collectors.joining(", ")) : ""));
        detail(out, "Pieces", (t.pieces().isPresent() ? String.valueOf(t.pieces().getAsInt()) : "-")
                + "   weight " + t.weight().map(Object::toString).orElse("-"));
        detail(out, "Status", status(t.status()) + t.latestEvent().map(e -> "   latest: " + e.statusCode() + " "
                + e.description() + " at " + e.station()).orElse(""));
        out.println();
        out.println("  Flights");
        if (t.flightLegs().isEmpty()) {
            out.println("    none reported");
        } else {
            Table flights = new Table("FLIGHT", "FROM", "TO", "DEPARTS (PLANNED)", "DEPARTED", "ARRIVES (PLANNED)",
                    "ARRIVED", "DELAY ON ARRIVAL").indent(4);
            boolean impossible = false;
            for (FlightLeg leg : t.flightLegs()) {
                boolean backwards = arrivesBeforeItDeparts(leg);
                impossible |= backwards;
                flights.row(leg.flight().toString(), leg.departureStation().toString(), leg.arrivalStation().toString(),
                        local(leg.plannedDeparture()), local(leg.actualDeparture()), local(leg.plannedArrival()),
                        local(leg.actualArrival()) + (backwards ? " *" : ""),
                        leg.arrivalDelay().map(Render::delay).orElse("-"));
            }
            flights.flush(out);
            if (impossible) {
                out.println("    * arrives (local time) before it departs (local time): as the airline reported it;"
                        + " each time is local to its station, so only a date-line crossing explains a gap this way");
            }
        }
        out.println();
        out.println("  Events, newest first");
        if (t.events().isEmpty()) {
            out.println("    none yet");
        } else {
            Table events = new Table("WHEN", "CODE", "STATION", "FLIGHT", "WHAT", "PIECES", "WEIGHT").indent(4)
                    .cap(4, 50);
            // Airlines list events in either order; one order for every waybill reads better than the airline's.
            List<CargoEvent> newestFirst = t.events().stream()
                    .sorted(Comparator.comparing((CargoEvent e) -> e.time().orElse(LocalDateTime.MIN)).reversed())
                    .toList();
            for (CargoEvent e : newestFirst) {
                events.row(local(e.time()) + (e.hasHappened() ? "" : " (planned)"), e.statusCode().code(),
                        e.station().toString(), e.flight().map(Object::toString).orElse("-"), e.description(),
                        e.pieces().isPresent() ? String.valueOf(e.pieces().getAsInt()) : "-",
                        e.weight().map(Object::toString).orElse("-"));
            }
            events.flush(out);
        }
    }

    /** A web address as a terminal can open it: a protocol-relative one ({@code //www.usps.com/}) gets https. */
    static String link(String address) {
        return address.startsWith("//") ? "https:" + address : address;
    }

    // Local times of two stations: only a flight east across the date line may land "before" it took off.
    private static boolean arrivesBeforeItDeparts(FlightLeg leg) {
        return leg.actualDeparture().isPresent() && leg.actualArrival().isPresent()
                && leg.actualArrival().get().isBefore(leg.actualDeparture().get());
    }

    /** A delay as {@code +1h 10m}, {@code -5m} or {@code on time}. */
    public static String delay(Duration d) {
        if (d.isZero()) {
            return "on time";
        }
        long minutes = Math.abs(d.toMinutes());
        String text = (minutes >= 60 ? minutes / 60 + "h " : "") + minutes % 60 + "m";
        return (d.isNegative() ? "-" : "+") + text;
    }

    /** A section heading, for the demo. */
    public static void heading(PrintWriter out, String title) {
        out.println();
        out.println(title);
        out.println("=".repeat(title.length()));
    }

    /** A labelled line of a detail block. */
    public static void detail(PrintWriter out, String label, String value) {
        out.printf(Locale.ROOT, "  %-12s %s%n", label, value);
    }

    static String subStatus(SubStatus sub) {
        return sub.code() + sub.meaning().map(m -> ": " + m).orElse("");
    }

    private static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }

    private static List<String> present(List<Optional<String>> values) {
        return values.stream().flatMap(Optional::stream).toList();
    }
}

package io.parcelport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.adapter.inmemory.MagicNumbers;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each command's text output, JSON output and exit code, against the in-memory backend. */
class CommandsTest {

    private final Cli cli = new Cli();
    private final String delivered = MagicNumbers.number(MagicNumbers.DELIVERED, 1).value();

    @Test
    void createRegistersAShipmentWithEveryFieldAndShowsIt() {
        Cli.Result r = cli.run("create", "usps", delivered, "--order-id", "A-1", "--title", "Teapot",
                "--customer-name", "Ada", "--customer-email", "ada@example.com", "--customer-email",
                "ops@example.com", "--customer-phone", "+44 1", "--destination", "de", "--postal-code", "10115",
                "--ship-date", "20250601", "--account-number", "ACC", "--carrier-destination", "DE", "--lang", "de",
                "--comment", "fragile", "--channel", "express", "--order-time", "2025/6/1 10:30", "--pin-carrier");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Registered usps/" + delivered).contains("pending").contains("A-1 · Teapot")
                .contains("Ada <ada@example.com, ops@example.com> +44 1").contains("DE (Germany)")
                .contains("express").contains("fragile");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void createAsJsonCarriesEveryFieldAndTheOutcome() {
        Cli.Result r = cli.run("create", "usps", delivered, "--json", "--order-id", "A-1", "--customer-email",
                "ada@example.com", "--postal-code", "10115", "--ship-date", "2025-06-01", "--lang", "de");

        Map<String, Object> doc = r.json();
        assertThat(r.code()).isZero();
        assertThat(doc).containsEntry("outcome", "created");
        assertThat(Json.<String>at(doc, "shipment", "tracking_number")).isEqualTo(delivered);
        assertThat(Json.<String>at(doc, "shipment", "status")).isEqualTo("pending");
        assertThat(Json.<String>at(doc, "shipment", "order_id")).isEqualTo("A-1");
        assertThat(Json.<List<String>>at(doc, "shipment", "customer_emails")).containsExactly("ada@example.com");
        assertThat(Json.<String>at(doc, "shipment", "carrier_extras", "postal_code")).isEqualTo("10115");
        assertThat(Json.<String>at(doc, "shipment", "carrier_extras", "ship_date")).isEqualTo("2025-06-01");
        assertThat(Json.<String>at(doc, "shipment", "language")).isEqualTo("de");
    }

    @Test
    void createOfAShipmentAlreadyRegisteredSucceedsAndSaysSo() {
        cli.run("create", "usps", delivered);

        Cli.Result again = cli.run("create", "usps", delivered);
        Cli.Result json = cli.run("create", "usps", delivered, "--json");

        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("Already registered: usps/" + delivered);
        assertThat(json.json()).containsEntry("outcome", "already_exists");
        assertThat(Json.<String>at(json.json(), "rejection", "reason")).isEqualTo("already_exists");
    }

    @Test
    void getShowsTheTimelineNewestFirst() {
        cli.run("create", "usps", delivered, "--title", "Teapot");
        cli.clock.advance(Duration.ofHours(4));

        Cli.Result r = cli.run("get", "usps", delivered);

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Status       delivered (delivered001").contains("Timeline, newest first");
        List<String> lines = Cli.lines(r.out());
        int deliveredLine = indexOfLineContaining(lines, "  delivered  ");
        int transitLine = indexOfLineContaining(lines, "  in-transit  ");
        assertThat(deliveredLine).isPositive().isLessThan(transitLine);
    }

    @Test
    void getAsJsonListsTheEvents() {
        cli.run("create", "usps", delivered);
        cli.clock.advance(Duration.ofHours(4));

        Map<String, Object> doc = cli.run("--json", "get", "usps", delivered).json();

        assertThat(doc).containsEntry("outcome", "found");
        assertThat(Json.<String>at(doc, "shipment", "status")).isEqualTo("delivered");
        List<Object> events = Json.at(doc, "shipment", "origin_leg", "events");
        assertThat(events).hasSize(3);
        assertThat(Json.<String>at(events, 0, "status")).isEqualTo("delivered");
        assertThat(Json.<String>at(events, 2, "status")).isEqualTo("in_transit");
    }

    @Test
    void getOfAnUnknownShipmentIsRefusedWithOneLineOnStderr() {
        Cli.Result r = cli.run("get", "usps", "NOSUCH1");
        Cli.Result json = cli.run("get", "usps", "NOSUCH1", "--json");

        assertThat(r.code()).isEqualTo(ExitCode.REFUSED);
        assertThat(r.out()).isEmpty();
        assertThat(Cli.lines(r.err())).singleElement().asString()
                .isEqualTo("parcelport get: not found: usps/NOSUCH1 is not registered (the embedded backend lives for one command: "
                        + "run './parcelport serve' and point --base-url at it to keep shipments between commands)");
        assertThat(json.code()).isEqualTo(ExitCode.REFUSED);
        assertThat(json.json()).containsEntry("outcome", "rejected");
        assertThat(Json.<String>at(json.json(), "rejection", "reason")).isEqualTo("not_found");
    }

    @Test
    void updateChangesDetailsArchivesAndSetsTheStatusByHand() {
        cli.run("create", "usps", delivered);

        Cli.Result r = cli.run("update", "usps", delivered, "--title", "Kettle", "--archived", "true", "--status",
                "exception", "--customer-email", "b@example.com", "--destination", "FR", "--order-id", "B-2",
                "--channel", "economy", "--customer-name", "Bea", "--customer-phone", "123");
        Map<String, Object> doc = cli.run("update", "usps", delivered, "--status", "revert", "--json").json();

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Updated usps/" + delivered).contains("exception").contains("set by hand")
                .contains("Archived     yes").contains("B-2 · Kettle");
        assertThat(doc).containsEntry("outcome", "updated");
        assertThat(Json.<String>at(doc, "shipment", "status")).isEqualTo("pending");
        assertThat(Json.<Boolean>at(doc, "shipment", "archived")).isTrue();
        assertThat(Json.<Object>at(doc, "shipment", "manual_status")).isNull();
    }

    @Test
    void updateWithNothingToChangeIsAUsageError() {
        Cli.Result r = cli.run("update", "usps", delivered);

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("nothing to change");
    }

    @Test
    void updateOfAnUnknownShipmentIsRefused() {
        Cli.Result r = cli.run("update", "usps", "NOSUCH1", "--title", "x");

        assertThat(r.code()).isEqualTo(ExitCode.REFUSED);
        assertThat(r.err()).startsWith("parcelport update: not found");
    }

    @Test
    void deleteRemovesTheShipmentAndASecondDeleteIsRefused() {
        cli.run("create", "usps", delivered);

        Cli.Result r = cli.run("delete", "usps", delivered);
        Cli.Result again = cli.run("delete", "usps", delivered, "--json");

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("Deleted usps/" + delivered + ".\n");
        assertThat(again.code()).isEqualTo(ExitCode.REFUSED);
        assertThat(Json.<String>at(again.json(), "rejection", "reason")).isEqualTo("not_found");
        assertThat(cli.run("get", "usps", delivered).code()).isEqualTo(ExitCode.REFUSED);
    }

    @Test
    void deleteAsJsonNamesTheShipment() {
        cli.run("create", "usps", delivered);

        Map<String, Object> doc = cli.run("delete", "usps", delivered, "--json").json();

        assertThat(doc).containsEntry("outcome", "deleted");
        assertThat(Json.<String>at(doc, "shipment", "tracking_number")).isEqualTo(delivered);
    }

    @Test
    void realtimeTracksAndRegistersAnUnknownShipment() {
        Cli.Result r = cli.run("realtime", "dhl", "PPTRANSIT0001");
        Map<String, Object> doc = cli.run("realtime", "dhl", "PPTRANSIT0001", "--json").json();

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("dhl PPTRANSIT0001");
        assertThat(doc).containsEntry("outcome", "tracked");
        assertThat(cli.backend.size()).isEqualTo(1);
    }

    @Test
    void changeCarrierMovesTheShipment() {
        cli.run("create", "usps", delivered);

        Cli.Result r = cli.run("change-carrier", "usps", delivered, "ups");
        Map<String, Object> doc = cli.run("change-carrier", "ups", delivered, "dhl", "--json").json();

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Moved usps/" + delivered + " to ups.");
        assertThat(Json.<String>at(doc, "shipment", "carrier")).isEqualTo("dhl");
        assertThat(cli.run("change-carrier", "usps", delivered, "ups").code()).isEqualTo(ExitCode.REFUSED);
    }

    @Test
    void stopStopsEachNumberAndRefusesUnknownOnes() {
        cli.run("create", "usps", delivered);

        Cli.Result r = cli.run("stop", "usps", delivered, "NOSUCH1");
        Map<String, Object> doc = cli.run("stop", "usps", delivered, "--json").json();

        assertThat(r.code()).isEqualTo(ExitCode.REFUSED);
        assertThat(r.out()).contains("stopped").contains("not found").contains("1 stopped, 1 refused.");
        assertThat(r.err()).isEqualTo("parcelport stop: 1 of 2 shipments refused\n");
        assertThat(doc).containsEntry("stopped", BigDecimal.ONE).containsEntry("rejected", BigDecimal.ZERO);
        assertThat(Json.<String>at(doc, "results", 0, "outcome")).isEqualTo("stopped");
    }

    @Test
    void stopNeedsAtLeastOneNumber() {
        assertThat(cli.run("stop", "usps").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void carriersListsTheDirectory() {
        Cli.Result r = cli.run("carriers");
        Map<String, Object> doc = cli.run("carriers", "--json").json();

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("CODE").contains("usps").contains("royal-mail").contains(" carriers.");
        assertThat(Json.<List<Object>>at(doc, "carriers")).hasSizeGreaterThan(20);
        assertThat(Json.<String>at(doc, "carriers", 0, "code")).isNotBlank();
    }

    @Test
    void carriersDetectsTheCarrierOfANumber() {
        Cli.Result r = cli.run("carriers", "--detect", "9400110200881234567890");
        Map<String, Object> doc = cli.run("carriers", "--detect", "9400110200881234567890", "--json").json();

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("usps").contains("Most likely first.");
        assertThat(doc).containsEntry("number", "9400110200881234567890");
        assertThat(Json.<String>at(doc, "carriers", 0, "code")).isEqualTo("usps");
    }

    @Test
    void carriersRefusesWhenNothingIsDetected() {
        Cli.Result r = cli.run("carriers", "--detect", "QQ");

        assertThat(r.code()).isEqualTo(ExitCode.REFUSED);
        assertThat(r.err()).contains("no carrier recognises QQ");
    }

    @Test
    void accountShowsTheQuota() {
        Cli.Result r = cli.run("account");
        Map<String, Object> doc = cli.run("account", "--json").json();

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Quota left").contains("demo@parcelport.invalid");
        assertThat(doc).containsEntry("email", "demo@parcelport.invalid").containsEntry("quota_exhausted", false);
        assertThat((BigDecimal) doc.get("remaining_quota")).isPositive();
    }

    @Test
    void countsShowEveryStatusAndTheTotal() {
        Cli demo = new Cli(18);

        Cli.Result r = demo.run("counts");
        Map<String, Object> doc = demo.run("counts", "--json").json();

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("in-transit").contains("delivered").containsPattern("total\\s+18");
        assertThat(doc).containsEntry("total", new BigDecimal(18));
        assertThat(Json.<BigDecimal>at(doc, "counts", "delivered")).isEqualTo(new BigDecimal(2));
    }

    @Test
    void countsApplyTheRegistrationRange() {
        Cli demo = new Cli(18);

        Map<String, Object> doc = demo.run("counts", "--json", "--created-from", "2025-06-02T08:59:00Z").json();

        assertThat((BigDecimal) doc.get("total")).isLessThan(new BigDecimal(18));
    }

    @Test
    void remoteAreaAnswersForEveryCarrierOrOne() {
        Cli.Result remote = cli.run("remote-area", "JP", "762 1094");
        Cli.Result one = cli.run("remote-area", "JP", "7621094", "--carrier", "dhl", "--json");
        Cli.Result not = cli.run("remote-area", "DE", "10115");

        assertThat(remote.code()).isZero();
        assertThat(remote.out()).contains("JP 762 1094 is a remote area for").contains("ups").contains("tnt");
        assertThat(one.json()).containsEntry("remote", true).containsEntry("carrier", "dhl");
        assertThat(Json.<List<String>>at(one.json(), "remote_for")).containsExactly("dhl");
        assertThat(not.out()).isEqualTo("DE 10115 is not a remote area for any carrier.\n");
    }

    @Test
    void transitTimeShowsTheShares() {
        Cli.Result r = cli.run("transit-time", "dhl", "CN", "US");
        Map<String, Object> doc = cli.run("transit-time", "dhl", "CN", "US", "--json").json();

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("dhl CN -> US").contains("7 days").contains("%");
        assertThat(doc).containsEntry("outcome", "found");
        BigDecimal sum = List.of("within_7_days", "within_8_to_15_days", "within_16_to_30_days",
                "within_31_to_60_days", "over_60_days").stream()
                .map(k -> Json.<BigDecimal>at(doc, "transit_time", k)).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo("1");
    }

    @Test
    void transitTimeForAnUnknownCarrierIsRefused() {
        Cli.Result r = cli.run("transit-time", "no-such-carrier", "CN", "US");

        assertThat(r.code()).isEqualTo(ExitCode.REFUSED);
        assertThat(r.err()).contains("not found");
    }

    @Test
    void airCargoShowsTheFlightLegsOfTheDocumentedWaybill() {
        Cli.Result r = cli.run("air-cargo", "172-28891936");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Air waybill 172-28891936 · Cargolux").contains("XMN -> LUX -> MXP")
                .contains("CV7493").contains("C80066").contains("1981 kg").contains("RCS");
    }

    @Test
    void airCargoAsJsonListsLegsAndRefusesABadCheckDigit() {
        Cli.Result r = cli.run("air-cargo", "17228891936", "172-28891937", "--json");

        Map<String, Object> doc = r.json();
        assertThat(r.code()).isEqualTo(ExitCode.REFUSED);
        assertThat(Json.<String>at(doc, "results", 0, "outcome")).isEqualTo("found");
        assertThat(Json.<List<Object>>at(doc, "results", 0, "air_cargo", "flight_legs")).hasSize(2);
        assertThat(Json.<String>at(doc, "results", 0, "air_cargo", "flight_legs", 0, "flight")).isEqualTo("CV7493");
        assertThat(Json.<String>at(doc, "results", 1, "rejection", "reason")).isEqualTo("invalid_tracking_number");
        assertThat(r.err()).contains("172-28891937").contains("invalid tracking number");
    }

    @Test
    void listShowsTheFirstPageAndHowManyMore() {
        Cli demo = new Cli(30);

        Cli.Result r = demo.run("list", "--page-size", "10");

        assertThat(r.code()).isZero();
        assertThat(Cli.lines(r.out())).first().asString().startsWith("CARRIER");
        assertThat(r.out()).contains("Showing the first 10; 20 more match (--all shows them all).");
        assertThat(Cli.lines(r.out())).hasSize(2 + 10 + 2);
    }

    @Test
    void listAllStreamsEveryShipment() {
        Cli demo = new Cli(450);

        Cli.Result r = demo.run("list", "--all");
        Map<String, Object> doc = demo.run("list", "--all", "--json").json();

        assertThat(r.out()).endsWith("450 shipments.\n");
        assertThat(Json.<List<Object>>at(doc, "shipments")).hasSize(450);
        assertThat(doc).containsEntry("has_more", false).containsEntry("more", BigDecimal.ZERO);
    }

    @Test
    void listFiltersByStatusNumberAndOrderId() {
        Cli demo = new Cli(18);

        Map<String, Object> byStatus = demo.run("list", "--status", "in-transit", "--json").json();
        Map<String, Object> byOrder = demo.run("list", "--order-id", "DEMO-000003", "--order-id", "DEMO-000004",
                "--json").json();
        Cli.Result none = demo.run("list", "--number", "NOSUCH");

        assertThat(Json.<List<Map<String, Object>>>at(byStatus, "shipments")).hasSize(2)
                .allSatisfy(s -> assertThat(s).containsEntry("status", "in_transit"));
        assertThat(byStatus).containsEntry("more", BigDecimal.ZERO);
        assertThat(Json.<List<Map<String, Object>>>at(byOrder, "shipments")).extracting(s -> s.get("order_id"))
                .containsExactlyInAnyOrder("DEMO-000003", "DEMO-000004");
        // Order ids are a filter the counts cannot apply: whether more follow is known, how many is not.
        assertThat(byOrder).containsEntry("has_more", false).containsEntry("more", null);
        assertThat(none.out()).isEqualTo("No shipments match.\n");
    }

    @Test
    void listFiltersByArchivedAndTimes() {
        cli.run("create", "usps", delivered);
        cli.run("create", "usps", "PPTRANSIT0001");
        cli.run("update", "usps", delivered, "--archived", "yes");

        Map<String, Object> archived = cli.run("list", "--archived", "yes", "--json").json();
        Map<String, Object> active = cli.run("list", "--archived", "no", "--json").json();
        Map<String, Object> today = cli.run("list", "--created-from", "2025-06-02", "--created-to", "2025-06-02",
                "--updated-from", "2025-06-01", "--json").json();
        Map<String, Object> tomorrow = cli.run("list", "--created-from", "2025-06-03", "--json").json();

        assertThat(Json.<List<Map<String, Object>>>at(archived, "shipments")).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("tracking_number", delivered));
        assertThat(Json.<List<Object>>at(active, "shipments")).hasSize(1);
        assertThat(Json.<List<Object>>at(today, "shipments")).hasSize(2);
        assertThat(Json.<List<Object>>at(tomorrow, "shipments")).isEmpty();
    }

    @Test
    void listRefusesARangeThatEndsBeforeItStarts() {
        Cli.Result r = cli.run("list", "--created-from", "2025-06-03", "--created-to", "2025-06-01");

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("starts after it ends");
    }

    private static int indexOfLineContaining(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aBackendFailureInAJsonListStillLeavesOneCompleteJsonDocumentOnStdout() {
        Cli failing = new Cli(30);
        failing.backend.faults(io.parcelport.adapter.inmemory.Faults.builder()
                .failureRate(io.parcelport.adapter.inmemory.Faults.Operation.QUERY, 1.0).build());

        Cli.Result r = failing.run("--json", "list", "--all");

        assertThat(r.code()).isEqualTo(ExitCode.BACKEND_FAILURE);
        assertThat(r.json()).containsEntry("complete", false).containsKey("error");
        assertThat(r.err()).isNotBlank();
    }
}

package io.parcelport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.ports.BackendException;
import io.parcelport.ports.Capability;
import io.parcelport.ports.OperationNotSupportedException;
import io.parcelport.ports.TransportException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The small things a new user trips over first, each fixed. */
class PaperCutsTest {

    private final Cli cli = new Cli();

    @Test
    void helpIsASubcommandToo() {
        Cli.Result r = cli.run("help", "list");

        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("Usage: parcelport list").contains("--status");
    }

    @Test
    void theToolWritesItsOwnShellCompletion() {
        Cli.Result r = cli.run("generate-completion");

        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("complete").contains("parcelport").contains("air-cargo");
    }

    @Test
    void aMissingShipmentOnTheEmbeddedBackendSaysThatBackendLivesForOneCommand() {
        Cli.Result r = cli.run("get", "usps", "9400111899562537624326");

        assertThat(r.code()).isEqualTo(ExitCode.REFUSED);
        assertThat(r.err()).contains("is not registered").contains("lives for one command")
                .contains("parcelport serve");
    }

    @Test
    void protocolRelativeHomepagesAreShownAsLinks() {
        Cli.Result r = cli.run("carriers");

        assertThat(r.out()).contains("https://www.deutschepost.de/");
        assertThat(Cli.lines(r.out())).noneMatch(line -> line.matches(".*\\s//\\S+.*"));
    }

    @Test
    void airCargoEventsAreNewestFirstAndABackwardsFlightIsExplained() {
        Cli.Result r = cli.run("air-cargo", "172-28891936");

        List<String> lines = Cli.lines(r.out());
        int heading = lines.indexOf("  Events, newest first");
        assertThat(heading).isPositive();
        List<String> whens = lines.subList(heading + 3, lines.size()).stream().takeWhile(l -> !l.isBlank())
                .map(l -> l.strip().substring(0, 16)).toList();
        assertThat(whens).hasSizeGreaterThan(1).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(r.out()).contains(" *").contains("as the airline reported it");
    }

    @Test
    void anUnresolvableHostIsNotCalledTemporary() {
        BackendException dns = new TransportException(BackendException.Failure.of("ShipmentTracker.find"),
                "could not connect", new UnknownHostException("api.trackingmroe.com"));

        String line = reported(dns);

        assertThat(line).contains("cannot resolve the host api.trackingmroe.com").contains("--base-url")
                .doesNotContain("temporary");
    }

    @Test
    void anOperationTheBackendDoesNotOfferIsARefusalNamingIt() {
        StringWriter err = new StringWriter();
        int code = handle(OperationNotSupportedException.notOffered(Capability.STOP_REFRESHING, "TrackingMore v4"),
                err);

        assertThat(code).isEqualTo(ExitCode.REFUSED);
        assertThat(err.toString().strip()).isEqualTo(
                "parcelport: ShipmentTracker.stopRefreshing: not offered by the TrackingMore v4 backend");
    }

    private static String reported(Exception failure) {
        StringWriter err = new StringWriter();
        assertThat(handle(failure, err)).isEqualTo(ExitCode.BACKEND_FAILURE);
        return err.toString().strip();
    }

    private static int handle(Exception failure, StringWriter err) {
        CommandLine command = new CommandLine(new ParcelportCommand(new CliContext(choice -> {
            throw new AssertionError("no backend is opened");
        }, false, List.of())));
        command.setErr(new PrintWriter(err, true));
        return new ErrorReporter(List.of()).handleExecutionException(failure, command, null);
    }
}

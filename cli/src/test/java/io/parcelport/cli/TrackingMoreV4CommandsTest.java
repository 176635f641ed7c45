package io.parcelport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.emulator.Emulator;
import io.parcelport.emulator.EmulatorOptions;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tool on {@code --backend trackingmore-v4} against the emulator's v4 face: every command v4 offers works, the
 * others say they are not offered and exit with 1, and a shipment created through the v2 face is found through v4.
 */
class TrackingMoreV4CommandsTest {

    private static final String KEY = "v4-cli-key-0123456789";
    private static Emulator emulator;

    private final Cli cli = new Cli();

    @BeforeAll
    static void start() {
        emulator = Emulator.start(EmulatorOptions.builder().port(0).build());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private Cli.Result v4(String... args) {
        cli.environment.put("TRACKINGMORE_API_KEY", KEY);
        String[] all = new String[args.length + 4];
        all[0] = "--backend";
        all[1] = "trackingmore-v4";
        all[2] = "--base-url";
        all[3] = emulator.v4BaseUrl();
        System.arraycopy(args, 0, all, 4, args.length);
        return cli.run(all);
    }

    @Test
    void everyCommandV4OffersWorks() {
        Cli.Result created = v4("create", "usps", "9400111899562537624326", "--title", "Teapot");
        Cli.Result got = v4("get", "usps", "9400111899562537624326");
        Cli.Result listed = v4("list", "--all");
        Cli.Result updated = v4("update", "usps", "9400111899562537624326", "--title", "Kettle");
        Cli.Result detected = v4("carriers", "--detect", "9400111899562537624326");
        Cli.Result cargo = v4("air-cargo", "235-69030430");
        Cli.Result deleted = v4("delete", "usps", "9400111899562537624326");
        Cli.Result gone = v4("get", "usps", "9400111899562537624326");

        assertThat(List.of(created, got, listed, updated, detected, cargo, deleted))
                .allSatisfy(r -> assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK));
        assertThat(got.out()).contains("9400111899562537624326").contains("Teapot");
        assertThat(listed.out()).contains("9400111899562537624326");
        assertThat(updated.out()).contains("Kettle");
        assertThat(detected.out()).contains("usps");
        assertThat(cargo.out()).contains("Air waybill 235-69030430");
        assertThat(gone.code()).isEqualTo(ExitCode.REFUSED);
        assertThat(List.of(created, got, listed, updated, detected, cargo, deleted, gone))
                .allSatisfy(r -> assertThat(r.out() + r.err()).doesNotContain(KEY));
    }

    @Test
    void whatV4DoesNotOfferIsSaidPlainlyWithExitCodeOne() {
        for (String[] command : List.of(new String[] {"account"}, new String[] {"counts"},
                new String[] {"stop", "usps", "9400111899562537624327"},
                new String[] {"remote-area", "JP", "7621094"})) {
            Cli.Result r = v4(command);

            assertThat(r.code()).as("%s: %s", command[0], r.err()).isEqualTo(ExitCode.REFUSED);
            assertThat(Cli.lines(r.err())).singleElement().asString()
                    .contains("not offered by the TrackingMore v4 backend");
        }
    }

    @Test
    void aShipmentCreatedThroughTheV2FaceIsFoundThroughV4() {
        cli.environment.put("TRACKINGMORE_API_KEY", KEY);
        Cli.Result created = cli.run("--base-url", emulator.baseUrl(), "create", "ups", "1Z999AA10123456784");
        Cli.Result found = cli.run("--base-url", emulator.v4BaseUrl(), "get", "ups", "1Z999AA10123456784");

        assertThat(created.code()).as(created.err()).isZero();
        assertThat(found.code()).as("the /v4 path alone picks the v4 backend: %s", found.err()).isZero();
        assertThat(found.out()).contains("1Z999AA10123456784");
    }
}

package io.parcelport.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonException;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each injected fault over real HTTP, and the seed that makes a faulty run repeatable. */
class EmulatorFaultsTest {

    private static V2Client.Reply once(UnaryOperator<EmulatorOptionsBuilder> faults) {
        try (Emulator e = Emulator.start(faults.apply(EmulatorOptions.builder().port(0)).build())) {
            return new V2Client(e).get("/trackings/get");
        }
    }

    @Test
    void aServerErrorIsHttp500WithMeta500() {
        V2Client.Reply reply = once(b -> b.serverErrors(1, 0));

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.meta()).isEqualTo(500);
    }

    @Test
    void maintenanceIsHttp503WithMeta503() {
        V2Client.Reply reply = once(b -> b.serverErrors(0, 1));

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.meta()).isEqualTo(503);
    }

    @Test
    void anInjectedRateLimitIs429WithRetryAfter() {
        V2Client.Reply reply = once(b -> b.rateLimited(1, Duration.ofSeconds(7)));

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.meta()).isEqualTo(429);
        assertThat(reply.retryAfter()).contains("7");
    }

    @Test
    void aDroppedConnectionEndsWithoutAnAnswer() {
        try (Emulator e = Emulator.start(EmulatorOptions.builder().port(0).droppedConnections(1).build())) {
            assertThatThrownBy(() -> new V2Client(e).sendOrFail("GET", "/trackings/get", null))
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void aTruncatedBodyIsCutOffHalfWay() {
        V2Client.Reply reply = once(b -> b.truncatedBodies(1));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).startsWith("{\"meta\":{\"code\":200");
        assertThatThrownBy(() -> Json.createReader(new StringReader(reply.body())).readObject())
                .isInstanceOf(JsonException.class);
    }

    @Test
    void latencyDelaysEveryAnswer() {
        try (Emulator e = Emulator.start(EmulatorOptions.builder().port(0)
                .latency(Duration.ofMillis(150), Duration.ofMillis(200)).build())) {
            long began = System.nanoTime();
            new V2Client(e).get("/carriers");
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        }
    }

    @Test
    void theSameSeedInjectsTheSameFaultsInTheSameOrder() {
        assertThat(statuses(7)).isEqualTo(statuses(7)).containsAnyOf(200).containsAnyOf(500, 503);
        assertThat(statuses(7)).isNotEqualTo(statuses(8));
    }

    private static List<Integer> statuses(long seed) {
        List<Integer> out = new ArrayList<>();
        try (Emulator e = Emulator.start(EmulatorOptions.builder().port(0).serverErrors(0.3, 0.3).faultSeed(seed)
                .build())) {
            V2Client c = new V2Client(e);
            for (int i = 0; i < 20; i++) {
                out.add(c.get("/carriers").status());
            }
        }
        return out;
    }
}

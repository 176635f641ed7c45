package io.parcelport.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.adapter.trackingmore.RateLimits;
import io.parcelport.adapter.trackingmore.TrackingMoreBackend;
import io.parcelport.adapter.trackingmore.TrackingMoreConfig;
import io.parcelport.application.Parcelport;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.emulator.Emulator;
import io.parcelport.emulator.EmulatorOptions;
import io.parcelport.pacing.RetryPolicy;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentChanges;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.io.StringReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A seeded, bounded fault campaign: the use cases ({@link Parcelport} over the TrackingMore backend) against (a) the
 * emulator's own fault modes and (b) {@link FaultServer}'s raw-socket faults in front of a clean emulator. Every
 * call goes through a {@link FaultServer} (with no faults of its own in (a)), which counts the non-idempotent
 * requests the emulator processed.
 *
 * <p>Asserted: 0 wrong results (each success agrees with the emulator's truth, read straight from the emulator with
 * plain HTTP, not through the adapter), 0 lost batch items, 0 exceptions outside the ports' {@link BackendException}
 * family, 0 repeated non-idempotent requests, and every call within a generous bound derived from the configured
 * deadline (a bound check, not a speed test). The counts are printed for CI logs.
 */
class FaultCampaignTest {
    private static final Duration DEADLINE = Duration.ofMillis(1000);
    private static final Duration TIMEOUT = Duration.ofMillis(500);
    // A use case makes several adapter calls (chunks, read-backs); each may take its deadline plus one attempt's
    // timeouts; then a slack for a loaded 2-core CI machine.
    private static final Duration PER_ADAPTER_CALL = DEADLINE.plus(TIMEOUT).plus(TIMEOUT).plus(Duration.ofSeconds(1));
    private static final Duration SLACK = Duration.ofSeconds(10);
    private static final String[] CARRIERS = {"usps", "ups", "fedex", "dhl"};

    @Test
    void emulatorFaultModes() throws Exception {
        EmulatorOptions options = EmulatorOptions.builder().port(0).quota(1_000_000).faultSeed(7)
                .serverErrors(0.06, 0.06).rateLimited(0.04, Duration.ofMillis(100)).droppedConnections(0.06)
                .truncatedBodies(0.06).latency(Duration.ZERO, Duration.ofMillis(20)).build();
        try (Emulator emulator = Emulator.start(options);
                FaultServer proxy = new FaultServer(emulator.baseUri(), 0, 1)) {
            run("emulator faults", emulator, proxy, 11, 20);
        }
    }

    @Test
    void rawSocketFaults() throws Exception {
        try (Emulator emulator = Emulator.start(EmulatorOptions.builder().port(0).quota(1_000_000).build());
                FaultServer proxy = new FaultServer(emulator.baseUri(), 0.35, 23)) {
            run("raw-socket faults", emulator, proxy, 29, 20);
        }
    }

    private void run(String name, Emulator emulator, FaultServer proxy, long seed, int rounds) throws Exception {
        long began = System.nanoTime();
        Campaign c = new Campaign(new Truth(emulator.baseUri()), seed);
        TrackingMoreConfig config = TrackingMoreConfig.builder().apiKey("campaign-key-0123456789")
                .baseUri(proxy.baseUri()).allowInsecureHttp().connectTimeout(TIMEOUT).readTimeout(TIMEOUT)
                .deadline(DEADLINE).random(new Random(seed))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100),
                        Duration.ofMillis(200), Duration.ofMillis(300), false))
                .rateLimits(new RateLimits(1000, 1000, 0, Duration.ofSeconds(1))).build();
        try (TrackingMoreBackend backend = TrackingMoreBackend.create(config);
                Parcelport parcelport = Parcelport.builder(backend).build()) {
            for (int round = 0; round < rounds; round++) {
                c.round(parcelport);
            }
        }
        System.out.println("[fault campaign: " + name + "] " + (System.nanoTime() - began) / 1_000_000 + " ms, calls=" + c.calls + " requests=" + proxy.requests()
                + " faults=" + proxy.faults() + " outcomes=" + c.outcomes + " exceptions=" + c.exceptions
                + " wrong=" + c.wrong + " lost=" + c.lost + " escaped=" + c.escaped + " overDeadline="
                + c.overDeadline + " unsafeProcessed=" + proxy.processedUnsafe().size());
        assertThat(c.wrong).as("wrong results").isEmpty();
        assertThat(c.lost).as("lost batch items").isZero();
        assertThat(c.escaped).as("exceptions outside the ports' family").isEmpty();
        assertThat(c.overDeadline).as("calls over their bound").isEmpty();
        assertThat(proxy.processedUnsafe()).as("non-idempotent requests processed per key")
                .allSatisfy((key, count) -> assertThat(count).as(key).isLessThanOrEqualTo(1L));
        assertThat(c.calls).isGreaterThan(40);
    }

    /** The state of one campaign: what it created, and its tallies. */
    private static final class Campaign {
        final Truth truth;
        final Random random;
        final List<ShipmentKey> live = new ArrayList<>();
        final java.util.Set<io.parcelport.domain.shipment.TrackingNumber> moves = new java.util.HashSet<>();
        final Map<String, Integer> outcomes = new TreeMap<>();
        final Map<String, Integer> exceptions = new TreeMap<>();
        final List<String> wrong = new ArrayList<>();
        final List<String> escaped = new ArrayList<>();
        final List<String> overDeadline = new ArrayList<>();
        int calls;
        int lost;
        int next;

        Campaign(Truth truth, long seed) {
            this.truth = truth;
            this.random = new Random(seed);
        }

        ShipmentKey fresh() {
            return ShipmentKey.of(CARRIERS[next % CARRIERS.length], String.format("FC%08d%04d", next++, 7));
        }

        void round(Parcelport p) {
            int size = 1 + random.nextInt(20);
            List<NewShipment> batch = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                ShipmentKey key = i == 0 && !live.isEmpty() && random.nextBoolean()
                        ? live.get(random.nextInt(live.size())) : fresh();
                batch.add(NewShipment.builder(key).title("T " + key.trackingNumber().value()).build());
            }
            call("registerAll", 2 + size, () -> p.register().registerAll(batch), out -> {
                if (out == null) {
                    return;
                }
                if (out.size() != batch.size()) {
                    lost += Math.abs(batch.size() - out.size());
                    return;
                }
                for (int i = 0; i < out.size(); i++) {
                    ShipmentKey key = batch.get(i).key();
                    ItemOutcome<Shipment> o = out.get(i);
                    tally("registerAll", o);
                    if (o.isAccepted() || o.isRejectedFor(RejectionReason.ALREADY_EXISTS)) {
                        expectPresent("registerAll " + key, key, o.value());
                        if (!live.contains(key)) {
                            live.add(key);
                        }
                    }
                }
            });
            if (live.isEmpty()) {
                return;
            }
            ShipmentKey key = live.get(random.nextInt(live.size()));
            call("find", 1, () -> p.follow().find(key), found -> {
                if (found == null) {
                    return;
                }
                outcomes.merge("find " + (found.isPresent() ? "present" : "empty"), 1, Integer::sum);
                if (found.isPresent()) {
                    expectPresent("find " + key, key, found);
                } else if (truth.read(key).isPresent()) {
                    wrong.add("find " + key + " said empty; the emulator has it");
                }
            });
            String title = "U" + random.nextInt(1_000_000);
            call("update", 3, () -> p.manage().update(key, ShipmentChanges.builder().title(title).build()), o -> {
                if (o == null) {
                    return;
                }
                tally("update", o);
                if (o.isAccepted()) {
                    Optional<JsonObject> t = truth.read(key);
                    if (t.isEmpty() || !title.equals(t.get().getString("title", null))) {
                        wrong.add("update " + key + " accepted; the emulator has " + t);
                    }
                }
            });
            // A shipment moves at most once: moved back and forth, it would put its earlier key on the server's
            // count of processed changes twice without any request being repeated.
            if (random.nextInt(3) == 0 && live.stream().anyMatch(k -> !moves.contains(k.trackingNumber()))) {
                List<ShipmentKey> unmoved = live.stream().filter(k -> !moves.contains(k.trackingNumber())).toList();
                ShipmentKey old = unmoved.get(random.nextInt(unmoved.size()));
                live.remove(old);
                moves.add(old.trackingNumber());
                String to = old.carrier().value().equals("dhl") ? "ups" : "dhl";
                ShipmentKey moved = ShipmentKey.of(to, old.trackingNumber().value());
                call("changeCarrier", 2, () -> p.manage().changeCarrier(old, CarrierCode.of(to)), o -> {
                    if (o != null) {
                        tally("changeCarrier", o);
                    }
                    if (o != null && o.isAccepted()) {
                        if (!o.value().orElseThrow().key().equals(moved) || truth.read(moved).isEmpty()
                                || truth.read(old).isPresent()) {
                            wrong.add("changeCarrier " + old + " -> " + to + " accepted; the emulator disagrees");
                        }
                    }
                    // Keep following the moved shipment; one whose move failed is left alone, so that each key is
                    // the subject of at most one change of carrier and the server's count per key must stay 1.
                    if (truth.read(moved).isPresent()) {
                        live.add(moved);
                    }
                });
            }
            if (random.nextInt(4) == 0 && !live.isEmpty()) {
                ShipmentKey gone = live.remove(random.nextInt(live.size()));
                call("delete", 1, () -> p.manage().delete(gone), o -> {
                    if (o != null) {
                        tally("delete", o);
                    }
                    boolean present = truth.read(gone).isPresent();
                    if (o != null && o.isAccepted() && present) {
                        wrong.add("delete " + gone + " accepted; the emulator still has it");
                    }
                    if (present) {
                        live.add(gone);
                    }
                });
            }
        }

        private void expectPresent(String what, ShipmentKey key, Optional<Shipment> reported) {
            Optional<JsonObject> t = truth.read(key);
            if (t.isEmpty()) {
                wrong.add(what + ": reported registered; the emulator has no such shipment");
            } else if (reported.isPresent() && !reported.get().key().equals(key)) {
                wrong.add(what + ": reported as " + reported.get().key());
            } else if (reported.isPresent() && !reported.get().title().equals(
                    Optional.ofNullable(t.get().getString("title", null)).filter(s -> !s.isEmpty()))) {
                wrong.add(what + ": title " + reported.get().title() + "; the emulator has " + t.get().get("title"));
            }
        }

        private void tally(String op, ItemOutcome<?> o) {
            String kind = o.isAccepted() ? (o.foundOnRepeat() ? "accepted-found-on-repeat" : "accepted")
                    : o.rejection().orElseThrow().reason().name();
            outcomes.merge(op + " " + kind, 1, Integer::sum);
        }

        // Only the use case is timed; the checks against the truth run after it.
        private <T> void call(String op, int adapterCalls, Supplier<T> invoke, Consumer<T> check) {
            calls++;
            Duration bound = PER_ADAPTER_CALL.multipliedBy(adapterCalls).plus(SLACK);
            long began = System.nanoTime();
            T result = null;
            boolean returned = false;
            try {
                result = invoke.get();
                returned = true;
            } catch (BackendException e) {
                exceptions.merge(op + " " + e.getClass().getSimpleName(), 1, Integer::sum);
            } catch (Throwable e) {
                escaped.add(op + ": " + e);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - began);
            if (took.compareTo(bound) > 0) {
                overDeadline.add(op + " took " + took.toMillis() + " ms, bound " + bound.toMillis() + " ms");
            }
            check.accept(returned ? result : null);
        }
    }

    /**
     * The emulator's truth, read with plain HTTP straight from it (not through the proxy or the adapter); with the
     * emulator's own faults on, a read is repeated until it gets a clean answer (reads change nothing).
     */
    private record Truth(URI base) {
        Optional<JsonObject> read(ShipmentKey key) {
            for (int attempt = 0; attempt < 60; attempt++) {
                try {
                    HttpURLConnection c = (HttpURLConnection) URI.create(base + "/trackings/"
                            + key.carrier().value() + "/" + key.trackingNumber().value()).toURL().openConnection();
                    c.setRequestProperty("Trackingmore-Api-Key", "truth");
                    c.setConnectTimeout(2_000);
                    c.setReadTimeout(2_000);
                    int status = c.getResponseCode();
                    String body;
                    try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                        body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    JsonObject json;
                    try (JsonReader r = Json.createReader(new StringReader(body))) {
                        json = r.readObject();
                    }
                    int code = json.getJsonObject("meta").getInt("code");
                    if (code == 200) {
                        return Optional.of(json.getJsonObject("data"));
                    }
                    if (code == 4017 || code == 4031) {
                        return Optional.empty();
                    }
                } catch (Exception spoiled) {
                    // an injected fault: read again
                }
            }
            throw new AssertionError("no clean answer from the emulator about " + key);
        }
    }
}

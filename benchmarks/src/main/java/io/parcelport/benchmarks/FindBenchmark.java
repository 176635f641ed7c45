package io.parcelport.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parcelport.adapter.trackingmore.RateLimits;
import io.parcelport.adapter.trackingmore.TrackingMoreBackend;
import io.parcelport.adapter.trackingmore.TrackingMoreConfig;
import io.parcelport.application.Parcelport;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@code find} of a shipment with about 20 events against a loopback server that answers with canned bytes:
 * through Parcelport's use case and TrackingMore backend, beside a hand-written JDK {@link HttpClient} with Jackson
 * databind into plain records, and the same client reading raw bytes. Run it at 1 and at 16 threads ({@code -t}); the
 * README reports p50 (sample mode) at 1 thread and throughput at 16 against the hand-written client of the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// 40 s: at 16 threads on 2 cores the JIT's compiler threads compete with 32 busy threads, and the methods with long
// loops but few calls per find (the JSON reader's buffer fill) stayed interpreted for 30 s (JFR, frame type).
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class FindBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CannedServer server;
    private Parcelport parcelport;
    private ShipmentKey key;
    private HttpClient client;
    private HttpRequest request;

    @Setup(Level.Trial)
    public void start() throws IOException {
        JsonNode tracking = JSON.readTree(ListPages.page(1, 20, 7)).path("data").path("items").get(0);
        ObjectNode answer = JSON.createObjectNode();
        answer.putObject("meta").put("code", 200).put("type", "Success").put("message", "Success");
        answer.set("data", tracking);
        server = new CannedServer(JSON.writeValueAsBytes(answer));
        key = ShipmentKey.of(tracking.path("carrier_code").asText(), tracking.path("tracking_number").asText());
        TrackingMoreBackend backend = TrackingMoreBackend.create(TrackingMoreConfig.builder()
                .apiKey("benchmark-key")
                .baseUri(server.baseUri())
                .allowInsecureHttp()
                // Pacing is not under test: TrackingMore's 1 call/s would measure the limiter instead.
                .rateLimits(new RateLimits(1e9, 1e9, 0, Duration.ofSeconds(1)))
                .build());
        parcelport = Parcelport.builder(backend).alsoClose(backend).build();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        request = HttpRequest.newBuilder(URI.create(server.baseUri() + "/trackings/" + key.carrier().value() + "/"
                + key.trackingNumber().value())).header("Trackingmore-Api-Key", "benchmark-key").build();
    }

    @TearDown(Level.Trial)
    public void stop() {
        parcelport.close();
        server.close();
    }

    @Benchmark
    public Optional<Shipment> parcelport() {
        return parcelport.follow().find(key);
    }

    @Benchmark
    public JsonNode handWritten() throws IOException, InterruptedException {
        return JacksonBaseline.decodeOne(client.send(request, HttpResponse.BodyHandlers.ofByteArray()).body());
    }

    @Benchmark
    public byte[] rawBytes() throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
    }
}

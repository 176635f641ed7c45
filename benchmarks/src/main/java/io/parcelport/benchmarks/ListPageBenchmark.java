package io.parcelport.benchmarks;

import io.parcelport.adapter.trackingmore.RateLimits;
import io.parcelport.adapter.trackingmore.TrackingMoreBackend;
import io.parcelport.adapter.trackingmore.TrackingMoreConfig;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentQuery;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One v2 list page of 2,000 trackings (about 40,000 events), fetched from a loopback server and decoded: through
 * Parcelport's TrackingMore backend into domain {@link Shipment}s, beside a hand-written JDK {@link HttpClient} with
 * Jackson databind into plain records, and the same client reading raw bytes (the transport's floor). All three
 * fetch the same bytes from the same server in the same run, so their ratio is what the README reports.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ListPageBenchmark {

    @Param("2000")
    public int trackings;

    private CannedServer server;
    private TrackingMoreBackend backend;
    private HttpClient client;
    private HttpRequest request;

    @Setup(Level.Trial)
    public void start() {
        server = new CannedServer(ListPages.page(trackings, 20, 42));
        backend = TrackingMoreBackend.create(TrackingMoreConfig.builder()
                .apiKey("benchmark-key")
                .baseUri(server.baseUri())
                .allowInsecureHttp()
                // Pacing is not under test here: the list call's 1/s would measure the limiter instead.
                .rateLimits(new RateLimits(1e6, 1e6, 0, Duration.ofSeconds(1)))
                .maxResponseBytes(256L << 20)
                .build());
        client = HttpClient.newHttpClient();
        request = HttpRequest.newBuilder(URI.create(server.baseUri() + "/trackings/get?page=1&limit=" + trackings))
                .header("Trackingmore-Api-Key", "benchmark-key").build();
    }

    @TearDown(Level.Trial)
    public void stop() {
        backend.close();
        server.close();
    }

    @Benchmark
    public Page<Shipment> parcelport() {
        return backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(trackings));
    }

    @Benchmark
    public JacksonBaseline.Page jacksonBaseline() throws IOException, InterruptedException {
        return JacksonBaseline.decode(client.send(request, HttpResponse.BodyHandlers.ofByteArray()).body());
    }

    @Benchmark
    public byte[] rawBytes() throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
    }
}

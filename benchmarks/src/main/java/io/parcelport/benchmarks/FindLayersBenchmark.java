package io.parcelport.benchmarks;

import io.parcelport.rest.RawAnswer;
import io.parcelport.rest.RestSettings;
import io.parcelport.rest.RestTransport;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.Response;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where a {@code find}'s time goes, layer by layer, against the same canned server: the JDK client reading raw bytes;
 * the REST transport through a MicroProfile Rest Client interface with two path parameters; the same transport over a
 * plain JAX-RS client with the URI built by hand. None of them decodes the body.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// 40 s: at 16 threads on 2 cores the JIT's compiler threads compete with 32 busy threads, and the methods with long
// loops but few calls per find (the JSON reader's buffer fill) stayed interpreted for 30 s (JFR, frame type).
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class FindLayersBenchmark {
    /** A TrackingMore-shaped read, declared as the adapters declare theirs. */
    @Path("/trackings")
    public interface Api extends AutoCloseable {
        /** One tracking. */
        @GET
        @Path("/{carrier}/{number}")
        Response get(@PathParam("carrier") String carrier, @PathParam("number") String number);
    }

    private CannedServer server;
    private RestTransport<Api> restClient;
    private RestTransport<Client> jaxrs;
    private HttpClient jdk;
    private HttpRequest request;
    private URI uri;

    @Setup(Level.Trial)
    public void start() {
        server = new CannedServer(new byte[4096]);
        RestSettings settings = new RestSettings("Bench", server.baseUri(), Duration.ofSeconds(5),
                Duration.ofSeconds(5), 32, Duration.ofSeconds(10), 1 << 20);
        ClientRequestFilter key = context -> context.getHeaders().putSingle("Trackingmore-Api-Key", "k");
        restClient = new RestTransport<>(Api.class, settings, key);
        jaxrs = RestTransport.overClient(settings, key);
        uri = URI.create(server.baseUri() + "/trackings/usps/9400111899223456789012");
        jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        request = HttpRequest.newBuilder(uri).header("Trackingmore-Api-Key", "k").build();
    }

    @TearDown(Level.Trial)
    public void stop() {
        restClient.close();
        jaxrs.close();
        server.close();
    }

    @Benchmark
    public byte[] jdkRaw() throws Exception {
        return jdk.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    @Benchmark
    public RawAnswer restClientRaw() {
        return restClient.send("find", api -> api.get("usps", "9400111899223456789012"));
    }

    @Benchmark
    public RawAnswer jaxrsRaw() {
        return jaxrs.send("find", client -> client.target(uri).request().get());
    }
}

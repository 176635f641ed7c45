package io.parcelport.benchmarks;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.parcelport.limiter.bucket4j.Bucket4jLimiters;
import io.parcelport.limiter.bucket4j.HazelcastStores;
import io.parcelport.limiter.bucket4j.LettuceStores;
import io.parcelport.pacing.AccountCoolDown;
import io.parcelport.pacing.AccountId;
import io.parcelport.pacing.AccountPacing;
import io.parcelport.pacing.Limiters;
import io.parcelport.pacing.QuotaState;
import io.parcelport.pacing.RateGate;
import io.parcelport.pacing.RateLimiter;
import io.parcelport.pacing.Ticker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * What the limiter costs one call, as {@code HttpGateway} asks it before every spending call: the cool-down, the
 * call's rate gate, the quota state. In this JVM ({@link Limiters#local()}), shared through an embedded Hazelcast
 * member on 127.0.0.1, and shared through a {@code redis-server} started here on a free 127.0.0.1 port (persistence
 * off). The rate is far above what one thread reaches, so every call is admitted and only the bookkeeping is timed;
 * the README reports each store as a ratio to the local limiter of the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Djava.net.preferIPv4Stack=true"})
public class LimiterBenchmark {
    private static final String KEY = "benchmark-key-0123456789";

    @Param({"local", "hazelcast", "redis"})
    public String store;

    private HazelcastInstance member;
    private Process redis;
    private RedisClient client;
    private StatefulRedisConnection<String, byte[]> connection;
    private AccountCoolDown coolDown;
    private RateGate gate;
    private QuotaState quota;

    @Setup(Level.Trial)
    public void start() throws IOException, InterruptedException {
        Limiters limiters = switch (store) {
            case "local" -> Limiters.local();
            case "hazelcast" -> {
                member = hazelcast(freePort());
                yield Bucket4jLimiters.builder(HazelcastStores.proxyManager(member), 1)
                        .build();
            }
            case "redis" -> {
                int port = freePort();
                redis = redis(port);
                client = RedisClient.create(RedisURI.builder().withHost("127.0.0.1").withPort(port)
                        .withTimeout(Duration.ofSeconds(2)).build());
                connection = LettuceStores.connect(client);
                yield Bucket4jLimiters.builder(LettuceStores.proxyManager(connection), 1)
                        .build();
            }
            default -> throw new IllegalArgumentException("store must be local, hazelcast or redis: " + store);
        };
        AccountPacing pacing = limiters.forAccount(AccountId.of("trackingmore", KEY), Ticker.SYSTEM);
        coolDown = pacing.coolDown();
        gate = pacing.gate("v2-realtime", 1_000_000, Duration.ZERO);
        quota = pacing.quota();
    }

    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
        if (connection != null) {
            connection.close();
            client.shutdown();
        }
        if (redis != null) {
            redis.destroy();
            redis.waitFor(10, TimeUnit.SECONDS);
        }
        if (member != null) {
            member.shutdown();
        }
    }

    /** One call's pacing decision: cool-down, rate gate, quota; then the send a transport would report. */
    @Benchmark
    public boolean admitOneCall() {
        boolean free = coolDown.remaining().isZero();
        boolean admitted = gate.admit().isZero();
        RateLimiter.sent();
        return free & admitted & !quota.exhausted();
    }

    private static HazelcastInstance hazelcast(int port) {
        Config config = new Config();
        config.setClusterName("parcelport-bench-" + System.nanoTime());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "none");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.getJetConfig().setEnabled(false);
        config.getNetworkConfig().setPort(port).setPortAutoIncrement(false).getInterfaces().setEnabled(true)
                .addInterface("127.0.0.1");
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(List.of("127.0.0.1:" + port));
        return Hazelcast.newHazelcastInstance(config);
    }

    private static Process redis(int port) throws IOException, InterruptedException {
        Path binary = List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server").stream().map(Path::of)
                .filter(Files::isExecutable).findFirst().orElseThrow(() -> new IllegalStateException(
                        "redis-server is not installed: apt-get install -y redis-server (Debian package"
                                + " redis-server), or run with -p store=local,hazelcast"));
        Process process = new ProcessBuilder(binary.toString(), "--port", Integer.toString(port), "--bind",
                "127.0.0.1", "--save", "", "--appendonly", "no").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < until) {
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return process;
            } catch (IOException notYet) {
                Ticker.SYSTEM.sleep(Duration.ofMillis(50));
            }
        }
        process.destroy();
        throw new IllegalStateException("redis-server did not start on 127.0.0.1:" + port);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

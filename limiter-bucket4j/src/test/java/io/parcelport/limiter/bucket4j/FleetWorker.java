package io.parcelport.limiter.bucket4j;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import io.parcelport.adapter.trackingmore.TrackingMoreBackend;
import io.parcelport.adapter.trackingmore.TrackingMoreConfig;
import io.parcelport.application.Parcelport;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.pacing.Ticker;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentQuery;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * One instance of a fleet, in its own JVM (started by {@link FleetHarness}): it joins the shared store (a Hazelcast
 * member of a three-member cluster, or a Redis client), says READY, waits for GO on standard input, then runs
 * Parcelport's use cases over TrackingMore against the emulator (real-time refreshes on one thread, list pages on
 * another), says DONE with its counts, and leaves on EXIT.
 */
public final class FleetWorker {
    // When GO came, for the stamps of any 429 this worker hears (written to its log for a failing run).
    private static final java.util.concurrent.atomic.AtomicLong STARTED = new java.util.concurrent.atomic.AtomicLong();

    private FleetWorker() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            opts.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        // The limiter's warnings and notices, counted: each outage must be logged once.
        AtomicInteger fallbacks = new AtomicInteger();
        AtomicInteger recoveries = new AtomicInteger();
        Logger limiterLog = Logger.getLogger(Bucket4jLimiters.class.getName());
        limiterLog.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel() == Level.WARNING) {
                    fallbacks.incrementAndGet();
                } else if (record.getLevel() == Level.INFO) {
                    recoveries.incrementAndGet();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        Logger.getLogger("com.hazelcast").setLevel(Level.SEVERE);
        Logger.getLogger("io.lettuce").setLevel(Level.SEVERE);

        int fleet = Integer.parseInt(opts.get("fleet"));
        List<AutoCloseable> resources = new ArrayList<>();
        Bucket4jLimiters limiters;
        HazelcastInstance member = null;
        if (opts.get("store").equals("hazelcast")) {
            member = member(opts.get("cluster"), Integer.parseInt(opts.get("port")), opts.get("members"));
            long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            int clusterSize = Integer.parseInt(opts.getOrDefault("clusterSize", Integer.toString(fleet)));
            while (member.getCluster().getMembers().size() < clusterSize && System.nanoTime() < until) {
                Ticker.SYSTEM.sleep(Duration.ofMillis(100));
            }
            limiters = Bucket4jLimiters.builder(HazelcastStores.proxyManager(member), fleet)
                    .instance(Integer.parseInt(opts.get("instance"))).probeInterval(Duration.ofMillis(500)).build();
        } else {
            ClientResources resources0 = DefaultClientResources.builder()
                    .reconnectDelay(Delay.constant(Duration.ofMillis(100))).build();
            RedisClient client = RedisClient.create(resources0, RedisURI.builder().withHost("127.0.0.1")
                    .withPort(Integer.parseInt(opts.get("port"))).withTimeout(Duration.ofMillis(500)).build());
            client.setOptions(ClientOptions.builder().autoReconnect(true)
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .timeoutOptions(TimeoutOptions.enabled(Duration.ofMillis(500))).build());
            StatefulRedisConnection<String, byte[]> connection = LettuceStores.connect(client);
            resources.add(connection::close);
            resources.add(client::shutdown);
            resources.add(resources0::shutdown);
            limiters = Bucket4jLimiters.builder(LettuceStores.proxyManager(connection), fleet)
                    .instance(Integer.parseInt(opts.get("instance"))).probeInterval(Duration.ofMillis(500)).build();
        }
        TrackingMoreBackend backend = TrackingMoreBackend.create(TrackingMoreConfig.builder()
                .apiKey(opts.get("key")).baseUri(opts.get("base")).limiters(limiters)
                .deadline(Duration.ofMinutes(3)).listener(event -> {
                    if (event.cause().contains("429")) {
                        System.err.println("429 at " + (System.nanoTime() - STARTED.get()) / 1_000_000 + " ms after GO: "
                                + event);
                    }
                }).build());
        Parcelport parcelport = Parcelport.over(backend);
        warmUp(opts.get("base"), opts.get("name"));
        // This backend's own client and connection too, through a call no rate limit counts (account info).
        parcelport.account().account();
        if (member != null) {
            System.out.println("READY members=" + member.getCluster().getMembers().size());
        } else {
            System.out.println("READY");
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        expect(in, "GO");
        STARTED.set(System.nanoTime());

        int realtime = Integer.parseInt(opts.get("realtime"));
        int lists = Integer.parseInt(opts.get("list"));
        String name = opts.get("name");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Future<Long> refreshed = threads.submit(() -> {
            List<NewShipment> shipments = new ArrayList<>();
            for (int i = 0; i < realtime; i++) {
                shipments.add(NewShipment.of(ShipmentKey.of("china-ems", String.format("LS%s%07dCN", name, i))));
            }
            return parcelport.refresh().refreshAll(shipments).stream().filter(ItemOutcome::isAccepted).count();
        });
        Future<Long> listed = threads.submit(() -> {
            long pages = 0;
            for (int i = 0; i < lists; i++) {
                parcelport.follow().page(ShipmentQuery.ALL, PageRequest.first(10));
                pages++;
            }
            return pages;
        });
        long accepted;
        long pages;
        String failure = "none";
        try {
            accepted = refreshed.get();
            pages = listed.get();
        } catch (java.util.concurrent.ExecutionException e) {
            accepted = -1;
            pages = -1;
            failure = e.getCause().getClass().getSimpleName();
        }
        threads.shutdown();
        System.out.println("DONE realtime=" + accepted + " list=" + pages + " fallbacks=" + fallbacks.get()
                + " recoveries=" + recoveries.get() + " failure=" + failure);
        expect(in, "EXIT");
        parcelport.close();
        backend.close();
        for (AutoCloseable resource : resources) {
            resource.close();
        }
        if (member != null) {
            member.shutdown();
        }
        System.exit(0);
    }

    /**
     * One real-time and one list call under a key of this worker's own, before READY: a cold JVM's first request of
     * a kind loads classes for hundreds of milliseconds after the shared gate admitted it, and so arrives late,
     * next to later calls of warm instances. A fleet that starts instances into a saturated account does the same.
     */
    private static void warmUp(String base, String name) {
        try (TrackingMoreBackend warm = TrackingMoreBackend.create(TrackingMoreConfig.builder()
                .apiKey("warm-up-" + name).baseUri(base).build())) {
            warm.shipments().trackNow(NewShipment.of(ShipmentKey.of("china-ems", "LSWARM" + name + "0CN")));
            warm.shipments().query(ShipmentQuery.ALL, PageRequest.first(10));
        }
    }

    private static void expect(BufferedReader in, String word) throws java.io.IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.strip().equals(word)) {
                return;
            }
        }
        // The harness went away: nobody is left to say the word.
        System.exit(2);
    }

    /** A member on 127.0.0.1 only: TCP/IP join with explicit members, no multicast, small timeouts. */
    static HazelcastInstance member(String cluster, int port, String members) {
        Config config = new Config();
        config.setClusterName(cluster);
        config.setInstanceName(cluster + "-" + port);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.max.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "6");
        config.setProperty("hazelcast.operation.call.timeout.millis", "5000");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.getJetConfig().setEnabled(false);
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setConnectionTimeoutSeconds(2)
                .setMembers(Arrays.asList(members.split(",")));
        return Hazelcast.newHazelcastInstance(config);
    }
}

package io.parcelport.limiter.bucket4j;

import com.hazelcast.core.HazelcastInstance;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import java.util.Objects;

/**
 * Ready-made Hazelcast stores for {@link Bucket4jLimiters}: buckets in one {@code IMap}, changed by entry processors
 * on the member that owns each key, so that one call is one round trip. Works from a member or a client; every
 * member needs Bucket4j on its class path.
 */
public final class HazelcastStores {
    /** The map the buckets live in unless another is named. */
    public static final String DEFAULT_MAP = "parcelport-limiters";

    private HazelcastStores() {
    }

    /** The store in {@link #DEFAULT_MAP} of {@code hazelcast}. */
    public static ProxyManager<String> proxyManager(HazelcastInstance hazelcast) {
        return proxyManager(hazelcast, DEFAULT_MAP);
    }

    /** The store in the map {@code mapName} of {@code hazelcast}. */
    public static ProxyManager<String> proxyManager(HazelcastInstance hazelcast, String mapName) {
        Objects.requireNonNull(hazelcast, "hazelcast");
        Objects.requireNonNull(mapName, "mapName");
        return Bucket4jHazelcast.entryProcessorBasedBuilder(hazelcast.<String, byte[]>getMap(mapName)).build();
    }
}

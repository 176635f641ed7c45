package io.parcelport.limiter.bucket4j;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.Objects;

/**
 * Ready-made Redis stores for {@link Bucket4jLimiters}, through Lettuce: string keys, Bucket4j's compare-and-swap
 * buckets, and each key expiring ten minutes after its bucket would be full again, so that idle accounts leave nothing
 * behind.
 *
 * <p>Give the {@link RedisClient} short timeouts and {@code ClientOptions.disconnectedBehavior(REJECT_COMMANDS)}: a
 * limiter that cannot reach Redis should learn it at once and pace alone, not queue calls for a minute.
 */
public final class LettuceStores {
    private LettuceStores() {
    }

    /** A connection with the codec the store needs (string keys, byte-array values); the caller closes it. */
    public static StatefulRedisConnection<String, byte[]> connect(RedisClient client) {
        return Objects.requireNonNull(client, "client").connect(RedisCodec.of(StringCodec.UTF8,
                ByteArrayCodec.INSTANCE));
    }

    /** The store over {@code connection}, e.g. from {@link #connect(RedisClient)}. */
    public static ProxyManager<String> proxyManager(StatefulRedisConnection<String, byte[]> connection) {
        return Bucket4jLettuce.casBasedBuilder(Objects.requireNonNull(connection, "connection"))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(10)))
                .build();
    }
}

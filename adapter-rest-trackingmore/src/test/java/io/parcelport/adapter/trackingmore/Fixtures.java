package io.parcelport.adapter.trackingmore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Shared test fixtures: the sample bodies, a test key, and a backend wired to a replay server and fake time. */
final class Fixtures {
    static final String API_KEY = "tm-test-key-7f3a9c2e51d4b8a6";

    private Fixtures() {
    }

    static String sample(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jitter that always picks the top of the range, so backoff waits are exact in assertions. */
    static Random maxJitter() {
        return new Random() {
            private static final long serialVersionUID = 1L;

            @Override
            public double nextDouble() {
                return 1.0;
            }
        };
    }

    static TrackingMoreConfig.Builder config(ReplayServer server, FakeTime time) {
        return TrackingMoreConfig.builder()
                .apiKey(API_KEY)
                .baseUri(server.baseUri())
                .clock(time.clock())
                .ticker(time.ticker())
                .random(maxJitter());
    }

    static TrackingMoreBackend backend(ReplayServer server, FakeTime time) {
        return TrackingMoreBackend.create(config(server, time).build());
    }
}

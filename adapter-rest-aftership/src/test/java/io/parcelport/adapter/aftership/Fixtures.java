package io.parcelport.adapter.aftership;

import io.parcelport.pacing.ManualTicker;
import io.parcelport.pacing.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Test configuration and bodies: a backend on a stub server, paced by a manual ticker whose clock moves with it. */
final class Fixtures {
    static final String KEY = "as-test-key-0123456789";
    /** The wall time the manual ticker's clock starts at. */
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private Fixtures() {
    }

    static AfterShipConfig.Builder config(StubServer server, ManualTicker ticker) {
        return AfterShipConfig.builder()
                .apiKey(KEY)
                .baseUri(server.baseUri())
                .ticker(ticker)
                .clock(ticker.clock(START))
                .random(new java.util.Random(7))
                .retryPolicy(RetryPolicy.NONE);
    }

    static String sample(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/samples-aftership/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tracking object with this id, slug and number, and the given tag and subtag. */
    static String tracking(String id, String slug, String number, String tag, String subtag) {
        return "{\"id\":\"" + id + "\",\"slug\":\"" + slug + "\",\"tracking_number\":\"" + number + "\","
                + "\"created_at\":\"2025-01-01T00:00:00+00:00\",\"active\":true,\"tag\":\"" + tag + "\","
                + "\"subtag\":\"" + subtag + "\",\"checkpoints\":[]}";
    }

    /** A list page's data holding {@code trackings}, with a next cursor when one is given. */
    static String page(String nextCursor, String... trackings) {
        return "{\"pagination\":{\"total\":" + trackings.length + ",\"next_cursor\":"
                + (nextCursor == null ? "null" : "\"" + nextCursor + "\"") + ",\"has_next_page\":"
                + (nextCursor != null) + "},\"trackings\":[" + String.join(",", trackings) + "]}";
    }
}

package io.parcelport.adapter.trackingmorev4;

import io.parcelport.pacing.ManualTicker;
import io.parcelport.pacing.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** Shared fixtures of the v4 adapter's tests: the sample bodies, a test key, trackings, and a configured backend. */
final class V4Fixtures {
    static final String API_KEY = "tm4-test-key-0b9e7d21c4a6f853";
    static final String ID = "9a73b452e03c2c724414f3859fad1c2c";

    private V4Fixtures() {
    }

    /** A sample body from {@code samples-v4}. */
    static String sample(String name) {
        try (InputStream in = V4Fixtures.class.getResourceAsStream("/v4/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one real tracking object ({@code amazon TBA308626148196}, status notfound). */
    static String amazon() {
        return sample("tracking_object.notfound-amazon.json");
    }

    /** A success envelope around {@code data}. */
    static String ok(String data) {
        return "{\"meta\":{\"code\":200,\"message\":\"Request response is successful\"},\"data\":" + data + "}";
    }

    /** An error envelope. */
    static String error(int code, String message) {
        return "{\"meta\":{\"code\":" + code + ",\"message\":\"" + message + "\"},\"data\":[]}";
    }

    /** A small v4 tracking object with one event. */
    static String tracking(String id, String courier, String number, String status, String substatus) {
        return "{\"id\":\"" + id + "\",\"tracking_number\":\"" + number + "\",\"courier_code\":\"" + courier
                + "\",\"created_at\":\"2024-04-01T08:00:00+00:00\",\"update_at\":\"2024-04-02T09:30:00+08:00\","
                + "\"delivery_status\":\"" + status + "\",\"substatus\":\"" + substatus + "\",\"archived\":\"tracking\","
                + "\"updating\":true,\"pieces\":\"2\",\"transit_time\":3,\"note\":\"fragile\","
                + "\"customer_email\":\"a@example.com\",\"customer_sms\":\"+1 555 0100\","
                + "\"origin_info\":{\"courier_code\":\"" + courier + "\",\"courier_phone\":18005551234,"
                + "\"weblink\":\"https://carrier.example/\",\"milestone_date\":{\"inforeceived_date\":"
                + "\"2024-04-01 07:00:00\",\"pickup_date\":null},\"customs_received_date\":\"2024-04-02T10:00:00+01:00\","
                + "\"trackinfo\":[{\"checkpoint_date\":\"2024-04-02T09:00:00\",\"tracking_detail\":\"Arrived at hub\","
                + "\"location\":\"Memphis\",\"checkpoint_delivery_status\":\"" + status + "\","
                + "\"checkpoint_delivery_substatus\":\"" + substatus + "\",\"raw_status\":\"AR\"}]},"
                + "\"destination_info\":[]}";
    }

    static V4Time time() {
        return new V4Time(new ManualTicker(0), Instant.parse("2024-05-01T12:00:00Z"));
    }

    /** A configuration against {@code server} on fake time, retries off, rates wide open. */
    static TrackingMoreV4Config.Builder config(StubServer server, V4Time time) {
        return TrackingMoreV4Config.builder()
                .apiKey(API_KEY)
                .baseUri(server.baseUri())
                .clock(time.clock())
                .ticker(time.ticker())
                .retryPolicy(RetryPolicy.NONE)
                .rateLimits(new V4RateLimits(10_000, 10_000, Duration.ofSeconds(5)));
    }

    static TrackingMoreV4Backend backend(StubServer server, V4Time time) {
        return TrackingMoreV4Backend.create(config(server, time).build());
    }

    /** Fake time: the ticker the adapter paces with, and a wall clock moving with it. */
    record V4Time(ManualTicker ticker, java.time.Clock clock) {
        V4Time(ManualTicker ticker, Instant start) {
            this(ticker, ticker.clock(start));
        }
    }
}

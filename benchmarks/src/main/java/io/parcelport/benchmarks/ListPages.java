package io.parcelport.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Generates TrackingMore v2 list pages ({@code GET /v2/trackings/get}) as the real API writes them, seeded and
 * deterministic: the quirks of the reference are all there (a string total, {@code customer_email} as a string or an
 * array, PHP's {@code []} for an empty {@code destination_info}, nulls, CJK texts, offsets without colons, milestone
 * names on events), so a decoder is measured on what it meets in production.
 */
public final class ListPages {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    // As TrackingMore writes created_at: always with seconds (LocalDateTime.toString() drops zero seconds).
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final String[] CARRIERS = {"usps", "ups", "fedex", "dhl", "china-post", "bestex", "zto"};
    private static final String[] STATUSES = {"pending", "notfound", "transit", "pickup", "delivered", "undelivered",
        "exception", "expired"};
    private static final String[] TEXTS = {"Arrived at the delivery office", "Departed from the sorting centre",
        "Released from customs", "Out for delivery", "吉林市【吉林昌邑区双吉镇】，正在派件", "Shipment information received",
        "Arrived at the inward office of exchange", "Delivered, in or at the mailbox"};
    private static final String[] PLACES = {"JAMAICA, NY ISC", "INDIANAPOLIS IN NETWORK DISTR", "吉林市", "Leipzig",
        "", "CHICAGO IL"};

    private ListPages() {
    }

    /** A page of {@code count} trackings with about {@code eventsPerTracking} events each, from {@code seed}. */
    public static byte[] page(int count, int eventsPerTracking, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder out = new StringBuilder(count * (eventsPerTracking * 220 + 900));
        out.append("{\"meta\":{\"code\":200,\"type\":\"Success\",\"message\":\"Success\"},\"data\":{\"page\":1,")
                .append("\"limit\":").append(count).append(",\"total\":\"").append(count * 50).append("\",")
                .append("\"count\":").append(count).append(",\"items\":[");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(',');
            }
            tracking(out, i, Math.max(1, eventsPerTracking - 5 + random.nextInt(11)), random);
        }
        return out.append("]}}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void tracking(StringBuilder out, int i, int events, SplittableRandom random) {
        String carrier = CARRIERS[random.nextInt(CARRIERS.length)];
        String status = STATUSES[random.nextInt(STATUSES.length)];
        LocalDateTime created = LocalDateTime.of(2019, 1, 1, 0, 0).plusMinutes(random.nextInt(500_000));
        out.append("{\"id\":\"").append(Long.toHexString(random.nextLong())).append(Long.toHexString(i))
                .append("\",\"tracking_number\":\"PB").append(100_000_000 + i).append("CN\",\"carrier_code\":\"")
                .append(carrier).append("\",\"status\":\"").append(status).append("\",\"track_update\":")
                .append(random.nextBoolean()).append(",\"created_at\":\"").append(ISO.format(created)).append("+08:00\",")
                .append("\"updated_at\":\"").append(ISO.format(created.plusHours(6))).append("+0800\",\"order_create_time\":")
                .append(random.nextInt(3) == 0 ? "null" : "\"" + LOCAL.format(created.minusDays(1)) + "\"")
                .append(",\"customer_email\":")
                .append(random.nextBoolean() ? "\"\"" : "[\"buyer" + i + "@example.com\"]")
                .append(",\"title\":\"Order ").append(i).append("\",\"order_id\":")
                .append(random.nextBoolean() ? "null" : "\"ORD-" + i + "\"")
                .append(",\"comment\":null,\"customer_name\":null,\"archived\":false,\"original_country\":\"")
                .append(random.nextBoolean() ? "China" : "").append("\",\"destination_country\":\"US\",")
                .append("\"itemTimeLength\":").append(random.nextInt(90)).append(",\"stayTimeLength\":")
                .append(random.nextInt(30)).append(",\"service_code\":null,\"status_info\":null,\"substatus\":")
                .append(random.nextInt(3) == 0 ? "null" : "\"transit00" + (1 + random.nextInt(7)) + "\"")
                .append(",\"origin_info\":");
        leg(out, carrier, created, events, random);
        out.append(",\"destination_info\":");
        if (random.nextBoolean()) {
            out.append("[]");
        } else {
            leg(out, "usps", created.plusDays(5), Math.max(1, events / 3), random);
        }
        out.append(",\"lastEvent\":\"").append(TEXTS[0]).append(",").append(PLACES[0]).append(",")
                .append(LOCAL.format(created.plusDays(7))).append("\",\"lastUpdateTime\":\"")
                .append(LOCAL.format(created.plusDays(7))).append("\"}");
    }

    private static void leg(StringBuilder out, String carrier, LocalDateTime from, int events,
            SplittableRandom random) {
        out.append("{\"ReferenceNumber\":null,\"ItemReceived\":\"").append(LOCAL.format(from))
                .append("\",\"ItemDispatched\":null,\"DepartfromAirport\":null,\"ArrivalfromAbroad\":null,")
                .append("\"CustomsClearance\":null,\"DestinationArrived\":null,\"weblink\":\"https://www.")
                .append(carrier).append(".com/\",\"phone\":\"+86 4009 565656\",\"carrier_code\":\"").append(carrier)
                .append("\",\"trackinfo\":[");
        for (int e = events - 1; e >= 0; e--) {
            out.append("{\"Date\":\"").append(LOCAL.format(from.plusHours(7L * e))).append("\",")
                    .append("\"StatusDescription\":\"").append(TEXTS[random.nextInt(TEXTS.length)]).append("\",")
                    .append("\"Details\":\"").append(PLACES[random.nextInt(PLACES.length)]).append("\",")
                    .append("\"checkpoint_status\":\"transit\"");
            if (e == 0) {
                out.append(",\"ItemNode\":\"ItemReceived\"");
            }
            out.append(e == 0 ? "}" : "},");
        }
        out.append("]}");
    }
}

package io.parcelport.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;

/**
 * The baseline decoder: Jackson databind into plain records, as TrackingMore's own Java SDK and most hand-written
 * clients do. It does less than Parcelport (no validation, no domain types, dates left as text), which is the point
 * of a baseline: the cost a user would expect at least.
 */
public final class JacksonBaseline {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            // PHP writes an empty object as [].
            .configure(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT, true);

    private JacksonBaseline() {
    }

    /** Decodes a list page's body. */
    public static Page decode(byte[] body) throws IOException {
        return MAPPER.readValue(body, Answer.class).data();
    }

    /** Decodes a single tracking's answer; the tracking comes back as a tree so that the caller can check it. */
    public static JsonNode decodeOne(byte[] body) throws IOException {
        Tracking tracking = MAPPER.readValue(body, One.class).data();
        return MAPPER.getNodeFactory().textNode(tracking.trackingNumber());
    }

    /** The envelope of a single tracking. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record One(JsonNode meta, Tracking data) {
    }

    /** The envelope. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer(JsonNode meta, Page data) {
    }

    /** One page. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(int page, int limit, String total, List<Tracking> items) {
    }

    /** One tracking. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tracking(String id, @JsonProperty("tracking_number") String trackingNumber,
            @JsonProperty("carrier_code") String carrierCode, String status, String substatus,
            @JsonProperty("created_at") String createdAt, @JsonProperty("updated_at") String updatedAt,
            @JsonProperty("customer_email") JsonNode customerEmail, String title,
            @JsonProperty("order_id") String orderId, @JsonProperty("origin_info") Leg originInfo,
            @JsonProperty("destination_info") Leg destinationInfo) {
    }

    /** One carrier's leg. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Leg(String weblink, String phone, List<Event> trackinfo) {
    }

    /** One event. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(@JsonProperty("Date") String date, @JsonProperty("StatusDescription") String description,
            @JsonProperty("Details") String details, @JsonProperty("checkpoint_status") String checkpointStatus) {
    }
}

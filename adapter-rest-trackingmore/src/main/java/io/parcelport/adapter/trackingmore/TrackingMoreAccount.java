package io.parcelport.adapter.trackingmore;

import io.parcelport.domain.account.AccountInfo;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.StatusCounts;
import io.parcelport.ports.StatusCountQuery;
import io.parcelport.ports.TimeRange;
import io.parcelport.ports.out.TrackingAccount;
import io.parcelport.wire.trackingmore.MalformedAnswerException;
import io.parcelport.wire.trackingmore.Wire;
import io.parcelport.wire.trackingmore.WireBinding;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** {@link TrackingAccount} over {@code GET /trackings/getuserinfo} and {@code GET /trackings/getstatusnumber}. */
final class TrackingMoreAccount implements TrackingAccount {
    private final HttpGateway gateway;

    TrackingMoreAccount(HttpGateway gateway) {
        this.gateway = gateway;
    }

    /**
     * {@code GET /trackings/getuserinfo}; retried (a read). {@code regtime} is a string of Unix seconds,
     * {@code money} the balance, {@code track_number} the remaining quota (a negative one reads as 0).
     */
    @Override
    public AccountInfo info() {
        Reply reply = gateway.call(Endpoint.ACCOUNT_INFO, TrackingMoreApi::userInfo);
        if (!reply.isSuccess()) {
            throw reply.failure();
        }
        AccountInfo info = gateway.decode(reply, () -> {
            Wire.UserInfo u = WireBinding.bind(WireBinding.object(reply.data(), "data"), Wire.UserInfo.class, "data");
            Optional<Instant> registered = optional(Wire.whole(u.regtime(), "regtime")).map(Instant::ofEpochSecond);
            Optional<BigDecimal> balance = Wire.decimal(u.money(), "money");
            long quota = Math.max(0, Wire.whole(u.trackNumber(), "track_number").orElseThrow(
                    () -> new MalformedAnswerException("track_number", "is missing")));
            return new AccountInfo(Wire.text(u.email()), registered, balance, quota);
        });
        // The account's own word that quota is back: every instance that stopped spending resumes. A zero is left to
        // the next spending call to learn, as the account may still pay for it from its balance.
        if (info.remainingQuota() > 0) {
            gateway.quota().markAvailable();
        }
        return info;
    }

    /**
     * {@code GET /trackings/getstatusnumber} with the ranges as Unix seconds; retried (a read). Status words this
     * version does not know are counted under {@link DeliveryStatus#UNKNOWN}.
     */
    @Override
    public StatusCounts statusCounts(StatusCountQuery query) {
        Objects.requireNonNull(query, "query");
        Reply reply = gateway.call(Endpoint.STATUS_COUNTS, api -> api.statusNumber(from(query.created()),
                to(query.created()), from(query.ordered()), to(query.ordered())));
        if (!reply.isSuccess()) {
            throw reply.failure();
        }
        return gateway.decode(reply, () -> {
            JsonObject data = WireBinding.object(reply.data(), "data");
            Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
            for (Map.Entry<String, JsonValue> e : data.entrySet()) {
                long n = Wire.whole(e.getValue(), "data." + e.getKey()).orElse(0);
                if (n < 0) {
                    throw new MalformedAnswerException("data." + e.getKey(), "is negative: " + n);
                }
                counts.merge(ShipmentMapper.status(e.getKey()), n, Long::sum);
            }
            return new StatusCounts(counts);
        });
    }

    private static Optional<Long> optional(OptionalLong value) {
        return value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty();
    }

    private static Long from(TimeRange range) {
        return range.from().map(Instant::getEpochSecond).orElse(null);
    }

    private static Long to(TimeRange range) {
        return range.to().map(Instant::getEpochSecond).orElse(null);
    }
}

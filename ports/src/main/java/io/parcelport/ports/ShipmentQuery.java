package io.parcelport.ports;

import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.TrackingNumber;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which registered shipments to list: every filter that is set must match (filters combine with AND).
 *
 * <p>Backends cap the number of tracking numbers and order ids in one query (see {@link BackendLimits}); the query
 * itself holds any number, so that a use case may split it.
 *
 * @param status only shipments whose effective status is this
 * @param created registered within this range
 * @param updated last changed within this range
 * @param ordered order placed within this range (order times are read as UTC)
 * @param numbers only these tracking numbers (empty: any)
 * @param orderIds only these order ids (empty: any)
 * @param archived archived, not archived, or either
 * @param language the language of the carriers' texts
 */
public record ShipmentQuery(Optional<DeliveryStatus> status, TimeRange created, TimeRange updated, TimeRange ordered,
        List<TrackingNumber> numbers, List<String> orderIds, ArchivedFilter archived,
        Optional<LanguageCode> language) {

    /** Every shipment, archived or not. */
    public static final ShipmentQuery ALL = builder().build();

    public ShipmentQuery {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(ordered, "ordered");
        numbers = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(numbers, "numbers")));
        List<String> ids = new ArrayList<>();
        for (String id : Objects.requireNonNull(orderIds, "orderIds")) {
            Texts.optional(Optional.of(Objects.requireNonNull(id, "order id")), "order id").ifPresentOrElse(
                    s -> {
                        if (s.contains(",")) {
                            throw new IllegalArgumentException("order id contains ',': '" + s + "'");
                        }
                        if (!ids.contains(s)) {
                            ids.add(s);
                        }
                    },
                    () -> {
                        throw new IllegalArgumentException("order id must not be blank: '" + id + "'");
                    });
        }
        orderIds = List.copyOf(ids);
        Objects.requireNonNull(archived, "archived");
        Objects.requireNonNull(language, "language");
        if (status.isPresent() && status.get() == DeliveryStatus.UNKNOWN) {
            throw new IllegalArgumentException("cannot filter on status UNKNOWN: it stands for any status a backend"
                    + " reports that Parcelport does not know");
        }
    }

    /** A new builder with no filter set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this query. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.status = status.orElse(null);
        b.created = created;
        b.updated = updated;
        b.ordered = ordered;
        b.numbers.addAll(numbers);
        b.orderIds.addAll(orderIds);
        b.archived = archived;
        b.language = language.orElse(null);
        return b;
    }

    /** Builds a {@link ShipmentQuery}. */
    public static final class Builder {
        private DeliveryStatus status;
        private TimeRange created = TimeRange.ANY;
        private TimeRange updated = TimeRange.ANY;
        private TimeRange ordered = TimeRange.ANY;
        private final List<TrackingNumber> numbers = new ArrayList<>();
        private final List<String> orderIds = new ArrayList<>();
        private ArchivedFilter archived = ArchivedFilter.EITHER;
        private LanguageCode language;

        private Builder() {
        }

        public Builder status(DeliveryStatus value) {
            this.status = value;
            return this;
        }

        public Builder created(TimeRange value) {
            this.created = Objects.requireNonNull(value, "created");
            return this;
        }

        public Builder updated(TimeRange value) {
            this.updated = Objects.requireNonNull(value, "updated");
            return this;
        }

        public Builder ordered(TimeRange value) {
            this.ordered = Objects.requireNonNull(value, "ordered");
            return this;
        }

        public Builder numbers(List<TrackingNumber> value) {
            this.numbers.clear();
            this.numbers.addAll(value);
            return this;
        }

        public Builder addNumber(TrackingNumber value) {
            this.numbers.add(Objects.requireNonNull(value, "number"));
            return this;
        }

        public Builder orderIds(List<String> value) {
            this.orderIds.clear();
            this.orderIds.addAll(value);
            return this;
        }

        public Builder archived(ArchivedFilter value) {
            this.archived = Objects.requireNonNull(value, "archived");
            return this;
        }

        public Builder language(LanguageCode value) {
            this.language = value;
            return this;
        }

        public ShipmentQuery build() {
            return new ShipmentQuery(Optional.ofNullable(status), created, updated, ordered, numbers, orderIds,
                    archived, Optional.ofNullable(language));
        }
    }
}

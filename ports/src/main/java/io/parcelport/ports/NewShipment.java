package io.parcelport.ports;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.CarrierExtras;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.TrackingNumber;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A shipment to register with a backend (or to track in real time, which registers it too): its key and what the
 * merchant knows about it.
 *
 * @param key the carrier and tracking number
 * @param orderId the merchant's order id
 * @param title a title, usually the product name
 * @param orderTime when the order was placed
 * @param customerName the recipient's name
 * @param customerEmails the recipient's e-mail addresses
 * @param customerPhone the recipient's phone number
 * @param destinationCountry the destination country
 * @param carrierExtras facts some carriers need (postal code, ship date, account, destination)
 * @param logisticsChannel the merchant's shipping channel
 * @param comment a free-text remark
 * @param language the language to ask the carrier for
 * @param pinCarrier true to forbid the backend from replacing the carrier by auto-detection
 */
public record NewShipment(ShipmentKey key, Optional<String> orderId, Optional<String> title,
        Optional<LocalDateTime> orderTime, Optional<String> customerName, List<String> customerEmails,
        Optional<String> customerPhone, Optional<CountryCode> destinationCountry, CarrierExtras carrierExtras,
        Optional<String> logisticsChannel, Optional<String> comment, Optional<LanguageCode> language,
        boolean pinCarrier) {

    public NewShipment {
        Objects.requireNonNull(key, "key");
        orderId = Texts.optional(orderId, "order id");
        title = Texts.optional(title, "title");
        Objects.requireNonNull(orderTime, "orderTime");
        customerName = Texts.optional(customerName, "customer name");
        customerEmails = Texts.emails(customerEmails);
        customerPhone = Texts.optional(customerPhone, "customer phone");
        Objects.requireNonNull(destinationCountry, "destinationCountry");
        Objects.requireNonNull(carrierExtras, "carrierExtras");
        logisticsChannel = Texts.optional(logisticsChannel, "logistics channel");
        comment = Texts.optional(comment, "comment");
        Objects.requireNonNull(language, "language");
    }

    /** Just the key, nothing else. */
    public static NewShipment of(ShipmentKey key) {
        return builder(key).build();
    }

    /** Just the key, nothing else. */
    public static NewShipment of(CarrierCode carrier, TrackingNumber number) {
        return of(new ShipmentKey(carrier, number));
    }

    /** A builder for the shipment with this key. */
    public static Builder builder(ShipmentKey key) {
        return new Builder(key);
    }

    /** Builds a {@link NewShipment}; every field but the key is optional. */
    public static final class Builder {
        private final ShipmentKey key;
        private String orderId;
        private String title;
        private LocalDateTime orderTime;
        private String customerName;
        private final List<String> customerEmails = new ArrayList<>();
        private String customerPhone;
        private CountryCode destinationCountry;
        private CarrierExtras carrierExtras = CarrierExtras.NONE;
        private String logisticsChannel;
        private String comment;
        private LanguageCode language;
        private boolean pinCarrier;

        private Builder(ShipmentKey key) {
            this.key = Objects.requireNonNull(key, "key");
        }

        public Builder orderId(String value) {
            this.orderId = value;
            return this;
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder orderTime(LocalDateTime value) {
            this.orderTime = value;
            return this;
        }

        public Builder customerName(String value) {
            this.customerName = value;
            return this;
        }

        public Builder addCustomerEmail(String value) {
            this.customerEmails.add(Objects.requireNonNull(value, "customer e-mail"));
            return this;
        }

        public Builder customerPhone(String value) {
            this.customerPhone = value;
            return this;
        }

        public Builder destinationCountry(CountryCode value) {
            this.destinationCountry = value;
            return this;
        }

        public Builder carrierExtras(CarrierExtras value) {
            this.carrierExtras = Objects.requireNonNull(value, "carrierExtras");
            return this;
        }

        public Builder logisticsChannel(String value) {
            this.logisticsChannel = value;
            return this;
        }

        public Builder comment(String value) {
            this.comment = value;
            return this;
        }

        public Builder language(LanguageCode value) {
            this.language = value;
            return this;
        }

        public Builder pinCarrier(boolean value) {
            this.pinCarrier = value;
            return this;
        }

        public NewShipment build() {
            return new NewShipment(key, Optional.ofNullable(orderId), Optional.ofNullable(title),
                    Optional.ofNullable(orderTime), Optional.ofNullable(customerName), customerEmails,
                    Optional.ofNullable(customerPhone), Optional.ofNullable(destinationCountry), carrierExtras,
                    Optional.ofNullable(logisticsChannel), Optional.ofNullable(comment), Optional.ofNullable(language),
                    pinCarrier);
        }
    }
}

package io.parcelport.ports;

import io.parcelport.domain.CountryCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes to a registered shipment's details: only the fields that are present change.
 *
 * <p>At least one change is required: an empty change set is a programming error.
 *
 * @param title new title
 * @param logisticsChannel new shipping channel
 * @param customerName new recipient name
 * @param customerEmails new recipient e-mail addresses (replacing the old ones)
 * @param customerPhone new recipient phone
 * @param orderId new order id
 * @param destinationCountry new destination country
 * @param archived archive or un-archive
 * @param status set the status by hand, or revert to the carrier's
 */
public record ShipmentChanges(Optional<String> title, Optional<String> logisticsChannel,
        Optional<String> customerName, Optional<List<String>> customerEmails, Optional<String> customerPhone,
        Optional<String> orderId, Optional<CountryCode> destinationCountry, Optional<Boolean> archived,
        Optional<StatusCommand> status) {

    public ShipmentChanges {
        title = Texts.optional(title, "title");
        logisticsChannel = Texts.optional(logisticsChannel, "logistics channel");
        customerName = Texts.optional(customerName, "customer name");
        customerEmails = Objects.requireNonNull(customerEmails, "customerEmails").map(Texts::emails);
        customerPhone = Texts.optional(customerPhone, "customer phone");
        orderId = Texts.optional(orderId, "order id");
        Objects.requireNonNull(destinationCountry, "destinationCountry");
        Objects.requireNonNull(archived, "archived");
        Objects.requireNonNull(status, "status");
        if (title.isEmpty() && logisticsChannel.isEmpty() && customerName.isEmpty() && customerEmails.isEmpty()
                && customerPhone.isEmpty() && orderId.isEmpty() && destinationCountry.isEmpty() && archived.isEmpty()
                && status.isEmpty()) {
            throw new IllegalArgumentException("shipment changes must change at least one field");
        }
    }

    /** Only a status command. */
    public static ShipmentChanges status(StatusCommand command) {
        return builder().status(command).build();
    }

    /** Only archive or un-archive. */
    public static ShipmentChanges archived(boolean archived) {
        return builder().archived(archived).build();
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ShipmentChanges}; set at least one field. */
    public static final class Builder {
        private String title;
        private String logisticsChannel;
        private String customerName;
        private List<String> customerEmails;
        private String customerPhone;
        private String orderId;
        private CountryCode destinationCountry;
        private Boolean archived;
        private StatusCommand status;

        private Builder() {
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder logisticsChannel(String value) {
            this.logisticsChannel = value;
            return this;
        }

        public Builder customerName(String value) {
            this.customerName = value;
            return this;
        }

        public Builder customerEmails(List<String> value) {
            this.customerEmails = new ArrayList<>(value);
            return this;
        }

        public Builder customerPhone(String value) {
            this.customerPhone = value;
            return this;
        }

        public Builder orderId(String value) {
            this.orderId = value;
            return this;
        }

        public Builder destinationCountry(CountryCode value) {
            this.destinationCountry = value;
            return this;
        }

        public Builder archived(boolean value) {
            this.archived = value;
            return this;
        }

        public Builder status(StatusCommand value) {
            this.status = value;
            return this;
        }

        public ShipmentChanges build() {
            return new ShipmentChanges(Optional.ofNullable(title), Optional.ofNullable(logisticsChannel),
                    Optional.ofNullable(customerName), Optional.ofNullable(customerEmails),
                    Optional.ofNullable(customerPhone), Optional.ofNullable(orderId),
                    Optional.ofNullable(destinationCountry), Optional.ofNullable(archived), Optional.ofNullable(status));
        }
    }
}

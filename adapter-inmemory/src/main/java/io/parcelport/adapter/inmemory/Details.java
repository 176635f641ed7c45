package io.parcelport.adapter.inmemory;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.shipment.CarrierExtras;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.ShipmentChanges;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** What the merchant told the backend about a shipment; one shared empty instance for the many that say nothing. */
record Details(Optional<String> orderId, Optional<String> title, Optional<LocalDateTime> orderTime,
        Optional<String> customerName, List<String> customerEmails, Optional<String> customerPhone,
        Optional<CountryCode> destinationCountry, CarrierExtras carrierExtras, Optional<String> logisticsChannel,
        Optional<String> comment, Optional<LanguageCode> language) {

    static final Details EMPTY = new Details(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            List.of(), Optional.empty(), Optional.empty(), CarrierExtras.NONE, Optional.empty(), Optional.empty(),
            Optional.empty());

    static Details of(NewShipment s) {
        Details d = new Details(s.orderId(), s.title(), s.orderTime(), s.customerName(), List.copyOf(s.customerEmails()),
                s.customerPhone(), s.destinationCountry(), s.carrierExtras(), s.logisticsChannel(), s.comment(),
                s.language());
        return d.equals(EMPTY) ? EMPTY : d;
    }

    Details with(ShipmentChanges c) {
        return new Details(c.orderId().or(this::orderId), c.title().or(this::title), orderTime,
                c.customerName().or(this::customerName), c.customerEmails().map(List::copyOf).orElse(customerEmails),
                c.customerPhone().or(this::customerPhone), c.destinationCountry().or(this::destinationCountry),
                carrierExtras, c.logisticsChannel().or(this::logisticsChannel), comment, language);
    }

    /** The order time read as UTC, as the port's filters read it. */
    Optional<Instant> orderInstant() {
        return orderTime.map(t -> t.toInstant(ZoneOffset.UTC));
    }
}

package io.parcelport.cli;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.shipment.CarrierExtras;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.RejectionReason;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parcelport create CARRIER NUMBER [options]}: registers one shipment for tracking. */
@Command(name = "create", description = "Register one shipment for tracking. Already registered is not an error.")
public final class CreateCommand extends CliCommand {

    @Mixin
    private KeyParameters key;

    @Option(names = "--order-id", paramLabel = "ID", description = "Your order id.")
    private String orderId;

    @Option(names = "--title", description = "A title, usually the product name.")
    private String title;

    @Option(names = "--order-time", paramLabel = "TIME", description = "When the order was placed "
            + "(2025-06-01 10:30 or 2025/6/1 10:30).")
    private LocalDateTime orderTime;

    @Option(names = "--customer-name", paramLabel = "NAME", description = "The recipient's name.")
    private String customerName;

    @Option(names = "--customer-email", paramLabel = "EMAIL", description = "The recipient's e-mail; repeatable.")
    private List<String> customerEmails = new ArrayList<>();

    @Option(names = "--customer-phone", paramLabel = "PHONE", description = "The recipient's phone number.")
    private String customerPhone;

    @Option(names = "--destination", paramLabel = "COUNTRY", description = "The destination country (ISO code).")
    private CountryCode destination;

    @Option(names = "--postal-code", paramLabel = "CODE", description = "The recipient's postal code, which some "
            + "carriers need (postnl-3s, Mondial Relay).")
    private String postalCode;

    @Option(names = "--ship-date", paramLabel = "DATE", description = "The ship date, which some carriers need "
            + "(20250601 or 2025-06-01).")
    private LocalDate shipDate;

    @Option(names = "--account-number", paramLabel = "NUMBER", description = "The account number some carriers "
            + "need.")
    private String accountNumber;

    @Option(names = "--carrier-destination", paramLabel = "COUNTRY", description = "The destination country some "
            + "carriers need to find the number (tracking_destination_country).")
    private CountryCode carrierDestination;

    @Option(names = "--channel", paramLabel = "CHANNEL", description = "Your shipping channel or service name.")
    private String channel;

    @Option(names = "--comment", description = "A free-text remark.")
    private String comment;

    @Option(names = "--lang", paramLabel = "LANG", description = "The language of the carrier's texts (ISO 639-1).")
    private LanguageCode language;

    @Option(names = "--pin-carrier", description = "Forbid the backend from replacing the carrier by detection.")
    private boolean pinCarrier;

    @Override
    protected int run() {
        NewShipment.Builder shipment = NewShipment.builder(key.key())
                .orderId(orderId).title(title).orderTime(orderTime).customerName(customerName)
                .customerPhone(customerPhone).destinationCountry(destination).logisticsChannel(channel)
                .comment(comment).language(language).pinCarrier(pinCarrier)
                .carrierExtras(new CarrierExtras(Optional.ofNullable(postalCode), Optional.ofNullable(shipDate),
                        Optional.ofNullable(accountNumber), Optional.ofNullable(carrierDestination)));
        customerEmails.forEach(shipment::addCustomerEmail);
        ItemOutcome<Shipment> outcome = useCases().register().register(shipment.build());
        if (outcome.isRejectedFor(RejectionReason.ALREADY_EXISTS)) {
            // Registering is idempotent: the shipment is there, which is what the caller wanted.
            if (json()) {
                rejectionJson("already_exists", outcome.rejection().orElseThrow());
            } else {
                out().println("Already registered: " + key.key() + " (nothing changed)");
            }
            return ExitCode.OK;
        }
        return report(outcome, "created", "shipment", (out, s) -> {
            out.println("Registered " + s.key() + ".");
            out.println();
            Render.shipment(out, s);
        }, JsonViews::shipment);
    }
}

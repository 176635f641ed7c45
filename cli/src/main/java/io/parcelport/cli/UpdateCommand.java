package io.parcelport.cli;

import io.parcelport.domain.CountryCode;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.StatusCommand;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parcelport update CARRIER NUMBER [options]}: changes a shipment's details, archive flag or status. */
@Command(name = "update", description = "Change a registered shipment: details, archived, or its status by hand.")
public final class UpdateCommand extends CliCommand {

    @Mixin
    private KeyParameters key;

    @Option(names = "--title", description = "A new title.")
    private String title;

    @Option(names = "--channel", paramLabel = "CHANNEL", description = "A new shipping channel.")
    private String channel;

    @Option(names = "--customer-name", paramLabel = "NAME", description = "A new recipient name.")
    private String customerName;

    @Option(names = "--customer-email", paramLabel = "EMAIL", description = "New recipient e-mails (replacing the "
            + "old ones); repeatable.")
    private List<String> customerEmails;

    @Option(names = "--customer-phone", paramLabel = "PHONE", description = "A new recipient phone.")
    private String customerPhone;

    @Option(names = "--order-id", paramLabel = "ID", description = "A new order id.")
    private String orderId;

    @Option(names = "--destination", paramLabel = "COUNTRY", description = "A new destination country.")
    private CountryCode destination;

    @Option(names = "--archived", arity = "1", paramLabel = "true|false", converter = Converters.YesNo.class,
            description = "Archive (true) or un-archive (false).")
    private Boolean archived;

    @Option(names = "--status", paramLabel = "delivered|exception|revert", description = "Set the status by hand, "
            + "or revert to the carrier's.")
    private StatusCommand status;

    @Override
    protected int run() {
        if (title == null && channel == null && customerName == null && customerEmails == null
                && customerPhone == null && orderId == null && destination == null && archived == null
                && status == null) {
            throw new UsageException("nothing to change: give at least one option (see 'parcelport update --help')");
        }
        ShipmentChanges.Builder changes = ShipmentChanges.builder().title(title).logisticsChannel(channel)
                .customerName(customerName).customerPhone(customerPhone).orderId(orderId)
                .destinationCountry(destination).status(status);
        if (customerEmails != null) {
            changes.customerEmails(customerEmails);
        }
        if (archived != null) {
            changes.archived(archived);
        }
        return report(useCases().manage().update(key.key(), changes.build()), "updated", "shipment", (out, s) -> {
            out.println("Updated " + s.key() + ".");
            out.println();
            Render.shipment(out, s);
        }, JsonViews::shipment);
    }
}

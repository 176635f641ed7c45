package io.parcelport.cli;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.CarrierExtras;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.NewShipment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads CSV rows into shipments to register: the header names the columns with TrackingMore v2's create field names,
 * in any order and case; each row is checked locally, and a bad one is refused with a reason naming the column.
 */
public final class ImportRows {

    /** The columns understood, with TrackingMore's names. */
    public static final List<String> COLUMNS = List.of("tracking_number", "carrier_code", "order_id", "title",
            "customer_name", "customer_email", "customer_phone", "destination_code", "tracking_postal_code",
            "tracking_ship_date", "tracking_account_number", "tracking_destination_country", "order_create_time",
            "logistics_channel", "comment", "lang", "pin_carrier");

    // TrackingMore's batch pages call tracking_destination_country specialNumberDestination.
    private static final Map<String, String> ALIASES = Map.of("specialnumberdestination",
            "tracking_destination_country");

    private final Map<String, Integer> index;
    private final List<String> ignored;
    private final int width;

    private ImportRows(Map<String, Integer> index, List<String> ignored, int width) {
        this.index = index;
        this.ignored = ignored;
        this.width = width;
    }

    /** A row of the file that cannot be registered, and why. */
    public static final class InvalidRow extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidRow(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * The reader for a header row.
     *
     * @throws UsageException when {@code tracking_number} or {@code carrier_code} is missing or a column repeats
     */
    public static ImportRows forHeader(List<String> header) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            name = ALIASES.getOrDefault(name, name);
            if (COLUMNS.contains(name)) {
                if (index.putIfAbsent(name, i) != null) {
                    throw new UsageException("the header names column '" + name + "' twice");
                }
            } else if (!name.isEmpty()) {
                ignored.add(header.get(i).strip());
            }
        }
        for (String required : List.of("tracking_number", "carrier_code")) {
            if (!index.containsKey(required)) {
                throw new UsageException("the header (first line) must name the columns, with at least "
                        + "tracking_number and carrier_code; known columns: " + String.join(", ", COLUMNS));
            }
        }
        return new ImportRows(index, List.copyOf(ignored), header.size());
    }

    /** Header columns that are not create fields, which the import ignores. */
    public List<String> ignoredColumns() {
        return ignored;
    }

    /** The raw carrier and number of a row, whatever their validity, for reports. */
    public String[] rawKey(List<String> fields) {
        return new String[] {cell(fields, "carrier_code").orElse(""), cell(fields, "tracking_number").orElse("")};
    }

    /** The shipment a row describes. */
    public NewShipment parse(List<String> fields) throws InvalidRow {
        if (fields.size() > width) {
            throw new InvalidRow("the row has " + fields.size() + " fields but the header names " + width
                    + " columns (quote fields that contain commas)");
        }
        CarrierCode carrier = required(fields, "carrier_code", CarrierCode::of);
        TrackingNumber number = required(fields, "tracking_number", TrackingNumber::of);
        NewShipment.Builder b = NewShipment.builder(new ShipmentKey(carrier, number));
        b.orderId(text(fields, "order_id")).title(text(fields, "title"))
                .customerName(text(fields, "customer_name")).customerPhone(text(fields, "customer_phone"))
                .logisticsChannel(text(fields, "logistics_channel")).comment(text(fields, "comment"));
        b.destinationCountry(optional(fields, "destination_code", CountryCode::of));
        b.orderTime(optional(fields, "order_create_time", Converters::dateTime));
        b.language(optional(fields, "lang", LanguageCode::of));
        Boolean pin = optional(fields, "pin_carrier", Converters::bool);
        b.pinCarrier(pin != null && pin);
        Optional<String> emails = cell(fields, "customer_email");
        if (emails.isPresent()) {
            // One cell may list several addresses, separated by commas or semicolons.
            for (String email : emails.get().split("[,;]")) {
                if (!email.isBlank()) {
                    b.addCustomerEmail(email.strip());
                }
            }
        }
        try {
            b.carrierExtras(new CarrierExtras(cell(fields, "tracking_postal_code"),
                    Optional.ofNullable(optional(fields, "tracking_ship_date", Converters::date)),
                    cell(fields, "tracking_account_number"),
                    Optional.ofNullable(optional(fields, "tracking_destination_country", CountryCode::of))));
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new InvalidRow(e.getMessage());
        }
    }

    private Optional<String> cell(List<String> fields, String column) {
        Integer i = index.get(column);
        if (i == null || i >= fields.size()) {
            return Optional.empty();
        }
        String value = fields.get(i).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private String text(List<String> fields, String column) {
        return cell(fields, column).orElse(null);
    }

    private <T> T required(List<String> fields, String column, Function<String, T> parser) throws InvalidRow {
        Optional<String> value = cell(fields, column);
        if (value.isEmpty()) {
            throw new InvalidRow(column + " is empty");
        }
        return parse(column, value.get(), parser);
    }

    private <T> T optional(List<String> fields, String column, Function<String, T> parser) throws InvalidRow {
        Optional<String> value = cell(fields, column);
        return value.isEmpty() ? null : parse(column, value.get(), parser);
    }

    private static <T> T parse(String column, String value, Function<String, T> parser) throws InvalidRow {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | picocli.CommandLine.TypeConversionException e) {
            throw new InvalidRow(column + ": " + e.getMessage());
        }
    }

    /** The position of each known column in the header. */
    Map<String, Integer> columns() {
        return new HashMap<>(index);
    }
}

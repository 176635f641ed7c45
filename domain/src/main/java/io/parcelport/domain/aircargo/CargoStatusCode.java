package io.parcelport.domain.aircargo;

import io.parcelport.domain.Checks;
import io.parcelport.domain.shipment.DeliveryStatus;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A status code of an air cargo event, from the IATA Cargo-IMP / Cargo-XML status update (FSU) vocabulary: known
 * codes ({@code RCS}, {@code DEP}, {@code DLV}...) have a meaning and imply a {@link DeliveryStatus}; other
 * three-character codes are kept as they are rather than refused, because carriers add their own.
 *
 * <p>How the known codes map to delivery statuses: {@code BKD} and {@code FWB} mean the carrier has data but not the
 * goods ({@link DeliveryStatus#INFO_RECEIVED}); from the moment the carrier physically holds the consignment
 * ({@code FOH}, {@code RCS}) until it waits at the destination, every code is {@link DeliveryStatus#IN_TRANSIT},
 * customs steps included; {@code NFD} and {@code AWD} mean it is ready for the consignee to collect
 * ({@link DeliveryStatus#OUT_FOR_DELIVERY}); {@code DLV} and {@code DDL} are {@link DeliveryStatus#DELIVERED};
 * {@code DIS} (a discrepancy: missing, damaged, offloaded) is {@link DeliveryStatus#EXCEPTION}.
 *
 * @param code the three upper-case letters or digits
 */
public record CargoStatusCode(String code) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{3}");

    private record Known(String meaning, DeliveryStatus impliedStatus) {
    }

    private static final Map<String, Known> KNOWN = Map.ofEntries(
            Map.entry("BKD", new Known("Booked on a flight", DeliveryStatus.INFO_RECEIVED)),
            Map.entry("FWB", new Known("Air waybill data received by the carrier", DeliveryStatus.INFO_RECEIVED)),
            Map.entry("FOH", new Known("Freight on hand, awaiting acceptance", DeliveryStatus.IN_TRANSIT)),
            Map.entry("RCS", new Known("Received from the shipper, ready for carriage", DeliveryStatus.IN_TRANSIT)),
            Map.entry("PRE", new Known("Prepared for loading on a flight", DeliveryStatus.IN_TRANSIT)),
            Map.entry("MAN", new Known("Manifested on a flight", DeliveryStatus.IN_TRANSIT)),
            Map.entry("FFM", new Known("Flight manifest sent", DeliveryStatus.IN_TRANSIT)),
            Map.entry("DEP", new Known("Departed on a flight", DeliveryStatus.IN_TRANSIT)),
            Map.entry("ARR", new Known("Arrived on a flight", DeliveryStatus.IN_TRANSIT)),
            Map.entry("RCF", new Known("Received from a flight", DeliveryStatus.IN_TRANSIT)),
            Map.entry("TRM", new Known("To be transferred to another airline", DeliveryStatus.IN_TRANSIT)),
            Map.entry("TFD", new Known("Transferred to another airline", DeliveryStatus.IN_TRANSIT)),
            Map.entry("RCT", new Known("Received from another airline", DeliveryStatus.IN_TRANSIT)),
            Map.entry("AWR", new Known("Documents received at the arrival station", DeliveryStatus.IN_TRANSIT)),
            Map.entry("CRC", new Known("Reported to customs", DeliveryStatus.IN_TRANSIT)),
            Map.entry("TGC", new Known("Transferred to customs control", DeliveryStatus.IN_TRANSIT)),
            Map.entry("CCD", new Known("Cleared by customs", DeliveryStatus.IN_TRANSIT)),
            Map.entry("NFD", new Known("Consignee notified, ready for pickup", DeliveryStatus.OUT_FOR_DELIVERY)),
            Map.entry("AWD", new Known("Documents delivered to the consignee", DeliveryStatus.OUT_FOR_DELIVERY)),
            Map.entry("DLV", new Known("Delivered to the consignee", DeliveryStatus.DELIVERED)),
            Map.entry("DDL", new Known("Delivered to the consignee's door", DeliveryStatus.DELIVERED)),
            Map.entry("DIS", new Known("Discrepancy reported (missing, damaged or offloaded)",
                    DeliveryStatus.EXCEPTION)));

    /** Booked on a flight. */
    public static final CargoStatusCode BKD = new CargoStatusCode("BKD");
    /** Air waybill data received by the carrier. */
    public static final CargoStatusCode FWB = new CargoStatusCode("FWB");
    /** Freight on hand, awaiting acceptance. */
    public static final CargoStatusCode FOH = new CargoStatusCode("FOH");
    /** Received from the shipper, ready for carriage. */
    public static final CargoStatusCode RCS = new CargoStatusCode("RCS");
    /** Prepared for loading on a flight. */
    public static final CargoStatusCode PRE = new CargoStatusCode("PRE");
    /** Manifested on a flight. */
    public static final CargoStatusCode MAN = new CargoStatusCode("MAN");
    /** Flight manifest sent. */
    public static final CargoStatusCode FFM = new CargoStatusCode("FFM");
    /** Departed on a flight. */
    public static final CargoStatusCode DEP = new CargoStatusCode("DEP");
    /** Arrived on a flight. */
    public static final CargoStatusCode ARR = new CargoStatusCode("ARR");
    /** Received from a flight. */
    public static final CargoStatusCode RCF = new CargoStatusCode("RCF");
    /** To be transferred to another airline. */
    public static final CargoStatusCode TRM = new CargoStatusCode("TRM");
    /** Transferred to another airline. */
    public static final CargoStatusCode TFD = new CargoStatusCode("TFD");
    /** Received from another airline. */
    public static final CargoStatusCode RCT = new CargoStatusCode("RCT");
    /** Documents received at the arrival station. */
    public static final CargoStatusCode AWR = new CargoStatusCode("AWR");
    /** Reported to customs. */
    public static final CargoStatusCode CRC = new CargoStatusCode("CRC");
    /** Transferred to customs control. */
    public static final CargoStatusCode TGC = new CargoStatusCode("TGC");
    /** Cleared by customs. */
    public static final CargoStatusCode CCD = new CargoStatusCode("CCD");
    /** Consignee notified, ready for pickup. */
    public static final CargoStatusCode NFD = new CargoStatusCode("NFD");
    /** Documents delivered to the consignee. */
    public static final CargoStatusCode AWD = new CargoStatusCode("AWD");
    /** Delivered to the consignee. */
    public static final CargoStatusCode DLV = new CargoStatusCode("DLV");
    /** Delivered to the consignee's door. */
    public static final CargoStatusCode DDL = new CargoStatusCode("DDL");
    /** Discrepancy reported (missing, damaged or offloaded). */
    public static final CargoStatusCode DIS = new CargoStatusCode("DIS");

    /**
     * Normalises to upper case without outer whitespace, then checks for three ASCII letters or digits.
     *
     * @throws NullPointerException     if {@code code} is null
     * @throws IllegalArgumentException naming {@code code} if it is not three letters or digits
     */
    public CargoStatusCode {
        code = Checks.requireSpelling(code, "cargo status code", CODE,
                "Not a cargo status code (3 letters or digits)", "").group().toUpperCase(Locale.ROOT);
    }

    /** The status code {@code code}, known or not, in any case. */
    public static CargoStatusCode of(String code) {
        return new CargoStatusCode(code);
    }

    /** Whether this is one of the IATA codes Parcelport knows the meaning of. */
    public boolean isKnown() {
        return KNOWN.containsKey(code);
    }

    /** What the code means, in English, for known codes. */
    public Optional<String> meaning() {
        return Optional.ofNullable(KNOWN.get(code)).map(Known::meaning);
    }

    /** The delivery status this code implies (see the class documentation), for known codes. */
    public Optional<DeliveryStatus> impliedStatus() {
        return Optional.ofNullable(KNOWN.get(code)).map(Known::impliedStatus);
    }

    /** The three upper-case characters. */
    @Override
    public String toString() {
        return code;
    }
}

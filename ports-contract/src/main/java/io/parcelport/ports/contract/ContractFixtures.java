package io.parcelport.ports.contract;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.aircargo.AirWaybill;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.insight.RemoteAreaCheck;
import io.parcelport.domain.shipment.TrackingNumber;
import java.util.List;

/**
 * What a backend under contract must know: the carrier codes, numbers and air waybills the kit uses.
 *
 * <p>A backend handed to the kit must be fresh and empty (no shipments registered), have ample quota (at least
 * {@value #AMPLE_QUOTA} units) and know:
 * <ul>
 *   <li>the carriers {@link #CARRIER_CODES} ({@code usps}, {@code ups}, {@code fedex}, {@code dhl},
 *       {@code china-post}, {@code china-ems}), with TrackingMore's codes;</li>
 *   <li>that {@link #USPS_NUMBER} is a USPS number (detected with {@code usps} first) and that the UPU S10 number
 *       {@link #S10_CHINA_POST_NUMBER} may be China Post's ({@code china-post} among the candidates);</li>
 *   <li>the air waybill {@link #SEED_AIR_WAYBILL} (Cargolux, XMN to MXP) and not {@link #UNKNOWN_AIR_WAYBILL};</li>
 *   <li>that {@link #REMOTE_JAPAN} is a remote area for at least one carrier (TrackingMore's own example).</li>
 * </ul>
 * The tracking numbers the kit registers are made up ({@code PK} and digits) and must not be refused as malformed.
 */
public final class ContractFixtures {

    /** The least quota a backend under contract must start with. */
    public static final long AMPLE_QUOTA = 1_000;

    /** USPS. */
    public static final CarrierCode USPS = CarrierCode.of("usps");
    /** UPS. */
    public static final CarrierCode UPS = CarrierCode.of("ups");
    /** FedEx. */
    public static final CarrierCode FEDEX = CarrierCode.of("fedex");
    /** DHL Express. */
    public static final CarrierCode DHL = CarrierCode.of("dhl");
    /** China Post. */
    public static final CarrierCode CHINA_POST = CarrierCode.of("china-post");
    /** China EMS. */
    public static final CarrierCode CHINA_EMS = CarrierCode.of("china-ems");

    /** Every carrier code the kit uses; a backend under contract must list them all. */
    public static final List<CarrierCode> CARRIER_CODES = List.of(USPS, UPS, FEDEX, DHL, CHINA_POST, CHINA_EMS);

    /** A carrier code no backend knows. */
    public static final CarrierCode UNKNOWN_CARRIER = CarrierCode.of("no-such-carrier-pp");

    /** A USPS Tracking number (22 digits, service code 94); detection must put {@code usps} first. */
    public static final TrackingNumber USPS_NUMBER = TrackingNumber.of("9400111899223197428490");

    /** A UPU S10 number of China Post (check digit 5 is valid); detection must offer {@code china-post}. */
    public static final TrackingNumber S10_CHINA_POST_NUMBER = TrackingNumber.of("RR123456785CN");

    /** The air waybill of TrackingMore's documentation: Cargolux, XMN to MXP via LUX, 9 pieces, 1981 kg. */
    public static final AirWaybill SEED_AIR_WAYBILL = AirWaybill.parse("172-28891936");

    /** A valid air waybill (check digit right) of an unassigned prefix, which no airline knows. */
    public static final AirWaybill UNKNOWN_AIR_WAYBILL = AirWaybill.parse("999-12345675");

    /** TrackingMore's documented remote-area example: postcode 7621094 in Japan, remote for UPS and TNT. */
    public static final RemoteAreaCheck REMOTE_JAPAN = RemoteAreaCheck.of(CountryCode.of("JP"), "7621094");

    private ContractFixtures() {
    }

    /** The kit's made-up tracking number number {@code serial} of a test: {@code PK} and 11 digits. */
    public static TrackingNumber number(long serial) {
        return TrackingNumber.of(String.format("PK%011d", serial));
    }
}

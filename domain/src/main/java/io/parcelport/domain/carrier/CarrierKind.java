package io.parcelport.domain.carrier;

/** What kind of business a carrier is, which decides how often backends refresh it and when it expires. */
public enum CarrierKind {
    /** Express and courier companies (DHL, UPS, FedEx...). */
    EXPRESS,
    /** National postal services (USPS, China Post, Royal Mail...). */
    POSTAL,
    /** Airlines and air-cargo operators. */
    AIR,
    /** Freight forwarders, sea and road freight. */
    FREIGHT,
    /** Anything a backend reports that fits none of the above. */
    OTHER
}

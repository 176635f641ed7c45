package io.parcelport.pacing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An account as limiters know it: the vendor it belongs to and a keyed hash of its API key, never the key itself, so
 * that it can name buckets in a shared store, logs and messages without exposing the secret.
 *
 * <p>The fingerprint is HMAC-SHA256 keyed by the fixed label {@value #LABEL} over the API key, its first 128 bits in
 * lowercase hex: the same key gives the same fingerprint in every instance, and nobody can reverse it to the key.
 */
public final class AccountId {
    /** The HMAC key every instance uses, so that all of them derive the same bucket names. */
    public static final String LABEL = "parcelport-limiter-account-v1";

    private static final Pattern VENDOR = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    private final String vendor;
    private final String fingerprint;

    private AccountId(String vendor, String fingerprint) {
        this.vendor = vendor;
        this.fingerprint = fingerprint;
    }

    /**
     * The account of {@code apiKey} at {@code vendor} (lowercase letters, digits and dashes, e.g. {@code trackingmore}:
     * v2 and v4 adapters of one vendor share the account's cool-down and quota).
     *
     * @throws IllegalArgumentException when the vendor name is not of that form or the key is empty
     */
    public static AccountId of(String vendor, String apiKey) {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(apiKey, "apiKey");
        if (!VENDOR.matcher(vendor).matches()) {
            throw new IllegalArgumentException("vendor must be lowercase letters, digits and dashes: " + vendor);
        }
        if (apiKey.isEmpty()) {
            throw new IllegalArgumentException("apiKey must not be empty");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(LABEL.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(apiKey.getBytes(StandardCharsets.UTF_8));
            return new AccountId(vendor, HexFormat.of().formatHex(digest, 0, 16));
        } catch (GeneralSecurityException e) {
            // Every JDK ships HmacSHA256; reaching this means a broken runtime, not a bad key.
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The vendor, e.g. {@code trackingmore}. */
    public String vendor() {
        return vendor;
    }

    /** 32 lowercase hex digits derived from the API key. */
    public String fingerprint() {
        return fingerprint;
    }

    /** {@code vendor:fingerprint}, fit for a store key. */
    public String key() {
        return vendor + ":" + fingerprint;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountId other && vendor.equals(other.vendor) && fingerprint.equals(other.fingerprint);
    }

    @Override
    public int hashCode() {
        return Objects.hash(vendor, fingerprint);
    }

    @Override
    public String toString() {
        return "AccountId[" + key() + "]";
    }
}

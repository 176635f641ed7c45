package io.parcelport.wire.trackingmore;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The v2 webhook signature (reference §6): lowercase hex HMAC-SHA256 of {@code verifyInfo.timeStr}, keyed by the
 * account's e-mail address; the emulator signs with it and the REST adapter's receiver checks with it.
 */
public final class WebhookSignature {
    private WebhookSignature() {
    }

    /** The signature TrackingMore sends with {@code timeStr} for the account {@code accountEmail}. */
    public static String sign(String accountEmail, String timeStr) {
        Objects.requireNonNull(accountEmail, "accountEmail");
        Objects.requireNonNull(timeStr, "timeStr");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(accountEmail.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(timeStr.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }

    /** Whether {@code signature} is the one for {@code timeStr}, compared in constant time. */
    public static boolean verify(String accountEmail, String timeStr, String signature) {
        Objects.requireNonNull(signature, "signature");
        byte[] expected = sign(accountEmail, timeStr).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
    }
}

package io.parcelport.wire.aftership;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Tracking webhook signature (reference §6): header {@value #HEADER} = base64 of HMAC-SHA256 over the raw body,
 * keyed by the webhook secret used as plain UTF-8 text; a server signs with it, a receiver checks with it.
 */
public final class WebhookSignature {
    /** The header that carries the signature. */
    public static final String HEADER = "aftership-hmac-sha256";

    private WebhookSignature() {
    }

    /** The signature AfterShip sends with {@code body} for the secret {@code secret}. */
    public static String sign(String secret, byte[] body) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(body, "body");
        return Base64.getEncoder().encodeToString(mac(secret, body));
    }

    /**
     * Whether {@code signature} is the one for {@code body}: the decoded bytes compared in constant time, so that
     * neither timing nor base64 padding tells a forger anything; a signature that is not base64 never matches.
     */
    public static boolean verify(String secret, byte[] body, String signature) {
        Objects.requireNonNull(body, "body");
        if (signature == null) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(mac(secret, body), given);
    }

    private static byte[] mac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("HmacSHA256 is not usable in this JDK for this key", e);
        }
    }
}

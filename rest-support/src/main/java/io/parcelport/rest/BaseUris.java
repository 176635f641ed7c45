package io.parcelport.rest;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** Whether a base URI may carry the API key: absolute http(s), nothing hidden in it, https unless loopback. */
public final class BaseUris {
    private BaseUris() {
    }

    /** Refuses a base URI the API key must not be sent to; {@code allowInsecureHttp} lifts only the https rule. */
    public static void check(URI baseUri, boolean allowInsecureHttp) {
        String scheme = Optional.ofNullable(baseUri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
        if (baseUri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            // Not the URI itself: one with user info may carry a password.
            throw new IllegalArgumentException("base URI must be an absolute http(s) URI with a host");
        }
        if (baseUri.getRawQuery() != null || baseUri.getRawFragment() != null || baseUri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("base URI must not have user info, a query or a fragment: "
                    + baseUri.getHost());
        }
        if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(baseUri.getHost())) {
            throw new IllegalArgumentException("plain http to " + baseUri.getHost() + " would send the API key in"
                    + " clear text; use https, a loopback host, or allowInsecureHttp()");
        }
    }

    // Decided from the text alone: resolving a name here would let DNS decide whether the key goes out in clear.
    /** Whether {@code host} names the loopback interface, read from the text alone. */
    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String part : parts) {
            if (!part.matches("\\d{1,3}") || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}

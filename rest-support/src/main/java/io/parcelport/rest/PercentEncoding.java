package io.parcelport.rest;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of one URI path segment or query component, stricter than a Rest Client's: only RFC 3986's
 * unreserved characters pass, every other byte of the UTF-8 form is encoded.
 */
public final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    /** {@code value} percent-encoded as {@link #appendEncoded} does: safe as one path segment or query component. */
    public static String encoded(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        appendEncoded(out, value);
        return out.toString();
    }

    /**
     * Appends {@code value} to {@code uri} with every character but {@code A-Z a-z 0-9 - . _ ~} percent-encoded as
     * UTF-8: {@code /}, {@code ?}, {@code #}, {@code ;} and {@code %} can then neither end the segment nor start a
     * query, a fragment or a path parameter, and a {@code {}} is no template.
     */
    public static void appendEncoded(StringBuilder uri, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (unreserved(c)) {
                uri.append(c);
            } else {
                encodeRest(uri, value, i);
                return;
            }
        }
    }

    // The slow path, from the first character that needs encoding.
    private static void encodeRest(StringBuilder uri, String value, int from) {
        for (byte b : value.substring(from).getBytes(StandardCharsets.UTF_8)) {
            if (b >= 0 && unreserved((char) b)) {
                uri.append((char) b);
            } else {
                uri.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
    }

    private static boolean unreserved(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                || c == '_' || c == '~';
    }
}

package io.parcelport.rest;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Puts an API key under a vendor's header name, and the user agent, on every request of one backend; a filter
 * instance per backend, so clients with different keys never share one.
 */
public final class ApiKeyFilter implements ClientRequestFilter {
    // A key goes into an HTTP header: printable ASCII without spaces, so it can never split or add a header.
    private static final Pattern API_KEY = Pattern.compile("[\\x21-\\x7e]{1,256}");

    private final String header;
    private final String apiKey;
    private final String userAgent;

    /** A filter sending {@code apiKey} (checked with {@link #headerValue}) as {@code header}. */
    public ApiKeyFilter(String header, String apiKey, String userAgent) {
        this.header = Objects.requireNonNull(header, "header");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(header, apiKey);
        request.getHeaders().putSingle(HttpHeaders.USER_AGENT, userAgent);
    }

    /** {@code key} stripped, as it may go into the header; refused without echoing it when it could break one. */
    public static String headerValue(String key) {
        String stripped = key.strip();
        if (!API_KEY.matcher(stripped).matches()) {
            // Never echo the key, not even a refused one: it may be a real key with a stray character.
            throw new IllegalArgumentException("API key must be 1 to 256 printable ASCII characters without"
                    + " spaces or control characters (" + stripped.length() + " characters given)");
        }
        return stripped;
    }

    // Frameworks print providers in debug output; make sure that never prints the key.
    @Override
    public String toString() {
        return "ApiKeyFilter[" + header + ": ***]";
    }
}

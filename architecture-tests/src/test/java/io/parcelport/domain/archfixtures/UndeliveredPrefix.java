package io.parcelport.domain.archfixtures;

import java.util.Map;

/** Breaks the domain's vendor-word rule with a v2 status word in a map literal, as the domain once had. */
public final class UndeliveredPrefix {
    private static final Map<String, String> STATUS_BY_PREFIX = Map.of("undelivered", "FAILED_ATTEMPT");

    public static String status(String prefix) {
        return STATUS_BY_PREFIX.get(prefix);
    }
}

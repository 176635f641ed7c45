package io.parcelport.domain.archfixtures;

import java.util.logging.Logger;

/**
 * Deliberately broken (test fixture, never production): a domain policy that logs instead of returning a result. It
 * calls the logger inline (no logger field), which ArchUnit's built-in {@code USE_JAVA_UTIL_LOGGING} would not see.
 */
public final class JulLoggingPolicy {

    public boolean allows(String transition) {
        Logger.getLogger(JulLoggingPolicy.class.getName()).info("checking " + transition);
        return true;
    }
}

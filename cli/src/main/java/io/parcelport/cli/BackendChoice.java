package io.parcelport.cli;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The backend the global options ask for.
 *
 * @param kind embedded or TrackingMore
 * @param baseUrl where the TrackingMore API is, when not the real one
 */
public record BackendChoice(BackendKind kind, Optional<URI> baseUrl) {

    /** The embedded backend with demo data. */
    public static final BackendChoice EMBEDDED = new BackendChoice(BackendKind.EMBEDDED, Optional.empty());

    public BackendChoice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (kind == BackendKind.EMBEDDED && baseUrl.isPresent()) {
            throw new UsageException("--base-url applies to --backend trackingmore, not to the embedded backend");
        }
    }
}

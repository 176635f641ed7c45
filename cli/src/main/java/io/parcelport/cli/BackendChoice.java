package io.parcelport.cli;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The backend the global options ask for.
 *
 * @param kind embedded or TrackingMore
 * @param baseUrl where the TrackingMore API is, when not the real one
 * @param deadline how long one TrackingMore call may take, waits and retries included, when not the default
 * @param insecureHttp whether plain http may go to a host that is not loopback (the key then travels in clear)
 */
public record BackendChoice(BackendKind kind, Optional<URI> baseUrl, Optional<Duration> deadline,
        boolean insecureHttp) {

    /** The embedded backend with demo data. */
    public static final BackendChoice EMBEDDED = new BackendChoice(BackendKind.EMBEDDED, Optional.empty());

    public BackendChoice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(deadline, "deadline");
        if (kind == BackendKind.EMBEDDED && baseUrl.isPresent()) {
            throw new UsageException("--base-url applies to --backend trackingmore, trackingmore-v4 or aftership, not to "
                    + "the embedded backend");
        }
        // Refused like --base-url: the embedded backend never waits, so a deadline there would promise nothing.
        if (kind == BackendKind.EMBEDDED && deadline.isPresent()) {
            throw new UsageException("--deadline applies to --backend trackingmore, trackingmore-v4 or aftership, not "
                    + "to the embedded backend");
        }
    }

    /** A choice with the default deadline. */
    public BackendChoice(BackendKind kind, Optional<URI> baseUrl) {
        this(kind, baseUrl, Optional.empty());
    }

    /** A choice that keeps the key off plain http to other hosts. */
    public BackendChoice(BackendKind kind, Optional<URI> baseUrl, Optional<Duration> deadline) {
        this(kind, baseUrl, deadline, false);
    }
}

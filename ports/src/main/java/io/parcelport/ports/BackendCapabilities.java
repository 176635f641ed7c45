package io.parcelport.ports;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What one backend offers beyond the operations every backend has, and its name as messages show it.
 *
 * @param backend the backend's name for people, e.g. {@code TrackingMore v4}
 * @param offered the optional operations it offers
 */
public record BackendCapabilities(String backend, Set<Capability> offered) {

    public BackendCapabilities {
        if (Objects.requireNonNull(backend, "backend").isBlank()) {
            throw new IllegalArgumentException("backend name must not be blank");
        }
        offered = Set.copyOf(Objects.requireNonNull(offered, "offered"));
    }

    /** A backend that offers every optional operation. */
    public static BackendCapabilities all(String backend) {
        return new BackendCapabilities(backend, EnumSet.allOf(Capability.class));
    }

    /** A backend that offers every optional operation but {@code missing}. */
    public static BackendCapabilities allBut(String backend, Set<Capability> missing) {
        Set<Capability> offered = EnumSet.allOf(Capability.class);
        offered.removeAll(missing);
        return new BackendCapabilities(backend, offered);
    }

    /** Whether the backend offers {@code capability}. */
    public boolean offers(Capability capability) {
        return offered.contains(capability);
    }

    /** The failure a call of {@code capability} gets when the backend does not offer it. */
    public OperationNotSupportedException notOffered(Capability capability) {
        return OperationNotSupportedException.notOffered(capability, backend);
    }

    /** Fails with {@link #notOffered} unless the backend offers {@code capability}. */
    public void require(Capability capability) {
        if (!offers(capability)) {
            throw notOffered(capability);
        }
    }
}

package io.parcelport.domain.cycleb;

import io.parcelport.domain.cyclea.Left;

/** A fixture: the package that closes the cycle with {@link Left}. */
public final class Right {
    private Right() {
    }

    /** The other side of the cycle. */
    public static Class<?> partner() {
        return Left.class;
    }
}

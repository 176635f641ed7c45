package io.parcelport.domain.cyclea;

import io.parcelport.domain.cycleb.Right;

/** A fixture: a domain package that uses another which uses it back, which the cycle rule must refuse. */
public final class Left {
    private Left() {
    }

    /** The other side of the cycle. */
    public static Class<?> partner() {
        return Right.class;
    }
}

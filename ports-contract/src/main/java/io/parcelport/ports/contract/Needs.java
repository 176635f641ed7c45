package io.parcelport.ports.contract;

import io.parcelport.ports.Capability;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The optional operations a contract test exercises: on a backend that offers them all the test runs; on one that
 * lacks any, {@link CapabilityGate} checks instead that each missing one is refused as not offered.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Needs {
    Capability[] value();
}

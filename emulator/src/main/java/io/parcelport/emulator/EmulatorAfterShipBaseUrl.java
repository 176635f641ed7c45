package io.parcelport.emulator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} or {@code URI} field or parameter of a test that {@link EmulatorExtension} fills with the
 * emulator's AfterShip 2025-07 base URL
 * ({@code http://127.0.0.1:PORT/tracking/2025-07}), the AfterShip face of the same server.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER})
public @interface EmulatorAfterShipBaseUrl {
}

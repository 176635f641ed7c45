package io.parcelport.emulator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} or {@code URI} field or parameter of a test that {@link EmulatorExtension} fills with the
 * emulator's v4 base URL ({@code http://127.0.0.1:PORT/v4}), the v4 face of the same server.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER})
public @interface EmulatorV4BaseUrl {
}

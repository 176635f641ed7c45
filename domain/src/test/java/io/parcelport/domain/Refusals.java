package io.parcelport.domain;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.function.Function;
import org.assertj.core.api.ThrowableAssertAlternative;

/**
 * The refusal every value object's parser owes bad text, asserted one way across the domain's tests; public because
 * the tests of every domain package use it.
 */
public final class Refusals {
    private Refusals() {
    }

    /** {@code parse} refuses {@code text} with an {@link IllegalArgumentException}; chain what its message says. */
    public static ThrowableAssertAlternative<IllegalArgumentException> assertRefuses(Function<String, ?> parse, String text) {
        return assertThatIllegalArgumentException().isThrownBy(() -> parse.apply(text));
    }

    /** {@code parse} refuses {@code text} with an {@link IllegalArgumentException} whose message quotes it. */
    public static ThrowableAssertAlternative<IllegalArgumentException> assertRefusesQuoting(Function<String, ?> parse,
            String text) {
        return assertRefuses(parse, text).withMessageContaining("'" + text + "'");
    }
}

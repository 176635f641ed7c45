package io.parcelport.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * An e-mail address a backend notifies: text with something before an {@code @} and no whitespace or control
 * characters.
 *
 * <p>Deliberately loose, not RFC 5322: the address is only passed on to a backend, which does its own checks; this
 * rule only keeps out what is plainly not an address (a name, a phone number, an address with a space in it).
 *
 * @param value the address as given
 */
public record EmailAddress(String value) {

    /**
     * Checks the address.
     *
     * @param value the address, already stripped of surrounding whitespace
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if it is not an e-mail address, naming the value
     */
    public EmailAddress {
        Objects.requireNonNull(value, "e-mail address must not be null");
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an e-mail address: '" + Checks.printable(value) + "'");
        }
    }

    /**
     * The address in {@code text}, or empty when it is not one: for readers that leave out what they cannot use.
     *
     * @param text the candidate, possibly null
     * @return the address, or empty
     */
    public static Optional<EmailAddress> parse(String text) {
        return text != null && isValid(text) ? Optional.of(new EmailAddress(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }

    private static boolean isValid(String value) {
        return value.indexOf('@') >= 1
                && value.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }
}

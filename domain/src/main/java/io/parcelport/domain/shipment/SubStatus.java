package io.parcelport.domain.shipment;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A backend's finer-grained status code under a main delivery status, with what the backend says it means when it
 * says so: an open value that keeps codes this version does not know.
 *
 * <p>Codes are normalised: trimmed and lower-cased. A code is refused only when it is blank, longer than
 * {@value #MAX_LENGTH} characters or contains control characters: anything else is kept, because a backend adds codes
 * without notice and dropping them would lose what the carrier said. Which codes exist, which main status each belongs
 * to and what they mean is the backend's vocabulary, so the adapter that reads a backend supplies the meaning.
 *
 * <p>Two sub-statuses are equal when their codes are: the meaning is the backend's gloss of the code, which an older
 * answer, another language or a backend without a glossary may leave out.
 *
 * @param code the normalised code
 * @param meaning what the backend says the code means, if it says
 */
public record SubStatus(String code, Optional<String> meaning) {

    /** The longest code accepted; real codes are about 15 characters, so anything longer is not a code. */
    public static final int MAX_LENGTH = 64;

    /**
     * Normalises and checks the code.
     *
     * @param code the code as a backend sent it
     * @param meaning what the backend says it means; a blank meaning is none
     * @throws NullPointerException if {@code code} or {@code meaning} is null
     * @throws IllegalArgumentException if the code is blank, too long or contains control characters
     */
    public SubStatus {
        Objects.requireNonNull(code, "sub-status code must not be null");
        Objects.requireNonNull(meaning, "sub-status meaning must not be null (use Optional.empty())");
        String normalised = code.strip().toLowerCase(Locale.ROOT);
        if (normalised.isEmpty()) {
            throw new IllegalArgumentException("sub-status code must not be blank: '" + printable(code) + "'");
        }
        if (normalised.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(
                    "sub-status code must not contain control characters: '" + printable(code) + "'");
        }
        if (normalised.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("sub-status code must be at most " + MAX_LENGTH + " characters, got "
                    + normalised.length() + ": '" + printable(code) + "'");
        }
        code = normalised;
        meaning = meaning.map(String::strip).filter(m -> !m.isEmpty());
    }

    /**
     * A code without a meaning.
     *
     * @param code the code as a backend sent it
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if the code is blank, too long or contains control characters
     */
    public SubStatus(String code) {
        this(code, Optional.empty());
    }

    /**
     * The sub-status for {@code code}, or empty when the backend sent none (null or blank, as many responses do).
     *
     * @param code a code as the backend sent it, possibly null
     * @return the sub-status, or empty for null and blank codes
     * @throws IllegalArgumentException if a non-blank code is too long or contains control characters
     */
    public static Optional<SubStatus> ofNullable(String code) {
        return code == null || code.isBlank() ? Optional.empty() : Optional.of(new SubStatus(code));
    }

    /** Equal codes are equal sub-statuses, whatever meaning came with them. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SubStatus that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    // Puts a refused value in a message without letting it break the log line or fill the screen.
    private static String printable(String value) {
        int shown = Math.min(value.length(), MAX_LENGTH + 16);
        StringBuilder out = new StringBuilder(shown + 24);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (shown < value.length()) {
            out.append("...(").append(value.length()).append(" chars)");
        }
        return out.toString();
    }
}

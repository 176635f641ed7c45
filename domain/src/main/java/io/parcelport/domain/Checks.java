package io.parcelport.domain;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shared argument checks, so every value object words its refusals the same way.
 *
 * <p>Public only because the domain's other packages use it; not part of the API.
 */
public final class Checks {
    private Checks() {
    }

    public static String requireText(String value, String what) {
        if (value == null) {
            // Spelled only when thrown: this check runs for every event of every answer.
            throw new NullPointerException(what + " must not be null");
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be blank: '" + printable(value) + "'");
        }
        return trimmed;
    }

    /**
     * Matches {@code text}, without outer whitespace, against the spelling of a value object, or refuses it as
     * {@code refusal: 'text'hint}. The match comes before any upper-casing: toUpperCase turns some non-ASCII letters
     * (Turkish dotless i) into ASCII ones.
     *
     * @param text the text as given, quoted unchanged in the refusal
     * @param what the name of the value, for the null refusal
     * @param spelling the whole spelling, with any groups the caller reads
     * @param refusal what the text is not, e.g. {@code Not a weight}
     * @param hint what follows the quoted text in the refusal (an example, say); empty for nothing
     * @return the successful match
     */
    public static Matcher requireSpelling(String text, String what, Pattern spelling, String refusal, String hint) {
        Objects.requireNonNull(text, what);
        Matcher matcher = spelling.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(refusal + ": '" + printable(text) + "'" + hint);
        }
        return matcher;
    }

    public static boolean hasControlCharacter(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }

    /** Renders a refused value safely inside a message: control characters become \\u escapes such as \\u000a. */
    public static String printable(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length() && i < 80; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (value.length() > 80) {
            out.append("...(").append(value.length()).append(" chars)");
        }
        return out.toString();
    }

    public static int requireNonNegative(int value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + value);
        }
        return value;
    }
}

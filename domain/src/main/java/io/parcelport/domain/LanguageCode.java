package io.parcelport.domain;

import java.util.Locale;

/**
 * A two-letter language code (ISO 639-1, lower case) in which a carrier is asked to word its events.
 *
 * @param value the lower-case two-letter code, e.g. {@code en}
 */
public record LanguageCode(String value) {
    /** English, which every carrier supports. */
    public static final LanguageCode ENGLISH = new LanguageCode("en");

    public LanguageCode {
        String code = Checks.requireText(value, "language code").toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("language code must be two letters (ISO 639-1): '"
                    + Checks.printable(value) + "'");
        }
        value = code;
    }

    /** Parses a language code; same rules as the constructor. */
    public static LanguageCode of(String value) {
        return new LanguageCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package io.parcelport.ports;

import io.parcelport.domain.EmailAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Checks for the free-text fields of commands, so that every command refuses the same things in the same words. */
final class Texts {
    static final int MAX_TEXT = 256;

    private Texts() {
    }

    /** Strips the value; blank becomes empty; refuses control characters and over-long text, naming the field. */
    static Optional<String> optional(Optional<String> value, String field) {
        Objects.requireNonNull(value, field);
        Optional<String> stripped = value.map(String::strip).filter(s -> !s.isEmpty());
        stripped.ifPresent(s -> check(s, field));
        return stripped;
    }

    static List<String> emails(List<String> values) {
        Objects.requireNonNull(values, "customerEmails");
        for (String email : values) {
            Objects.requireNonNull(email, "customer e-mail");
            check(new EmailAddress(email.strip()).value(), "customer e-mail");
        }
        return values.stream().map(String::strip).toList();
    }

    private static void check(String s, String field) {
        if (s.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_TEXT + " characters: '"
                    + s.substring(0, 40) + "...'");
        }
        if (s.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
            throw new IllegalArgumentException(field + " contains a control character: '"
                    + s.replaceAll("\\p{Cntrl}", "?") + "'");
        }
    }
}

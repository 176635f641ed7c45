package io.parcelport.domain;

import java.util.Objects;

/** Shared argument checks, so every value object words its refusals the same way. */
final class Checks {
    private Checks() {
    }

    static String requireText(String value, String what) {
        Objects.requireNonNull(value, what + " must not be null");
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be blank: '" + printable(value) + "'");
        }
        return trimmed;
    }

    static boolean hasControlCharacter(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }

    /** Renders a refused value safely inside a message: control characters become \\u escapes such as \\u000a. */
    static String printable(String value) {
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

    static int requireNonNegative(int value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + value);
        }
        return value;
    }
}

package io.parcelport.domain.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of the tracking account: who it is, since when, and how much it can still spend.
 *
 * @param email the account's e-mail address
 * @param registeredAt when the account was opened
 * @param balance the money left on the account, in the backend's currency
 * @param remainingQuota how many tracking units are left (a backend typically charges one unit per new tracking)
 */
public record AccountInfo(Optional<String> email, Optional<Instant> registeredAt, Optional<BigDecimal> balance,
        long remainingQuota) {
    public AccountInfo {
        Objects.requireNonNull(email, "email");
        email = email.map(String::strip).filter(s -> !s.isEmpty());
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(balance, "balance");
        if (remainingQuota < 0) {
            throw new IllegalArgumentException("remaining quota must not be negative: " + remainingQuota);
        }
    }

    /** Whether nothing is left to spend. */
    public boolean isQuotaExhausted() {
        return remainingQuota == 0;
    }
}

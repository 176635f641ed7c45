package io.parcelport.pacing;

import java.time.Duration;
import java.util.Objects;

/**
 * The default {@link Limiters}: each backend instance gets its own {@link RateLimiter}s and {@link CoolDown}, and no
 * quota memory ({@link QuotaState#UNTRACKED}), exactly the pacing of a single process.
 */
public final class LocalLimiters implements Limiters {
    static final LocalLimiters INSTANCE = new LocalLimiters();

    private LocalLimiters() {
    }

    @Override
    public AccountPacing forAccount(AccountId account, Ticker ticker) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(ticker, "ticker");
        CoolDown coolDown = new CoolDown(ticker);
        return new AccountPacing() {
            @Override
            public RateGate gate(String bucket, double perSecond, Duration margin) {
                Objects.requireNonNull(bucket, "bucket");
                return RateLimiter.perSecond(perSecond, margin, ticker);
            }

            @Override
            public AccountCoolDown coolDown() {
                return coolDown;
            }

            @Override
            public QuotaState quota() {
                return QuotaState.UNTRACKED;
            }

            @Override
            public String toString() {
                return "local pacing of " + account;
            }
        };
    }

    @Override
    public String toString() {
        return "Limiters.local()";
    }
}

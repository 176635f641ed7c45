package io.parcelport.application;

import io.parcelport.domain.account.AccountInfo;
import io.parcelport.ports.in.AccountUseCase;
import io.parcelport.ports.out.TrackingAccount;
import java.util.function.Consumer;

/**
 * The account's quota and balance, with a warning when the remaining quota falls under a threshold.
 *
 * <p>The warning hook is called once per crossing: the first read that shows less than {@code threshold} units left
 * calls it (the very first read too, when the account starts low), later reads under the threshold do not, and a
 * read at or above it (the quota was topped up) re-arms the warning. The hook runs on the reading thread; if it
 * throws, the failure is logged and {@link #account()} still answers.
 */
final class AccountService implements AccountUseCase {

    private static final System.Logger LOG = System.getLogger(AccountService.class.getName());

    private final TrackingAccount account;
    private final long threshold;
    private final Consumer<AccountInfo> lowQuotaWarning;
    private boolean below; // guarded by this

    /**
     * A service over {@code account}.
     *
     * @param account the backend's account
     * @param threshold warn when fewer units than this are left; 0 never warns
     * @param lowQuotaWarning called with the account when its quota falls under the threshold
     */
    AccountService(TrackingAccount account, long threshold, Consumer<AccountInfo> lowQuotaWarning) {
        this.account = account;
        if (threshold < 0) {
            throw new IllegalArgumentException("threshold must not be negative: " + threshold);
        }
        this.threshold = threshold;
        this.lowQuotaWarning = lowQuotaWarning;
    }

    /** A service that never warns. */
    AccountService(TrackingAccount account) {
        this(account, 0, info -> { });
    }

    @Override
    public AccountInfo account() {
        AccountInfo info = account.info();
        if (crossedDown(info.remainingQuota() < threshold)) {
            try {
                lowQuotaWarning.accept(info);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "the low-quota warning hook failed", e);
            }
        }
        return info;
    }

    // Decides under the lock, calls the hook outside it: concurrent readers crossing together warn exactly once.
    private synchronized boolean crossedDown(boolean nowBelow) {
        boolean crossed = nowBelow && !below;
        below = nowBelow;
        return crossed;
    }
}

package io.parcelport.pacing;

/**
 * Whether an account's quota is known to be spent, as its callers share it: once the backend answers "quota
 * exhausted", calls that would spend quota are refused without being sent, until the account's quota is seen again
 * (an account-info read) or an operator resets it.
 */
public interface QuotaState {

    /**
     * The state of one process that remembers nothing: never exhausted, so every call goes to the backend and learns
     * it there, as a single instance always has.
     */
    QuotaState UNTRACKED = new QuotaState() {
        @Override
        public boolean exhausted() {
            return false;
        }

        @Override
        public void markExhausted() {
            // Nothing to remember: the backend answers again, and in one process that costs one call.
        }

        @Override
        public void markAvailable() {
            // Nothing was remembered.
        }

        @Override
        public String toString() {
            return "QuotaState.UNTRACKED";
        }
    };

    /** Whether a call that spends quota is to be refused without being sent. */
    boolean exhausted();

    /** The backend answered "quota exhausted": every caller of the account stops spending. */
    void markExhausted();

    /** The quota was seen to be positive again (account info) or an operator reset it: spending may resume. */
    void markAvailable();
}

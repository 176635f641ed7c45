package io.parcelport.ports.in;

import io.parcelport.domain.account.AccountInfo;

/** Read the account's quota and balance; the service warns a configured hook when quota runs low. */
public interface AccountUseCase {

    /** The account's identity, balance and remaining quota. */
    AccountInfo account();
}

package io.parcelport.adapter.inmemory;

import io.parcelport.domain.account.AccountInfo;
import io.parcelport.domain.shipment.StatusCounts;
import io.parcelport.ports.StatusCountQuery;
import io.parcelport.ports.out.TrackingAccount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** Account info and status counts. */
final class InMemoryTrackingAccount implements TrackingAccount {

    private final Optional<String> email;
    private final Instant registeredAt;
    private final BigDecimal balance;
    private final Quota quota;
    private final FaultInjector faults;
    private final ShipmentStore store;

    InMemoryTrackingAccount(Optional<String> email, Instant registeredAt, BigDecimal balance, Quota quota,
            FaultInjector faults, ShipmentStore store) {
        this.email = email;
        this.registeredAt = registeredAt;
        this.balance = balance;
        this.quota = quota;
        this.faults = faults;
        this.store = store;
    }

    @Override
    public AccountInfo info() {
        faults.before(Faults.Operation.ACCOUNT, "TrackingAccount.info");
        return new AccountInfo(email, Optional.of(registeredAt), Optional.of(balance), quota.remaining());
    }

    @Override
    public StatusCounts statusCounts(StatusCountQuery query) {
        faults.before(Faults.Operation.STATUS_COUNTS, "TrackingAccount.statusCounts");
        return store.statusCounts(query);
    }
}

package io.parcelport.ports.out;

import io.parcelport.domain.account.AccountInfo;
import io.parcelport.domain.shipment.StatusCounts;
import io.parcelport.ports.StatusCountQuery;

/** The tracking account at the backend: its quota and balance, and its shipments counted by status. */
public interface TrackingAccount {

    /** The account's identity, balance and remaining quota, as of now. */
    AccountInfo info();

    /**
     * How many registered shipments are in each effective delivery status, among those the query selects; the
     * counts equal what {@link ShipmentTracker#query} returns for each status with the same ranges.
     */
    StatusCounts statusCounts(StatusCountQuery query);
}

package io.parcelport.domain.insight;

import io.parcelport.domain.carrier.CarrierCode;
import java.util.List;
import java.util.Objects;

/**
 * The answer to a {@link RemoteAreaCheck}: the carriers that treat the place as a remote area (surcharge or delay).
 *
 * @param check the question asked
 * @param remoteFor the carriers for which the place is remote; empty when it is remote for none
 */
public record RemoteAreaResult(RemoteAreaCheck check, List<CarrierCode> remoteFor) {
    public RemoteAreaResult {
        Objects.requireNonNull(check, "check");
        remoteFor = List.copyOf(Objects.requireNonNull(remoteFor, "remoteFor"));
    }

    /** Whether any carrier treats the place as remote. */
    public boolean isRemote() {
        return !remoteFor.isEmpty();
    }
}

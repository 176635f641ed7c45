package io.parcelport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.shipment.Shipment;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.in.RegisterShipmentsUseCase;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A row the backend reported "already exists" only on a repeat of its request counts as created, and says so. */
class ImporterFoundOnRepeatTest {

    @Test
    void aRowFoundOnRepeatIsCreatedWithAReasonAndAPlainOneHasNone() throws Exception {
        RegisterShipmentsUseCase register = new RegisterShipmentsUseCase() {
            @Override
            public ItemOutcome<Shipment> register(NewShipment shipment) {
                throw new AssertionError("the importer registers rows in batches, never one at a time");
            }

            @Override
            public List<ItemOutcome<Shipment>> registerAll(List<NewShipment> shipments) {
                List<ItemOutcome<Shipment>> out = new ArrayList<>();
                for (int i = 0; i < shipments.size(); i++) {
                    Shipment s = Shipment.builder().key(shipments.get(i).key()).createdAt(Instant.EPOCH).build();
                    out.add(i == 0 ? ItemOutcome.acceptedFoundOnRepeat(s) : ItemOutcome.accepted(s));
                }
                return out;
            }
        };
        List<Importer.RowOutcome> rows = new ArrayList<>();

        Importer.Summary summary = new Importer(register).run(new StringReader(
                "carrier_code,tracking_number\nusps,FOUND000001\nusps,PLAIN0000002\n"), rows::add);

        assertThat(summary.created()).isEqualTo(2);
        assertThat(rows).extracting(Importer.RowOutcome::result)
                .containsExactly(Importer.Result.CREATED, Importer.Result.CREATED);
        assertThat(rows.get(0).reason()).contains(Importer.FOUND_ON_REPEAT);
        assertThat(rows.get(1).reason()).isEmpty();
    }
}

package io.parcelport.wire.trackingmore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.SubStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SubStatusesTest {

    @ParameterizedTest(name = "{0} is {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            inforeceived001 | INFO_RECEIVED    | Info received: the carrier has the shipment's data, not the parcel
            notfound001     | NOT_FOUND        | Info received: the parcel is about to be picked up
            notfound002     | NOT_FOUND        | No tracking information found
            transit001      | IN_TRANSIT       | Shipment on the way
            transit002      | IN_TRANSIT       | Arrival scan at a hub or sorting centre
            transit003      | IN_TRANSIT       | Arrived at the delivery facility
            transit004      | IN_TRANSIT       | Arrived at the destination country
            transit005      | IN_TRANSIT       | Customs clearance completed
            transit006      | IN_TRANSIT       | Item dispatched
            transit007      | IN_TRANSIT       | Departed from the airport
            pickup001       | OUT_FOR_DELIVERY | Out for delivery
            pickup002       | OUT_FOR_DELIVERY | Ready for collection
            pickup003       | OUT_FOR_DELIVERY | Customer contacted before final delivery
            delivered001    | DELIVERED        | Delivered successfully
            delivered002    | DELIVERED        | Picked up by the customer
            delivered003    | DELIVERED        | Delivered and signed for by the customer
            delivered004    | DELIVERED        | Left at the front door or with a neighbour
            exception001    | EXCEPTION        | Registered a long time ago and still no tracking information
            exception002    | EXCEPTION        | In transit for too long
            exception003    | EXCEPTION        | Registered a long time ago and still not delivered
            exception004    | EXCEPTION        | Unclaimed
            exception005    | EXCEPTION        | Delivery exception
            exception006    | EXCEPTION        | Retained by customs
            exception007    | EXCEPTION        | Damaged, lost or discarded
            exception008    | EXCEPTION        | Cancelled before delivery
            exception009    | EXCEPTION        | Refused by the addressee
            exception010    | EXCEPTION        | Returned to sender
            exception011    | EXCEPTION        | Returning to sender
            """)
    void readsTheDocumentedCodesWithTheirMeaningAndMainStatus(String code, DeliveryStatus status, String meaning) {
        SubStatus subStatus = SubStatuses.read(code).orElseThrow();

        assertThat(subStatus.meaning()).contains(meaning);
        assertThat(SubStatuses.isKnown(subStatus)).isTrue();
        assertThat(SubStatuses.meaning(subStatus)).contains(meaning);
        assertThat(SubStatuses.status(subStatus)).contains(status);
    }

    @Test
    void followsTheNewerListWhereTheTwoListsDisagree() {
        // Old list: exception005 = sent back to sender; newer list: delivery exception, with returns at 010 and 011.
        assertThat(SubStatuses.read("exception005").flatMap(SubStatus::meaning)).contains("Delivery exception");
        assertThat(SubStatuses.read("exception010").flatMap(SubStatus::meaning)).contains("Returned to sender");
    }

    @Test
    void readsTheDocsSpellingWithASpaceAsTheWireSpelling() {
        assertThat(SubStatuses.read("not found001")).contains(new SubStatus("notfound001"));
        assertThat(SubStatuses.read("not found002").map(SubStatus::code)).contains("notfound002");
        assertThat(SubStatuses.read("  Not  Found001 ").map(SubStatus::code)).contains("notfound001");
        assertThat(SubStatuses.read("not found001").flatMap(SubStatuses::status)).contains(DeliveryStatus.NOT_FOUND);
    }

    @Test
    void keepsUnknownCodesWithTheStatusTheirPrefixNames() {
        SubStatus newTransitCode = SubStatuses.read("transit099").orElseThrow();

        assertThat(newTransitCode.code()).isEqualTo("transit099");
        assertThat(newTransitCode.meaning()).isEmpty();
        assertThat(SubStatuses.isKnown(newTransitCode)).isFalse();
        assertThat(SubStatuses.status(newTransitCode)).contains(DeliveryStatus.IN_TRANSIT);
        assertThat(SubStatuses.status(new SubStatus("undelivered001"))).contains(DeliveryStatus.FAILED_ATTEMPT);
        assertThat(SubStatuses.status(new SubStatus("expired001"))).contains(DeliveryStatus.EXPIRED);
        assertThat(SubStatuses.status(new SubStatus("pending001"))).contains(DeliveryStatus.PENDING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"held-at-depot", "customs_7", "42", "transitional001", "é-livré"})
    void keepsCodesWhosePrefixIsNoStatus(String code) {
        SubStatus subStatus = SubStatuses.read(code).orElseThrow();

        assertThat(subStatus.code()).isEqualTo(code);
        assertThat(SubStatuses.isKnown(subStatus)).isFalse();
        assertThat(SubStatuses.status(subStatus)).isEmpty();
    }

    @Test
    void readsAbsentCodesAsNoSubStatus() {
        assertThat(SubStatuses.read(null)).isEmpty();
        assertThat(SubStatuses.read("  ")).isEmpty();
    }

    @Test
    void refusesWhatTheDomainRefuses() {
        assertThatIllegalArgumentException().isThrownBy(() -> SubStatuses.read("transit\u0000001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not found001", " PICKUP002 ", "exception010", "Mystery-7"})
    void writesWhatItReadsAndReadsWhatItWrites(String code) {
        SubStatus once = SubStatuses.read(code).orElseThrow();

        assertThat(SubStatuses.read(SubStatuses.write(once))).contains(once);
        assertThat(SubStatuses.read(SubStatuses.write(once)).orElseThrow().meaning()).isEqualTo(once.meaning());
    }
}

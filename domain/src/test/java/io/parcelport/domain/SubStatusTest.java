package io.parcelport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SubStatusTest {

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
    void knowsTheDocumentedCodes(String code, DeliveryStatus status, String meaning) {
        SubStatus subStatus = new SubStatus(code);

        assertThat(subStatus.isKnown()).isTrue();
        assertThat(subStatus.meaning()).contains(meaning);
        assertThat(subStatus.status()).contains(status);
    }

    @Test
    void followsTheNewerListWhereTheTwoListsDisagree() {
        // Old list: exception005 = sent back to sender; newer list: delivery exception, with returns at 010 and 011.
        assertThat(new SubStatus("exception005").meaning()).contains("Delivery exception");
        assertThat(new SubStatus("exception010").meaning()).contains("Returned to sender");
    }

    @Test
    void readsTheDocsSpellingWithASpaceAsTheWireSpelling() {
        assertThat(new SubStatus("not found001")).isEqualTo(new SubStatus("notfound001"));
        assertThat(new SubStatus("not found002").code()).isEqualTo("notfound002");
        assertThat(new SubStatus("  Not  Found001 ").code()).isEqualTo("notfound001");
        assertThat(new SubStatus("not found001").status()).contains(DeliveryStatus.NOT_FOUND);
    }

    @Test
    void trimsAndLowerCases() {
        SubStatus subStatus = new SubStatus("  TRANSIT004\t");

        assertThat(subStatus.code()).isEqualTo("transit004");
        assertThat(subStatus).isEqualTo(new SubStatus("transit004"));
    }

    @Test
    void keepsUnknownCodesWithTheStatusTheirPrefixNames() {
        SubStatus newTransitCode = new SubStatus("transit099");

        assertThat(newTransitCode.code()).isEqualTo("transit099");
        assertThat(newTransitCode.isKnown()).isFalse();
        assertThat(newTransitCode.meaning()).isEmpty();
        assertThat(newTransitCode.status()).contains(DeliveryStatus.IN_TRANSIT);
        assertThat(new SubStatus("undelivered001").status()).contains(DeliveryStatus.FAILED_ATTEMPT);
        assertThat(new SubStatus("expired001").status()).contains(DeliveryStatus.EXPIRED);
        assertThat(new SubStatus("pending001").status()).contains(DeliveryStatus.PENDING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"held-at-depot", "customs_7", "42", "transitional001", "é-livré"})
    void keepsCodesWhosePrefixIsNoStatus(String code) {
        SubStatus subStatus = new SubStatus(code);

        assertThat(subStatus.code()).isEqualTo(code);
        assertThat(subStatus.isKnown()).isFalse();
        assertThat(subStatus.status()).isEmpty();
    }

    @Test
    void acceptsACodeOfExactlyTheMaximumLength() {
        String longest = "x".repeat(SubStatus.MAX_LENGTH);

        assertThat(new SubStatus(longest).code()).hasSize(SubStatus.MAX_LENGTH);
    }

    @Test
    void refusesNull() {
        assertThatNullPointerException().isThrownBy(() -> new SubStatus(null)).withMessageContaining("code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void refusesBlankCodesNamingThem(String blank) {
        assertThatIllegalArgumentException().isThrownBy(() -> new SubStatus(blank))
                .withMessageContaining("must not be blank");
    }

    @Test
    void refusesControlCharactersShowingThemEscaped() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SubStatus("transit\u0000001"))
                .withMessageContaining("control characters")
                .withMessageContaining("'transit\\u0000001'");
    }

    @Test
    void refusesOverlongCodesNamingTheValueAndItsLength() {
        String tooLong = "transit" + "0".repeat(SubStatus.MAX_LENGTH);

        assertThatIllegalArgumentException().isThrownBy(() -> new SubStatus(tooLong))
                .withMessageContaining("at most 64 characters, got 71")
                .withMessageContaining("'transit000");
    }

    @Test
    void refusesAHugeValueWithoutPuttingAllOfItInTheMessage() {
        String huge = "y".repeat(10_000);

        assertThatIllegalArgumentException().isThrownBy(() -> new SubStatus(huge))
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200).contains("(10000 chars)"));
    }

    @Test
    void readsAbsentCodesAsNoSubStatus() {
        assertThat(SubStatus.ofNullable(null)).isEmpty();
        assertThat(SubStatus.ofNullable("  ")).isEmpty();
        assertThat(SubStatus.ofNullable("Transit001")).contains(new SubStatus("transit001"));
    }

    @Test
    void normalisingTwiceChangesNothing() {
        for (String code : new String[] {"not found001", " PICKUP002 ", "exception010", "Mystery-7"}) {
            SubStatus once = new SubStatus(code);

            assertThat(new SubStatus(once.code())).isEqualTo(once);
        }
    }
}

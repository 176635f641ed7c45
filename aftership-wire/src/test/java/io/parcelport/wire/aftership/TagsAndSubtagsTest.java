package io.parcelport.wire.aftership;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.SubStatus;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every documented tag and subtag maps to the domain and back without loss. */
class TagsAndSubtagsTest {

    @ParameterizedTest
    @CsvSource({
        "Pending, PENDING",
        "InfoReceived, INFO_RECEIVED",
        "InTransit, IN_TRANSIT",
        "OutForDelivery, OUT_FOR_DELIVERY",
        "AvailableForPickup, OUT_FOR_DELIVERY",
        "AttemptFail, FAILED_ATTEMPT",
        "Delivered, DELIVERED",
        "Exception, EXCEPTION",
        "Expired, EXPIRED"})
    void everyTagHasItsDomainStatus(String wire, DeliveryStatus status) {
        Tag tag = Tag.parse(wire).orElseThrow();
        assertThat(tag.wire()).isEqualTo(wire);
        assertThat(tag.status()).isEqualTo(status);
    }

    @Test
    void thereAreNineTagsAndTheyParseLooselyButNotUnknownWords() {
        assertThat(Tag.values()).hasSize(9);
        assertThat(Tag.parse("in_transit")).contains(Tag.IN_TRANSIT);
        assertThat(Tag.parse(" availableforpickup ")).contains(Tag.AVAILABLE_FOR_PICKUP);
        assertThat(Tag.parse("Lost")).isEmpty();
        assertThat(Tag.parse(null)).isEmpty();
    }

    @Test
    void everyDocumentedSubtagReadsUnderItsTagAndIsWrittenBackExactly() {
        assertThat(Subtags.documented()).hasSize(37);
        for (Map.Entry<String, String> entry : Subtags.documented().entrySet()) {
            String subtag = entry.getKey();
            Tag tag = Tag.parse(subtag.substring(0, subtag.indexOf('_'))).orElseThrow();
            SubStatus read = Subtags.read(Optional.of(tag), subtag, null).orElseThrow();

            assertThat(read.code()).as(subtag).isEqualTo(subtag.toLowerCase(java.util.Locale.ROOT));
            assertThat(read.meaning()).as(subtag).contains(entry.getValue());
            assertThat(Subtags.spell(read)).isEqualTo(subtag);
            assertThat(Subtags.tagOf(read)).contains(tag);
            assertThat(Tag.of(tag.status(), Optional.of(read))).as(subtag).isEqualTo(tag);
        }
    }

    @Test
    void availableForPickupIsKeptApartFromOutForDeliveryThroughTheSubStatus() {
        SubStatus pickup = Subtags.read(Optional.of(Tag.AVAILABLE_FOR_PICKUP), null, null).orElseThrow();

        assertThat(pickup.code()).isEqualTo("availableforpickup_001");
        assertThat(Tag.of(DeliveryStatus.OUT_FOR_DELIVERY, Optional.of(pickup))).isEqualTo(Tag.AVAILABLE_FOR_PICKUP);
        assertThat(Tag.of(DeliveryStatus.OUT_FOR_DELIVERY, Optional.empty())).isEqualTo(Tag.OUT_FOR_DELIVERY);
        assertThat(Tag.of(DeliveryStatus.OUT_FOR_DELIVERY, Subtags.read(Optional.of(Tag.OUT_FOR_DELIVERY),
                "OutForDelivery_003", null))).isEqualTo(Tag.OUT_FOR_DELIVERY);
    }

    @Test
    void theWireMessageWinsOverTheDocumentedMeaningAndUnknownSubtagsAreKept() {
        assertThat(Subtags.read(Optional.of(Tag.IN_TRANSIT), "InTransit_002", "Acceptance scan").orElseThrow()
                .meaning()).contains("Acceptance scan");
        SubStatus newer = Subtags.read(Optional.of(Tag.EXCEPTION), "Exception_016", null).orElseThrow();
        assertThat(newer.code()).isEqualTo("exception_016");
        assertThat(newer.meaning()).isEmpty();
        assertThat(Subtags.spell(newer)).isEqualTo("Exception_016");
        assertThat(Subtags.spell(new SubStatus("custom-code"))).isEqualTo("custom-code");
        assertThat(Subtags.read(Optional.of(Tag.PENDING), " ", null)).isEmpty();
    }

    @Test
    void statusesWithoutATagOfTheirOwnAreWrittenPending() {
        assertThat(Tag.of(DeliveryStatus.NOT_FOUND, Optional.empty())).isEqualTo(Tag.PENDING);
        assertThat(Tag.of(DeliveryStatus.UNKNOWN, Optional.empty())).isEqualTo(Tag.PENDING);
        // A sub-status of another status does not move the tag.
        assertThat(Tag.of(DeliveryStatus.DELIVERED, Optional.of(new SubStatus("exception_013"))))
                .isEqualTo(Tag.DELIVERED);
    }

    @Property
    void anySubtagUnderATagRoundTripsItsSpelling(@ForAll Tag tag, @ForAll @IntRange(min = 0, max = 999) int n) {
        String subtag = tag.wire() + "_" + String.format("%03d", n);
        SubStatus read = Subtags.read(Optional.of(tag), subtag, null).orElseThrow();
        assertThat(Subtags.spell(read)).isEqualTo(subtag);
        assertThat(Tag.of(tag.status(), Optional.of(read))).isEqualTo(tag);
    }

    @Property
    void unknownTagWordsNeverParse(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String word) {
        Optional<Tag> tag = Tag.parse(word + "Zq");
        assertThat(tag).isEmpty();
    }
}

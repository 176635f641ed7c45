package io.parcelport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.TrackingNumber;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ValueObjectProperties {

    @Property
    void trackingNumberNormalisationIsIdempotent(@ForAll("trackingNumbers") String raw) {
        TrackingNumber once = TrackingNumber.of(raw);
        assertThat(TrackingNumber.of(once.value())).isEqualTo(once);
    }

    @Property
    void aTrackingNumberIsEitherRefusedOrSafeInAPath(@ForAll String raw) {
        try {
            String value = TrackingNumber.of(raw).value();
            assertThat(value).doesNotContain("/", "\\", "..").hasSizeLessThanOrEqualTo(50);
            assertThat(value.chars()).noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
        } catch (IllegalArgumentException | NullPointerException refused) {
            assertThat(refused.getMessage()).contains("tracking number");
        }
    }

    @Property
    void carrierCodeNormalisationIsIdempotent(@ForAll("carrierCodes") String raw) {
        CarrierCode once = CarrierCode.of(raw);
        assertThat(CarrierCode.of(once.value())).isEqualTo(once);
        assertThat(once.value()).matches("[a-z0-9_-]+");
    }

    @Property
    void countryCodeNormalisationIsIdempotent(@ForAll("countries") String raw) {
        CountryCode once = CountryCode.of(raw);
        assertThat(CountryCode.of(once.value())).isEqualTo(once);
        assertThat(once.value()).matches("[A-Z]{2}");
    }

    @Property
    void languageCodeNormalisationIsIdempotent(@ForAll("languages") String raw) {
        LanguageCode once = LanguageCode.of(raw);
        assertThat(LanguageCode.of(once.value())).isEqualTo(once);
    }

    @Provide
    Arbitrary<String> trackingNumbers() {
        Arbitrary<String> core = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars('-', '_').ofMinLength(1).ofMaxLength(48);
        Arbitrary<String> padding = Arbitraries.of("", " ", "\t", "  ");
        return net.jqwik.api.Combinators.combine(padding, core, padding).as((a, b, c) -> a + b + c);
    }

    @Provide
    Arbitrary<String> carrierCodes() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars('-', '_').ofMinLength(1).ofMaxLength(64);
    }

    @Provide
    Arbitrary<String> countries() {
        return Arbitraries.of(Locale.getISOCountries())
                .flatMap(c -> Arbitraries.of(c, c.toLowerCase(Locale.ROOT), " " + c + " "));
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').ofLength(2);
    }
}

package io.parcelport.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.ports.Capability;
import io.parcelport.ports.out.CarrierDirectory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract of {@link CarrierDirectory}: a carrier list with the kit's codes, and detection of known formats. */
public abstract class CarrierDirectoryContract extends ContractSupport {

    private CarrierDirectory directory() {
        return backend.carriers();
    }

    @Test
    @Needs(Capability.CARRIER_LIST)
    void theCarrierListHoldsTheKitsCarriersOnceEach() {
        List<Carrier> carriers = directory().carriers(LanguageCode.ENGLISH);

        List<CarrierCode> codes = carriers.stream().map(Carrier::code).toList();
        assertThat(codes).containsAll(ContractFixtures.CARRIER_CODES).doesNotHaveDuplicates();
        assertThat(codes).doesNotContain(ContractFixtures.UNKNOWN_CARRIER);
    }

    @Test
    @Needs(Capability.CARRIER_DETECT)
    void aUspsNumberIsDetectedAsUspsFirst() {
        List<Carrier> candidates = directory().detect(ContractFixtures.USPS_NUMBER);

        assertThat(candidates).isNotEmpty();
        assertThat(candidates.get(0).code()).isEqualTo(ContractFixtures.USPS);
    }

    @Test
    @Needs(Capability.CARRIER_DETECT)
    void aUpuS10NumberOfChinaIsDetectedAsChinaPost() {
        List<Carrier> candidates = directory().detect(ContractFixtures.S10_CHINA_POST_NUMBER);

        assertThat(candidates).extracting(Carrier::code).contains(ContractFixtures.CHINA_POST);
    }

    @Test
    @Needs({Capability.CARRIER_LIST, Capability.CARRIER_DETECT})
    void detectedCarriersAreListedCarriers() {
        List<CarrierCode> listed = directory().carriers(LanguageCode.ENGLISH).stream().map(Carrier::code).toList();

        assertThat(directory().detect(ContractFixtures.USPS_NUMBER)).extracting(Carrier::code)
                .allSatisfy(code -> assertThat(listed).contains(code));
    }
}

package io.parcelport.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit 5 extension: one emulator per test class, its base URL injected into fields and parameters. */
class EmulatorExtensionTest {

    @Nested
    @ExtendWith(EmulatorExtension.class)
    class Declarative {
        @EmulatorBaseUrl
        URI baseUri;

        @EmulatorBaseUrl
        String baseUrl;

        @EmulatorV4BaseUrl
        URI v4BaseUri;

        Emulator emulator;

        @Test
        void fieldsAreFilledWithTheRunningEmulator() {
            assertThat(baseUrl).matches("http://127\\.0\\.0\\.1:\\d+/v2").isEqualTo(baseUri.toString());
            assertThat(emulator.baseUrl()).isEqualTo(baseUrl);
            assertThat(new V2Client(baseUri, "any-key").get("/trackings/get").meta()).isEqualTo(200);
        }

        @Test
        void parametersAreResolvedToo(Emulator parameter, @EmulatorBaseUrl String url,
                @EmulatorV4BaseUrl String v4Url) {
            assertThat(parameter).isSameAs(emulator);
            assertThat(url).isEqualTo(baseUrl);
            assertThat(v4Url).isEqualTo(v4BaseUri.toString()).isEqualTo(emulator.v4BaseUrl())
                    .isEqualTo(baseUrl.replace("/v2", "/v4"));
            assertThat(new V4Client(v4Url, "any-key").get("/trackings/get").status()).isEqualTo(200);
        }
    }

    @Nested
    class Programmatic {
        @RegisterExtension
        static EmulatorExtension extension = EmulatorExtension.withOptions(
                EmulatorOptions.builder().port(0).quota(7).build());

        @Test
        void theRegisteredExtensionRunsWithItsOptions() {
            V2Client client = new V2Client(extension.emulator());

            assertThat(client.get("/trackings/getuserinfo").dataObject().getJsonNumber("track_number").longValue())
                    .isEqualTo(7);
        }
    }
}

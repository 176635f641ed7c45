package io.parcelport.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.shipment.ShipmentKey;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared plumbing's own promises: which base URIs may carry a key, and that a key is never shown. */
class RestSupportTest {

    @Test
    void aKeyGoesOnlyToHttpsOrLoopbackUnlessInsecureHttpIsAllowed() {
        assertThatCode(() -> BaseUris.check(URI.create("https://api.example.com/v4"), false))
                .doesNotThrowAnyException();
        assertThatCode(() -> BaseUris.check(URI.create("http://127.0.0.1:8080/v4"), false))
                .doesNotThrowAnyException();
        assertThatCode(() -> BaseUris.check(URI.create("http://[::1]:8080/v4"), false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> BaseUris.check(URI.create("http://api.example.com/v4"), false))
                .hasMessageContaining("clear text");
        assertThatCode(() -> BaseUris.check(URI.create("http://api.example.com/v4"), true))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> BaseUris.check(URI.create("https://user:pw@api.example.com/v4"), false))
                .hasMessageNotContaining("pw");
        assertThatThrownBy(() -> BaseUris.check(URI.create("ftp://api.example.com/"), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BaseUris.check(URI.create("ftp://user:pw@api.example.com/"), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("pw");
    }

    @Test
    void loopbackIsDecidedFromTheTextAlone() {
        assertThat(BaseUris.isLoopback("localhost")).isTrue();
        assertThat(BaseUris.isLoopback("127.10.0.1")).isTrue();
        assertThat(BaseUris.isLoopback("127.0.0.256")).isFalse();
        assertThat(BaseUris.isLoopback("127.0.0.1.example.com")).isFalse();
    }

    @Test
    void theKeyFilterNeverShowsTheKeyAndRefusesOneThatCouldBreakAHeader() {
        String key = "k-9f8e7d6c5b4a";

        assertThat(new ApiKeyFilter("Tracking-Api-Key", key, "ua").toString()).doesNotContain(key)
                .contains("Tracking-Api-Key");
        assertThat(ApiKeyFilter.headerValue("  " + key + " ")).isEqualTo(key);
        assertThatThrownBy(() -> ApiKeyFilter.headerValue("abc\r\nX-Evil: 1")).hasMessageNotContaining("abc")
                .hasMessageNotContaining("Evil");
    }

    @Test
    void anAnswerFindsAHeaderWhateverItsCase() {
        RawAnswer answer = new RawAnswer(200, null, "", new byte[0], Map.of("x-ratelimit-limit", "10"));

        assertThat(answer.header("X-RateLimit-Limit")).contains("10");
        assertThat(answer.header("Retry-After")).isEmpty();
        assertThat(new RawAnswer(200, null, "", new byte[0]).headers()).isEmpty();
    }

    @Test
    void anIdCacheOfCapacityZeroRemembersNothingAndAStaleIdDoesNotEraseANewOne() {
        ShipmentKey key = ShipmentKey.of("ups", "1Z999");
        IdCache off = new IdCache(0);
        off.remember(key, "a");
        assertThat(off.get(key)).isEmpty();
        assertThatThrownBy(() -> new IdCache(-1)).isInstanceOf(IllegalArgumentException.class);

        IdCache cache = new IdCache(1);
        cache.remember(key, "new");
        cache.forget(key, "old");
        assertThat(cache.get(key)).contains("new");
    }
}

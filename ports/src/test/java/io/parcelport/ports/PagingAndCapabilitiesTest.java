package io.parcelport.ports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pages for counting, uncounted and cursor backends, and what a backend says it offers. */
class PagingAndCapabilitiesTest {

    @Test
    void aCountedPageHasANextRequestWhileItemsRemain() {
        Page<String> first = new Page<>(List.of("a", "b"), PageRequest.first(2), 3);
        Page<String> last = new Page<>(List.of("c"), first.next().orElseThrow(), 3);

        assertThat(first.total()).hasValue(3);
        assertThat(first.next()).contains(new PageRequest(2, 2));
        assertThat(last.hasNext()).isFalse();
        assertThat(new Page<>(List.of(), new PageRequest(5, 2), 3).hasNext()).isFalse();
    }

    @Test
    void anUncountedPageFollowsAFullPageAndEndsOnAShortOrEmptyOne() {
        Page<String> full = Page.uncounted(List.of("a", "b"), PageRequest.first(2));
        Page<String> shortPage = Page.uncounted(List.of("c"), new PageRequest(2, 2));
        Page<String> empty = Page.uncounted(List.of(), new PageRequest(2, 2));

        assertThat(full.total()).isEmpty();
        assertThat(full.next()).contains(new PageRequest(2, 2));
        assertThat(shortPage.hasNext()).isFalse();
        assertThat(empty.hasNext()).isFalse();
    }

    @Test
    void aCursorPageCarriesTheBackendsTokenToTheNextRequest() {
        Page<String> page = Page.withCursor(List.of("a"), PageRequest.first(1), Optional.of("eyJwIjoyfQ=="));
        Page<String> last = Page.withCursor(List.of("b"), page.next().orElseThrow(), Optional.empty());

        assertThat(page.next()).contains(new PageRequest(2, 1, Optional.of("eyJwIjoyfQ==")));
        assertThat(last.request().cursor()).contains("eyJwIjoyfQ==");
        assertThat(last.hasNext()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new PageRequest(2, 1, Optional.of(" ")));
    }

    @Test
    void aPageRefusesMoreItemsThanItsSizeAndANegativeTotal() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Page<>(List.of("a", "b"), PageRequest.first(1), 2))
                .withMessageContaining("more than its size 1");
        assertThatIllegalArgumentException().isThrownBy(() -> new Page<>(List.of(), PageRequest.first(1), -1));
    }

    @Test
    void aBackendThatLacksAnOperationRefusesItNamingTheOperationAndItself() {
        BackendCapabilities v4 = BackendCapabilities.allBut("TrackingMore v4",
                EnumSet.of(Capability.STOP_REFRESHING, Capability.ACCOUNT_INFO));

        assertThat(v4.offers(Capability.DELETE)).isTrue();
        assertThat(v4.offers(Capability.STOP_REFRESHING)).isFalse();
        assertThatThrownBy(() -> v4.require(Capability.STOP_REFRESHING))
                .isInstanceOfSatisfying(OperationNotSupportedException.class, e -> {
                    assertThat(e.capability()).contains(Capability.STOP_REFRESHING);
                    assertThat(e.operation()).isEqualTo("ShipmentTracker.stopRefreshing");
                    assertThat(e.isRetryable()).isFalse();
                })
                .hasMessage("ShipmentTracker.stopRefreshing: not offered by the TrackingMore v4 backend");
        v4.require(Capability.DELETE);
        assertThat(BackendCapabilities.all("in-memory").offered()).containsExactlyInAnyOrder(Capability.values());
        assertThatIllegalArgumentException().isThrownBy(() -> new BackendCapabilities(" ", Set.of()));
    }
}

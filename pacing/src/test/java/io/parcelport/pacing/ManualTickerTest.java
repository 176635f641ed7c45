package io.parcelport.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManualTickerTest {

    @Test
    void timeMovesOnlyWhenAdvancedOrSleptAndOnlySleepsAreRecorded() {
        ManualTicker ticker = new ManualTicker(0);

        ticker.advance(Duration.ofSeconds(2));
        ticker.sleep(Duration.ofMillis(300));
        ticker.sleep(Duration.ZERO);

        assertThat(ticker.nanoTime()).isEqualTo(2_300_000_000L);
        assertThat(ticker.sleeps()).containsExactly(Duration.ofMillis(300));
        assertThat(ticker.slept()).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void timeCannotBeAdvancedBackwards() {
        assertThatThrownBy(() -> new ManualTicker().advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-1S");
    }

    @Test
    void sleepsFromManyThreadsAreAllCounted() throws InterruptedException {
        ManualTicker ticker = new ManualTicker(0);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread thread = new Thread(() -> {
                for (int j = 0; j < 1000; j++) {
                    ticker.sleep(Duration.ofNanos(1));
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }

        assertThat(ticker.nanoTime()).isEqualTo(8000);
        assertThat(ticker.sleeps()).hasSize(8000);
    }

    @Test
    void theSystemTickerDoesNotSleepForNothing() throws InterruptedException {
        long before = Ticker.SYSTEM.nanoTime();
        Ticker.SYSTEM.sleep(Duration.ZERO);
        Ticker.SYSTEM.sleep(Duration.ofSeconds(-5));

        assertThat(Ticker.SYSTEM.nanoTime()).isGreaterThanOrEqualTo(before);
    }
}

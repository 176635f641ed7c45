package io.parcelport.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.ports.ItemOutcome;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchRunnerTest {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    private Function<List<Integer>, List<ItemOutcome<Integer>>> counting(CyclicBarrier firstWave) {
        AtomicInteger calls = new AtomicInteger();
        return chunk -> {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                // The first chunks meet at the barrier: proof that that many ran at once (the barrier would time out
                // otherwise), while the counter proves no more did.
                if (firstWave != null && calls.incrementAndGet() <= firstWave.getParties()) {
                    firstWave.await(10, TimeUnit.SECONDS);
                }
                for (int spin = 0; spin < 1_000; spin++) {
                    Thread.onSpinWait(); // give other workers a chance to overlap
                }
                return chunk.stream().map(ItemOutcome::accepted).toList();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                inFlight.decrementAndGet();
            }
        };
    }

    private static List<Integer> items(int count) {
        return IntStream.range(0, count).boxed().toList();
    }

    @Test
    void runsExactlyItsParallelismOfChunksAtOnceAndNeverMore() {
        try (BatchRunner runner = BatchRunner.withParallelism(3)) {
            List<ItemOutcome<Integer>> outcomes = runner.run(items(400), 10, counting(new CyclicBarrier(3)));

            assertThat(maxInFlight.get()).isEqualTo(3);
            assertThat(outcomes).extracting(o -> o.value().orElseThrow()).containsExactlyElementsOf(items(400));
        }
    }

    @Test
    void boundsTheChunksInFlightOnABorrowedExecutorWithMoreThreads() throws Exception {
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            BatchRunner runner = BatchRunner.on(pool, 2);
            runner.run(items(500), 5, counting(new CyclicBarrier(2)));
            runner.close();

            assertThat(maxInFlight.get()).isEqualTo(2);
            assertThat(pool.isShutdown()).as("a borrowed executor stays open").isFalse();
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void finishesOnTheCallersThreadWhenTheExecutorTakesNoWork() {
        BatchRunner runner = BatchRunner.on(task -> {
            throw new RejectedExecutionException("busy");
        }, 4);

        List<ItemOutcome<Integer>> outcomes = runner.run(items(100), 7, counting(null));

        assertThat(outcomes).hasSize(100);
        assertThat(maxInFlight.get()).isEqualTo(1);
    }

    @Test
    void finishesWhenTheExecutorNeverStartsItsWorkers() {
        // An executor that queues the helper forever, like a pool whose threads all wait for this very call.
        BatchRunner runner = BatchRunner.on(task -> { }, 4);

        assertThat(runner.run(items(100), 7, counting(null))).hasSize(100);
    }

    @Test
    void shutsDownItsOwnPoolOnClose() {
        BatchRunner runner = BatchRunner.withParallelism(2);
        runner.run(items(10), 1, counting(null));
        runner.close();

        // Closed: no helper can be started, so the caller's thread does all the work.
        assertThat(runner.run(items(10), 1, counting(null))).hasSize(10);
    }

    @Test
    void rethrowsWhatAChunkThrowsThatIsNoBackendFailure() {
        try (BatchRunner runner = BatchRunner.withParallelism(2)) {
            assertThatThrownBy(() -> runner.run(items(100), 10, chunk -> {
                throw new IllegalStateException("adapter bug");
            })).isInstanceOf(IllegalStateException.class).hasMessage("adapter bug");
        }
    }

    @Test
    void refusesAParallelismBelowOne() {
        assertThatThrownBy(() -> BatchRunner.withParallelism(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
    }

    @Test
    void aRunnerNobodyClosesLetsItsIdleThreadsEnd() throws InterruptedException {
        BatchRunner runner = BatchRunner.withParallelism(3, java.time.Duration.ofMillis(300));
        runner.run(java.util.stream.IntStream.range(0, 9).boxed().toList(), 1,
                chunk -> chunk.stream().map(ItemOutcome::accepted).toList());
        assertThat(runner.poolThreads()).isPositive();

        for (int i = 0; i < 500 && runner.poolThreads() > 0; i++) {
            Thread.sleep(10); // waiting for the pool's own idle timeout, which is what is under test
        }

        assertThat(runner.poolThreads()).isZero();
    }
}

package io.parcelport.application;

import io.parcelport.ports.BackendException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.OperationNotSupportedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Runs the chunks of a many-item operation, at most {@link #parallelism()} chunks in flight at once, and puts their
 * outcomes back in input order.
 *
 * <p>The calling thread works too: it takes chunks like the other workers, so an operation always finishes even when
 * the executor is busy or is the very pool the caller runs on (no deadlock when a use case is called from a task of
 * the same executor). With parallelism {@code n}, up to {@code n - 1} workers are handed to the executor.
 *
 * <p>Backend failures become per-item outcomes as {@link Failures} describes; any other exception of a chunk (a
 * backend breaking its contract, say) stops the operation and is rethrown to the caller once running chunks end.
 *
 * <p>A runner made by {@link #withParallelism(int)} owns a small daemon thread pool that {@link #close()} shuts down;
 * one made by {@link #on(Executor, int)} borrows the executor and leaves it alone.
 */
public final class BatchRunner implements AutoCloseable {

    /** Two chunks at once: a real gain over one for a remote backend, still gentle on its rate limits. */
    public static final int DEFAULT_PARALLELISM = 2;

    private final Executor executor;
    private final ExecutorService owned;
    private final int parallelism;

    private BatchRunner(Executor executor, ExecutorService owned, int parallelism) {
        this.executor = executor;
        this.owned = owned;
        this.parallelism = parallelism;
    }

    /** How long an idle thread of a runner's own pool lives; a runner nobody closed holds no thread after it. */
    static final Duration IDLE_THREAD_LIFE = Duration.ofSeconds(30);

    /**
     * A runner with its own pool, {@code parallelism} chunks in flight at most (the caller's thread included). The
     * pool starts threads only when a run needs them and lets them end after {@link #IDLE_THREAD_LIFE} idle, so a
     * runner (or a {@code Parcelport}) that is never closed keeps no thread alive for long.
     */
    public static BatchRunner withParallelism(int parallelism) {
        return withParallelism(parallelism, IDLE_THREAD_LIFE);
    }

    static BatchRunner withParallelism(int parallelism, Duration idleThreadLife) {
        requireParallelism(parallelism);
        if (parallelism == 1) {
            return sequential();
        }
        ThreadPoolExecutor pool = new ThreadPoolExecutor(parallelism - 1, parallelism - 1,
                idleThreadLife.toNanos(), TimeUnit.NANOSECONDS, new LinkedBlockingQueue<>(), new DaemonThreads());
        pool.allowCoreThreadTimeOut(true);
        return new BatchRunner(pool, pool, parallelism);
    }

    /** How many threads the runner's own pool has now; 0 for a borrowed executor. */
    int poolThreads() {
        return owned instanceof ThreadPoolExecutor pool ? pool.getPoolSize() : 0;
    }

    /** A runner with {@link #DEFAULT_PARALLELISM}. */
    public static BatchRunner withDefaultParallelism() {
        return withParallelism(DEFAULT_PARALLELISM);
    }

    /** A runner that runs every chunk on the caller's thread, one after the other. */
    public static BatchRunner sequential() {
        return new BatchRunner(Runnable::run, null, 1);
    }

    /**
     * A runner on an executor the caller owns (and closes); at most {@code parallelism} chunks in flight however
     * many threads the executor has.
     */
    public static BatchRunner on(Executor executor, int parallelism) {
        Objects.requireNonNull(executor, "executor");
        requireParallelism(parallelism);
        return new BatchRunner(executor, null, parallelism);
    }

    /** The most chunks in flight at once. */
    public int parallelism() {
        return parallelism;
    }

    /** Shuts down the runner's own pool, if it has one, letting running chunks end; a borrowed executor is kept. */
    @Override
    public void close() {
        if (owned != null) {
            owned.shutdown();
            try {
                if (!owned.awaitTermination(30, TimeUnit.SECONDS)) {
                    owned.shutdownNow();
                }
            } catch (InterruptedException e) {
                owned.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Splits {@code items} into chunks of at most {@code chunkSize}, calls {@code call} on each, and returns one
     * outcome per item in input order.
     */
    <I, R> List<ItemOutcome<R>> run(List<I> items, int chunkSize, Function<List<I>, List<ItemOutcome<R>>> call) {
        return run(items, chunkSize, call, new Failures.Halt());
    }

    /** As {@link #run(List, int, Function)}, sharing {@code halt} with other runs of the same invocation. */
    <I, R> List<ItemOutcome<R>> run(List<I> items, int chunkSize, Function<List<I>, List<ItemOutcome<R>>> call,
            Failures.Halt halt) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1: " + chunkSize);
        }
        List<List<I>> chunks = chunks(items, chunkSize);
        @SuppressWarnings({"unchecked", "rawtypes"}) // Java has no generic array creation
        List<ItemOutcome<R>>[] results = new List[chunks.size()];
        Job<I, R> job = new Job<>(chunks, results, call, halt);
        int helpers = Math.min(parallelism, chunks.size()) - 1;
        for (int i = 0; i < helpers; i++) {
            try {
                executor.execute(job::work);
            } catch (RejectedExecutionException e) {
                break; // a closed or saturated executor: the caller's thread does the rest
            }
        }
        job.work();
        job.awaitChunks();
        List<ItemOutcome<R>> outcomes = new ArrayList<>(items.size());
        for (List<ItemOutcome<R>> chunkOutcomes : results) {
            outcomes.addAll(chunkOutcomes);
        }
        return outcomes;
    }

    static <I> List<List<I>> chunks(List<I> items, int chunkSize) {
        List<List<I>> chunks = new ArrayList<>((items.size() + chunkSize - 1) / chunkSize);
        for (int from = 0; from < items.size(); from += chunkSize) {
            chunks.add(List.copyOf(items.subList(from, Math.min(items.size(), from + chunkSize))));
        }
        return chunks;
    }

    private static void requireParallelism(int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
        }
    }

    /** One run: workers take chunk numbers from a counter until none is left. */
    private static final class Job<I, R> {
        private final List<List<I>> chunks;
        private final List<ItemOutcome<R>>[] results;
        private final Function<List<I>, List<ItemOutcome<R>>> call;
        private final Failures.Halt halt;
        private final AtomicInteger next = new AtomicInteger();
        // Counts chunks, not workers: a worker the executor starts late finds nothing to do, and nobody waits for it.
        private final CountDownLatch done;
        private final AtomicReference<Throwable> broken = new AtomicReference<>();

        Job(List<List<I>> chunks, List<ItemOutcome<R>>[] results, Function<List<I>, List<ItemOutcome<R>>> call,
                Failures.Halt halt) {
            this.chunks = chunks;
            this.results = results;
            this.call = call;
            this.halt = halt;
            this.done = new CountDownLatch(chunks.size());
        }

        void work() {
            for (int index = next.getAndIncrement(); index < chunks.size(); index = next.getAndIncrement()) {
                try {
                    results[index] = broken.get() == null ? runChunk(chunks.get(index)) : List.of();
                } catch (RuntimeException | Error e) {
                    broken.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }
        }

        private List<ItemOutcome<R>> runChunk(List<I> chunk) {
            BackendException halted = halt.cause();
            if (halted != null) {
                return Failures.all(chunk.size(), Failures.notSentBecause(halted));
            }
            List<ItemOutcome<R>> outcomes;
            try {
                outcomes = call.apply(chunk);
            } catch (OperationNotSupportedException e) {
                // Not about any item: the backend has no such operation, so the caller hears it as such.
                throw e;
            } catch (BackendException e) {
                halt.offer(e);
                return Failures.all(chunk.size(), Failures.rejectionFor(e));
            }
            if (outcomes == null || outcomes.size() != chunk.size()) {
                throw new IllegalStateException("the backend broke its contract: " + chunk.size() + " items sent, "
                        + (outcomes == null ? "null" : outcomes.size() + " outcomes") + " returned");
            }
            return List.copyOf(outcomes);
        }

        void awaitChunks() {
            boolean interrupted = false;
            while (true) {
                try {
                    done.await();
                    break;
                } catch (InterruptedException e) {
                    // Stop taking new chunks, but let the running ones end: their calls are already out.
                    interrupted = true;
                    broken.compareAndSet(null, new CancellationException("interrupted while running chunks"));
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            Throwable failure = broken.get();
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            // Defensive: every chunk has a result once the latch is open and nothing broke.
            if (Arrays.stream(results).anyMatch(Objects::isNull)) {
                throw new IllegalStateException("a chunk ended without outcomes");
            }
        }
    }

    /** Daemon threads, so that a runner nobody closed does not keep the JVM alive. */
    private static final class DaemonThreads implements ThreadFactory {
        private static final AtomicInteger POOLS = new AtomicInteger();
        private final int pool = POOLS.incrementAndGet();
        private final AtomicInteger threads = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "parcelport-batch-" + pool + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}

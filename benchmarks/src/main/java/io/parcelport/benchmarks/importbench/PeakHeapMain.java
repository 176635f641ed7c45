package io.parcelport.benchmarks.importbench;

import io.parcelport.cli.ParcelportMain;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The child JVM's entry point: runs the CLI unchanged and, as it exits, writes the peak heap use (summed over the
 * heap pools' peaks, which over-states a true simultaneous peak slightly) to standard error, where the bench reads it.
 */
public final class PeakHeapMain {
    /** The line prefix the bench looks for. */
    static final String PREFIX = "peak-heap-bytes=";

    private PeakHeapMain() {
    }

    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.err.println(PREFIX + peak);
            System.err.flush();
        }));
        ParcelportMain.main(args);
    }
}

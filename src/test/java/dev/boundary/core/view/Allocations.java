package dev.boundary.core.view;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;

/**
 * Measures heap allocation of the current thread through HotSpot's
 * {@code com.sun.management.ThreadMXBean}; tests that use it are skipped on JVMs without it.
 */
final class Allocations {
    private static final int WARM_UP = 20;
    static final int MEASURED = 50;
    /**
     * Rounds of {@value #MEASURED} runs; the least a round allocated counts. An allocation of the code's
     * own shows in every round; the JIT compiling or deoptimising code in the middle of one round (on
     * a busy machine) makes one round allocate what compiled code would not.
     */
    private static final int ROUNDS = 5;
    /** Slack for the bean's own bookkeeping: less than one 16-byte object per call. */
    private static final long SLACK = 16L * MEASURED;

    private Allocations() {
    }

    /**
     * Runs {@code action} a few times to fill its buffers, then asserts that {@value #MEASURED} more
     * runs allocate less than one small object each on average: a per-call array, boxed number or
     * message string would exceed it.
     */
    static void assertNoneAfterWarmUp(Runnable action) {
        long allocated = bytes(action);
        assertTrue(allocated < SLACK, MEASURED + " calls allocated " + allocated + " bytes");
    }

    /**
     * Asserts that {@code action} allocates no more than {@code baseline} (the library calls it is
     * built on, run the same number of times) plus the slack: it adds no allocation of its own.
     */
    static void assertNoMoreThan(Runnable baseline, Runnable action) {
        long base = bytes(baseline);
        long allocated = bytes(action);
        assertTrue(allocated < base + SLACK, MEASURED + " calls allocated " + allocated
                + " bytes where the calls they are built on allocate " + base);
    }

    /**
     * The fewest bytes {@value #MEASURED} runs of {@code action} allocated in {@value #ROUNDS} rounds,
     * after {@value #WARM_UP} warm-up runs.
     */
    private static long bytes(Runnable action) {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "allocation counting needs HotSpot");
        com.sun.management.ThreadMXBean hotSpot = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(hotSpot.isThreadAllocatedMemorySupported() && hotSpot.isThreadAllocatedMemoryEnabled(),
                "allocation counting is switched off");
        long thread = Thread.currentThread().getId();
        for (int i = 0; i < WARM_UP; i++) {
            action.run();
        }
        long least = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long before = hotSpot.getThreadAllocatedBytes(thread);
            for (int i = 0; i < MEASURED; i++) {
                action.run();
            }
            least = Math.min(least, hotSpot.getThreadAllocatedBytes(thread) - before);
        }
        return least;
    }
}

package dev.boundary.core.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * SeededRandom against the JDK's SplittableRandom, whose nextLong() is the same SplitMix64 (state +=
 * 0x9E3779B97F4A7C15, then the same mix of shifts 30, 27, 31 and the two multipliers).
 */
class SeededRandomTest {
    private static final long[] SEEDS = {0, 1, 42, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x00000000FFFFFFFFL,
        0xFFFFFFFF00000000L, 0x7F4A7C1500000000L, 2026};

    @Test
    void theSixtyFourBitOutputsAreSplitMix64() {
        for (long seed : SEEDS) {
            SplittableRandom expected = new SplittableRandom(seed);
            SeededRandom random = new SeededRandom(seed);
            for (int i = 0; i < 10_000; i++) {
                assertEquals(expected.nextLong(), random.nextLong(), "seed " + seed + ", draw " + i);
            }
        }
    }

    @Test
    void doublesAndIntsAreTheTopBitsOfTheSameOutputs() {
        for (long seed : SEEDS) {
            SplittableRandom expected = new SplittableRandom(seed);
            SeededRandom random = new SeededRandom(seed);
            for (int i = 0; i < 10_000; i++) {
                double d = random.nextDouble();
                assertEquals((expected.nextLong() >>> 11) * 0x1.0p-53, d, 0, "seed " + seed + ", draw " + i);
                assertTrue(d >= 0 && d < 1);
                int bound = 1 + i % 1000;
                assertEquals((int) ((expected.nextLong() >>> 33) % bound), random.nextInt(bound));
            }
        }
    }

    @Test
    void theFirstOutputOfSeedZeroIsThePublishedOne() {
        // SplitMix64 seeded with 0 starts 0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4.
        SeededRandom random = new SeededRandom(0);
        assertEquals(0xE220A8397B1DCDAFL, random.nextLong());
        assertEquals(0x6E789E6AA1B965F4L, random.nextLong());
    }

    @Test
    void aShuffleIsAPermutationAndABadBoundIsRefused() {
        int[] values = new int[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        new SeededRandom(7).shuffle(values);
        boolean[] seen = new boolean[values.length];
        int moved = 0;
        for (int i = 0; i < values.length; i++) {
            assertTrue(!seen[values[i]], "each value once");
            seen[values[i]] = true;
            moved += values[i] != i ? 1 : 0;
        }
        assertTrue(moved > 900, "a shuffle of 1000 leaves about 1 in place: " + (1000 - moved));
        assertThrows(IllegalArgumentException.class, () -> new SeededRandom(1).nextInt(0));
    }
}

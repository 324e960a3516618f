package dev.boundary.core.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SampleWindowTest {
    @Test
    void nearestRankPercentiles() {
        SampleWindow window = new SampleWindow(100);
        for (int i = 20; i >= 1; i--) {
            window.add(i); // 1..20 in reverse order
        }
        // Nearest rank: p50 → rank 10 → 10; p95 → rank 19 → 19; p100 → 20.
        assertEquals(10, window.median(), 0);
        assertEquals(19, window.percentile(95), 0);
        assertEquals(20, window.percentile(100), 0);
        assertEquals(1, window.percentile(0), 0);
    }

    @Test
    void keepsOnlyTheLastValues() {
        SampleWindow window = new SampleWindow(3);
        window.add(100);
        window.add(1);
        window.add(2);
        window.add(3);
        assertEquals(3, window.size());
        assertEquals(3, window.percentile(100), 0);
        assertTrue(Double.isNaN(new SampleWindow(2).median()));
    }
}

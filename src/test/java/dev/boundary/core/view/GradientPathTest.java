package dev.boundary.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import org.junit.jupiter.api.Test;

class GradientPathTest {
    @Test
    void recordsPointsInOrder() {
        GradientPath path = new GradientPath();
        assertTrue(path.isEmpty());
        path.add(0.1, 0.6);
        path.add(0.2, 0.5);
        path.add(0.3, 0.4);
        assertFalse(path.isEmpty());
        assertEquals(3, path.size());
        assertEquals(0.2, path.x(1));
        assertEquals(0.5, path.y(1));
        assertEquals(0.3, path.coordinates()[4]);
        assertEquals(0.4, path.coordinates()[5]);
        assertEquals(0.3, path.latestX());
        assertEquals(0.4, path.latestY());
    }

    @Test
    void thinsToEveryOtherPointWhenFull() {
        // Max 4 points, steps 0..9. Steps 0–3 fill it; step 4 thins to {0, 2} and stores 4 (stride 2);
        // step 6 fills it again; step 8 thins to {0, 4} and stores 8 (stride 4); step 9 is only latest.
        GradientPath path = new GradientPath(4);
        for (int step = 0; step <= 9; step++) {
            path.add(step, -step);
        }
        assertEquals(3, path.size());
        assertEquals(4, path.stride());
        for (int k = 0; k < path.size(); k++) {
            assertEquals(k * path.stride(), path.x(k));
            assertEquals(-k * path.stride(), path.y(k));
        }
        assertEquals(9, path.latestX());
        assertEquals(-9, path.latestY());
    }

    @Test
    void staysBoundedAndEvenlySampledOverALongRun() {
        GradientPath path = new GradientPath(100);
        for (int step = 0; step < 100_000; step++) {
            path.add(step, 0);
        }
        assertTrue(path.size() <= 100 && path.size() > 50, "size " + path.size());
        for (int k = 0; k < path.size(); k++) {
            assertEquals((double) k * path.stride(), path.x(k));
        }
        Allocations.assertNoneAfterWarmUp(() -> path.add(1, 2));
    }

    @Test
    void recordsTwoParametersOfANetwork() {
        Network network = new Network(ModelSpec.logistic(2));
        network.setLayer(0, new double[] {0.1, 0.6}, new double[] {-0.3});
        GradientPath path = new GradientPath();
        path.record(network, 1, 2);
        assertEquals(0.6, path.x(0));
        assertEquals(-0.3, path.y(0));
    }

    @Test
    void clearForgetsEverything() {
        GradientPath path = new GradientPath(2);
        for (int step = 0; step < 5; step++) {
            path.add(step, step);
        }
        path.clear();
        assertTrue(path.isEmpty());
        assertEquals(0, path.size());
        assertEquals(1, path.stride());
        assertTrue(Double.isNaN(path.latestX()));
        path.add(7, 8);
        assertEquals(7, path.x(0));
    }

    @Test
    void rejectsOddOrTinyBounds() {
        assertThrows(IllegalArgumentException.class, () -> new GradientPath(1));
        assertThrows(IllegalArgumentException.class, () -> new GradientPath(5));
    }
}

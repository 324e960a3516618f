package dev.boundary.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundary.core.data.DataSet;
import org.junit.jupiter.api.Test;

class PointEditTest {
    private static final DataSet THREE = new DataSet(2, new double[] {0, 0, 1, 1, 2, 2}, new double[] {0, 1, 0});

    @Test
    void findsThePointAddedAtTheEndOrInBetween() {
        assertEquals(3, PointEdit.added(THREE, null, THREE.withPoint(new double[] {5, 5}, 1), null));
        DataSet between = new DataSet(2, new double[] {0, 0, 7, 7, 1, 1, 2, 2}, new double[] {0, 1, 1, 0});
        assertEquals(1, PointEdit.added(THREE, null, between, null));
        assertEquals(-1, PointEdit.removed(THREE, null, between, null), "nothing was removed");
    }

    @Test
    void findsThePointRemoved() {
        assertEquals(1, PointEdit.removed(THREE, null, THREE.withoutPoint(1), null));
        assertEquals(2, PointEdit.removed(THREE, null, THREE.withoutPoint(2), null));
    }

    @Test
    void anyOtherDifferenceIsNoSingleEdit() {
        DataSet moved = new DataSet(2, new double[] {0, 0, 1, 1.5, 2, 2, 3, 3}, new double[] {0, 1, 0, 1});
        assertEquals(-1, PointEdit.added(THREE, null, moved, null), "point 1 moved as well");
        DataSet relabelled = new DataSet(2, new double[] {0, 0, 1, 1, 2, 2, 3, 3}, new double[] {1, 1, 0, 1});
        assertEquals(-1, PointEdit.added(THREE, null, relabelled, null), "point 0 changed class");
        DataSet four = THREE.withPoint(new double[] {3, 3}, 1);
        assertEquals(-1, PointEdit.added(THREE, new boolean[] {false, false, false}, four,
                new boolean[] {false, true, false, false}), "point 1 became a test point");
        assertEquals(3, PointEdit.added(THREE, new boolean[] {false, true, false}, four,
                new boolean[] {false, true, false, true}));
        assertEquals(-1, PointEdit.added(THREE, null, four.withPoint(new double[] {4, 4}, 0), null), "two points");
    }
}

package dev.boundary.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DataSetTest {
    private static final DataSet FIRST = new DataSet(2, new double[] {1, 2, 3, 4}, new double[] {0, 1});
    private static final DataSet OTHER = new DataSet(2, new double[] {5, 6, 7, 8, 9, 10}, new double[] {1, 1, 0});

    @Test
    void pointsAreAddedAndRemovedInPlaceOrder() {
        DataSet more = FIRST.withPoint(new double[] {-1, -2}, 1);
        assertArrayEquals(new double[] {1, 2, 3, 4, -1, -2}, more.featureArray());
        assertArrayEquals(new double[] {0, 1, 1}, more.labelArray());
        DataSet fewer = more.withoutPoint(1);
        assertArrayEquals(new double[] {1, 2, -1, -2}, fewer.featureArray());
        assertArrayEquals(new double[] {0, 1}, fewer.labelArray());
        assertThrows(IllegalArgumentException.class, () -> FIRST.withPoint(new double[] {1}, 0));
    }

    /** The added point is checked as a new set checks each of its points, and named by its number. */
    @Test
    void anAddedPointIsCheckedAndNamed() {
        String nan = assertThrows(IllegalArgumentException.class,
                () -> FIRST.withPoint(new double[] {1, Double.NaN}, 0)).getMessage();
        assertTrue(nan.contains("feature 2 of point 3"), nan);
        String far = assertThrows(IllegalArgumentException.class,
                () -> FIRST.withPoint(new double[] {-1e101, 0}, 0)).getMessage();
        assertTrue(far.contains("feature 1 of point 3") && far.contains(DataSet.COORDINATE_LIMIT), far);
        String label = assertThrows(IllegalArgumentException.class,
                () -> FIRST.withPoint(new double[] {0, 0}, 0.5)).getMessage();
        assertTrue(label.contains("label of point 3 must be 0 or 1"), label);
    }

    @Test
    void theTailOfAnotherSetIsAppendedInOrder() {
        DataSet joined = FIRST.withPointsOf(OTHER, 1);
        assertArrayEquals(new double[] {1, 2, 3, 4, 7, 8, 9, 10}, joined.featureArray());
        assertArrayEquals(new double[] {0, 1, 1, 0}, joined.labelArray());
        assertEquals(2, FIRST.withPointsOf(OTHER, 3).size(), "nothing left to append");
        assertEquals(5, FIRST.withPointsOf(OTHER, 0).size());
        assertThrows(IllegalArgumentException.class, () -> FIRST.withPointsOf(OTHER, 4));
        assertThrows(IllegalArgumentException.class, () -> FIRST.withPointsOf(DataSet.empty(1), 0));
    }

    @Test
    void appendingKeepsTheRecipeOfTheDrawnPoints() {
        DataOrigin origin = new DataOrigin(Preset.byId("moons"), 7, 20, 0.1);
        DataSet drawn = origin.generate();
        assertSame(origin, drawn.withPointsOf(OTHER, 2).origin());
    }
}

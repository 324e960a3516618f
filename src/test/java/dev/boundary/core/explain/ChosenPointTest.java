package dev.boundary.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundary.core.data.DataSet;
import org.junit.jupiter.api.Test;

class ChosenPointTest {
    /** Points k = 0 … n−1 at (k, −k), labels alternating from 0, without the ones listed in {@code without}. */
    private static DataSet points(int n, int... without) {
        DataSet data = DataSet.empty(2);
        for (int k = 0; k < n; k++) {
            boolean skipped = false;
            for (int w : without) {
                skipped |= w == k;
            }
            if (!skipped) {
                data = data.withPoint(new double[] {k, -k}, k % 2);
            }
        }
        return data;
    }

    @Test
    void staysOnTheSamePointWhenAnEarlierOneIsRemoved() {
        ChosenPoint chosen = new ChosenPoint();
        chosen.choose(3, points(5));
        chosen.removed(1); // the points were 0 1 2 [3] 4; now 0 2 [3] 4, the chosen one at index 2
        assertEquals(2, chosen.index(points(5, 1)));
        chosen.removed(3); // a later point: the index stays
        assertEquals(2, chosen.index(points(5, 1, 4)));
    }

    @Test
    void passesToTheNextPointWhenTheChosenOneIsRemoved() {
        ChosenPoint chosen = new ChosenPoint();
        chosen.choose(1, points(3));
        chosen.removed(1);
        assertEquals(1, chosen.index(points(3, 1)));
        chosen.removed(1); // the last one went: the choice falls back to the new last point
        assertEquals(0, chosen.index(points(3, 1, 2)));
    }

    @Test
    void comesBackToThePointWhenAnUndoBringsItBack() {
        ChosenPoint chosen = new ChosenPoint();
        chosen.choose(3, points(4));
        chosen.removed(0);
        assertEquals(2, chosen.index(points(4, 0)));
        assertEquals(3, chosen.index(points(4)), "the removal undone: point 3 again, not the point at index 2");
        chosen.removed(3); // the chosen point itself, then undone
        assertEquals(2, chosen.index(points(4, 3)));
        assertEquals(3, chosen.index(points(4)));
    }

    @Test
    void clampsToThePointsThereAre() {
        ChosenPoint chosen = new ChosenPoint();
        assertEquals(-1, chosen.index(points(0)));
        assertEquals(0, chosen.index(points(4)));
        chosen.choose(9, points(4));
        assertEquals(3, chosen.index(points(4)));
        chosen.choose(-2, points(4));
        assertEquals(0, chosen.index(points(4)));
        chosen.choose(2, points(0));
        assertEquals(-1, chosen.index(points(0)));
    }
}

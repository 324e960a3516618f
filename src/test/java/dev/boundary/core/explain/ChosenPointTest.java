package dev.boundary.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChosenPointTest {

    @Test
    void staysOnTheSamePointWhenAnEarlierOneIsRemoved() {
        ChosenPoint chosen = new ChosenPoint();
        chosen.choose(3, 5);
        chosen.removed(1); // the points were 0 1 2 [3] 4; now 0 2 [3] 4, the chosen one at index 2
        assertEquals(2, chosen.index(4));
        chosen.removed(3); // a later point: the index stays
        assertEquals(2, chosen.index(3));
    }

    @Test
    void passesToTheNextPointWhenTheChosenOneIsRemoved() {
        ChosenPoint chosen = new ChosenPoint();
        chosen.choose(1, 3);
        chosen.removed(1);
        assertEquals(1, chosen.index(2));
        chosen.removed(1); // the last one went: the choice falls back to the new last point
        assertEquals(0, chosen.index(1));
    }

    @Test
    void clampsToThePointsThereAre() {
        ChosenPoint chosen = new ChosenPoint();
        assertEquals(-1, chosen.index(0));
        assertEquals(0, chosen.index(4));
        chosen.choose(9, 4);
        assertEquals(3, chosen.index(4));
        chosen.choose(-2, 4);
        assertEquals(0, chosen.index(4));
        chosen.choose(2, 0);
        assertEquals(-1, chosen.index(0));
    }
}

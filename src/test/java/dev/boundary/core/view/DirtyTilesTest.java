package dev.boundary.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DirtyTilesTest {
    @Test
    void aRectangleMarksTheTilesItTouchesAndTheLastTilesAreNarrower() {
        DirtyTiles tiles = new DirtyTiles();
        tiles.resize(100, 70); // 4 columns (32, 32, 32, 4 px) and 3 rows (32, 32, 6 px)
        assertEquals(4, tiles.columns());
        assertEquals(3, tiles.rows());
        assertEquals(0, tiles.count());
        tiles.mark(30, 30, 34, 34); // pixels 30..33 both ways: tiles (0, 0), (1, 0), (0, 1), (1, 1)
        assertEquals(4, tiles.count());
        assertTrue(tiles.isDirty(0) && tiles.isDirty(1) && tiles.isDirty(4) && tiles.isDirty(5));
        assertFalse(tiles.isDirty(2));
        tiles.mark(31, 31, 33, 33); // the same tiles again: still 4
        assertEquals(4, tiles.count());
        tiles.mark(98, 68, 120, 90); // the corner, clipped to the picture
        assertEquals(5, tiles.count());
        assertTrue(tiles.isDirty(11));
        assertEquals(96, tiles.left(11));
        assertEquals(64, tiles.top(11));
        assertEquals(4, tiles.width(11));
        assertEquals(6, tiles.height(11));
        tiles.mark(-20, -20, 0, 10); // wholly outside on the left
        tiles.mark(100, 0, 110, 10); // wholly outside on the right
        assertEquals(5, tiles.count());
        tiles.clear();
        assertEquals(0, tiles.count());
        assertFalse(tiles.isDirty(0));
    }
}

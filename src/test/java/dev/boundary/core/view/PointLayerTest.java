package dev.boundary.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.DataSet;
import org.junit.jupiter.api.Test;

class PointLayerTest {
    private static final int BLUE = 0x1D4ED8;
    private static final int ORANGE = 0xD97706;
    /** World [0, 10]² on 100 × 100 pixels: one world unit is 10 pixels, y up. */
    private static final Viewport VIEW = new Viewport(0, 10, 0, 10, 100, 100);

    private static int at(PointLayer layer, int x, int y) {
        return layer.pixels()[y * layer.width() + x];
    }

    @Test
    void aTrainingPointIsAFilledDiscWithAWhiteRim() {
        // One class-1 point at world (5, 5) = pixel (50, 50); 1 point → radius 5 px.
        PointLayer layer = new PointLayer(BLUE, ORANGE);
        DataSet one = new DataSet(2, new double[] {5, 5}, new double[] {1});
        assertTrue(layer.render(one, null, new double[] {0.9}, 0.5, VIEW, 1));
        assertEquals(100, layer.width());
        assertEquals(FieldColors.pack(BLUE), at(layer, 50, 50));
        assertEquals(FieldColors.pack(BLUE), at(layer, 53, 50)); // pixel centre 3.5 px from the middle
        // Pixel (55, 50) has its centre 5 px out, on the rim (4.5 to 5.5): white, opaque.
        assertEquals(FieldColors.pack(0xFFFFFF), at(layer, 55, 50));
        assertEquals(0, at(layer, 58, 50), "transparent outside");
        assertEquals(0, at(layer, 10, 10));
    }

    @Test
    void aTestPointIsHollowAndAMisclassifiedPointIsRinged() {
        PointLayer layer = new PointLayer(BLUE, ORANGE);
        DataSet one = new DataSet(2, new double[] {5, 5}, new double[] {1});
        // p̂ = 0.2 < 0.5 for a class-1 point: misclassified.
        layer.render(one, new boolean[] {true}, new double[] {0.2}, 0.5, VIEW, 1);
        int middle = at(layer, 50, 50);
        assertEquals(217, FieldColors.alpha(middle)); // 0.85 · 255, white
        assertEquals(255, FieldColors.red(middle));
        assertEquals(FieldColors.pack(BLUE), at(layer, 55, 50), "the outline, 2 px wide around radius 5");
        // The ring: radius 5 + 2.5 = 7.5, 1.2 px wide, so [6.9, 8.1]. The marker's middle is pixel 50,
        // so pixels 57 ([6.5, 7.5]) and 58 ([7.5, 8.5]) each hold about half of it: 2 of 4 samples
        // across, alpha about 128, in the ring's red.
        for (int x = 57; x <= 58; x++) {
            int ring = at(layer, x, 50);
            assertEquals(128, FieldColors.alpha(ring), 16, "pixel " + x);
            assertEquals(0xDC, FieldColors.red(ring));
            assertEquals(0x26, FieldColors.green(ring));
        }
        assertEquals(0, at(layer, 60, 50));
    }

    @Test
    void aClass0PointIsATriangle() {
        PointLayer layer = new PointLayer(BLUE, ORANGE);
        DataSet one = new DataSet(2, new double[] {5, 5}, new double[] {0});
        layer.render(one, null, new double[] {0.1}, 0.5, VIEW, 1);
        assertEquals(FieldColors.pack(ORANGE), at(layer, 50, 50));
        // The triangle's corners: top (0, −6), bottom ones (±5.5, 4): left and right of the top are
        // outside, while the bottom corners' row is inside near the middle.
        assertEquals(0, at(layer, 45, 45));
        assertEquals(FieldColors.pack(ORANGE), at(layer, 50, 53));
    }

    @Test
    void drawsAgainOnlyWhenSomethingShownChanged() {
        PointLayer layer = new PointLayer(BLUE, ORANGE);
        DataSet two = new DataSet(2, new double[] {2, 2, 8, 8}, new double[] {0, 1});
        assertTrue(layer.render(two, null, new double[] {0.2, 0.7}, 0.5, VIEW, 1));
        assertFalse(layer.render(two, null, new double[] {0.3, 0.8}, 0.5, VIEW, 1), "same sides, same picture");
        assertTrue(layer.render(two, null, new double[] {0.3, 0.4}, 0.5, VIEW, 1), "point 2 is now misclassified");
        assertTrue(layer.render(two, null, new double[] {0.3, 0.4}, 0.5, VIEW, 2), "another pixel ratio");
        assertEquals(200, layer.width());
    }

    @Test
    void newRingsOverTheKeptMarkersMakeTheSamePictureAsDrawingAfresh() {
        DataSet points = new DataSet(2, new double[] {2, 2, 2.5, 2.3, 8, 8, 5, 5, 5.4, 5.2}, new double[] {0, 1, 1, 0, 1});
        boolean[] test = {false, true, false, false, true};
        double[] p = {0.2, 0.7, 0.4, 0.6, 0.55};
        PointLayer kept = new PointLayer(BLUE, ORANGE);
        kept.render(points, test, p, 0.5, VIEW, 1);
        for (double t : new double[] {0.65, 0.3, 0.5}) {
            assertTrue(kept.render(points, test, p, t, VIEW, 1), "other points are misclassified at t = " + t);
            PointLayer fresh = new PointLayer(BLUE, ORANGE);
            fresh.render(points, test, p, t, VIEW, 1);
            for (int i = 0; i < 100 * 100; i++) {
                assertEquals(fresh.pixels()[i], kept.pixels()[i], "pixel " + i + " at t = " + t);
            }
        }
    }

    @Test
    void ringsThatComeAndGoRedrawOnlyTheirTilesAndMatchAFreshPicture() {
        // 400 points scattered over [0, 10]², on 300 × 300 device pixels (scale 1.5 of 200 × 200):
        // a grid of 10 × 10 tiles of 32 px (the last ones 12 px).
        Viewport view = new Viewport(0, 10, 0, 10, 200, 200);
        int m = 400;
        double[] xy = new double[2 * m];
        double[] labels = new double[m];
        boolean[] test = new boolean[m];
        double[] p = new double[m];
        for (int i = 0; i < m; i++) {
            xy[2 * i] = (i * 0.618034) % 1.0 * 10;
            xy[2 * i + 1] = (i * 0.754878) % 1.0 * 10;
            labels[i] = i % 2;
            test[i] = i % 7 == 0;
            p[i] = (i * 0.381966) % 1.0;
        }
        DataSet points = new DataSet(2, xy, labels);
        PointLayer kept = new PointLayer(BLUE, ORANGE);
        kept.render(points, test, p, 0.5, view, 1.5);
        assertTrue(kept.changedWhole(), "the first picture is drawn whole");
        assertEquals(300, kept.width());
        // Point 10 (class 0) is at world (1.8034, 5.4878): CSS pixel (36.07, 90.24), device pixel
        // (54.1, 135.4). Its side flips, so its ring comes or goes.
        double[] moved = p.clone();
        int i = 10;
        moved[i] = moved[i] >= 0.5 ? 0.1 : 0.9; // its side flips, so its ring comes or goes
        assertTrue(kept.render(points, test, moved, 0.5, view, 1.5));
        assertFalse(kept.changedWhole(), "only a ring changed");
        DirtyTiles tiles = kept.tiles();
        assertEquals(10, tiles.columns());
        // 400 points: markers of radius 3.5 CSS px = 5.25 device px, the ring's radius 5.25 + 2.5 · 1.5
        // = 9 and its sprite 2 · 11 + 1 = 23 px wide (half = ⌈9 + 0.6 · 1.5 + 1⌉ = 11), so pixels
        // 43–65 across and 124–146 down: tile columns 1 and 2, rows 3 and 4, tiles 31, 32, 41, 42.
        assertEquals(4, tiles.count());
        assertTrue(tiles.isDirty(31) && tiles.isDirty(32) && tiles.isDirty(41) && tiles.isDirty(42));
        assertSamePicture(kept, points, test, moved, 0.5, view);
        // A threshold that flips many points: the picture is still exactly the fresh one.
        for (double t : new double[] {0.3, 0.7, 0.5}) {
            assertTrue(kept.render(points, test, moved, t, view, 1.5));
            assertSamePicture(kept, points, test, moved, t, view);
        }
    }

    @Test
    void addingOrRemovingOnePointRedrawsOnlyAroundItAndMatchesAFreshPicture() {
        Viewport view = new Viewport(0, 10, 0, 10, 200, 200);
        int m = 400;
        double[] xy = new double[2 * m];
        double[] labels = new double[m];
        double[] p = new double[m];
        for (int i = 0; i < m; i++) {
            xy[2 * i] = (i * 0.618034) % 1.0 * 10;
            xy[2 * i + 1] = (i * 0.754878) % 1.0 * 10;
            labels[i] = i % 2;
            p[i] = (i * 0.381966) % 1.0;
        }
        DataSet points = new DataSet(2, xy, labels);
        PointLayer kept = new PointLayer(BLUE, ORANGE);
        kept.render(points, null, p, 0.5, view, 1.5);
        // A class-1 point added at world (5, 5), device pixel (150, 150), misclassified (p̂ 0.2).
        DataSet added = points.withPoint(new double[] {5, 5}, 1);
        double[] pAdded = java.util.Arrays.copyOf(p, m + 1);
        pAdded[m] = 0.2;
        assertTrue(kept.render(added, null, pAdded, 0.5, view, 1.5));
        assertFalse(kept.changedWhole(), "one point added");
        assertTrue(kept.markersChanged());
        // The largest sprite is the ring's, 23 px: pixels 139–161 both ways, tiles 4 and 5 both ways.
        assertEquals(4, kept.tiles().count());
        assertSamePicture(kept, added, null, pAdded, 0.5, view);
        // Point 10 removed: the points after it move down one, their rings with them.
        DataSet removed = added.withoutPoint(10);
        double[] pRemoved = new double[m];
        for (int i = 0, j = 0; i <= m; i++) {
            if (i != 10) {
                pRemoved[j++] = pAdded[i];
            }
        }
        assertTrue(kept.render(removed, null, pRemoved, 0.5, view, 1.5));
        assertFalse(kept.changedWhole(), "one point removed");
        assertSamePicture(kept, removed, null, pRemoved, 0.5, view);
        // Two points added at once (an import): the whole picture.
        DataSet two = removed.withPoint(new double[] {1, 1}, 0).withPoint(new double[] {2, 2}, 0);
        assertTrue(kept.render(two, null, java.util.Arrays.copyOf(pRemoved, m + 2), 0.5, view, 1.5));
        assertTrue(kept.changedWhole(), "two points added");
    }

    private static void assertSamePicture(PointLayer kept, DataSet points, boolean[] test, double[] p, double t,
            Viewport view) {
        PointLayer fresh = new PointLayer(BLUE, ORANGE);
        fresh.render(points, test, p, t, view, 1.5);
        for (int k = 0; k < 300 * 300; k++) {
            assertEquals(fresh.pixels()[k], kept.pixels()[k], "pixel " + k + " at t = " + t);
        }
    }

    @Test
    void hidingTestPointsOrAnotherViewRedrawsTheWholePicture() {
        PointLayer layer = new PointLayer(BLUE, ORANGE);
        DataSet two = new DataSet(2, new double[] {2, 2, 8, 8}, new double[] {0, 1});
        boolean[] test = {false, true};
        layer.render(two, test, new double[] {0.2, 0.7}, 0.5, VIEW, 1);
        layer.setShowTest(false);
        assertTrue(layer.render(two, test, new double[] {0.2, 0.7}, 0.5, VIEW, 1), "the test point is hidden");
        assertTrue(layer.changedWhole());
        assertEquals(0, at(layer, 80, 20), "no marker where the test point was");
        assertTrue(layer.render(two, test, new double[] {0.2, 0.7}, 0.5, new Viewport(0, 20, 0, 20, 100, 100), 1));
        assertTrue(layer.changedWhole(), "another view");
        DataSet moved = new DataSet(2, new double[] {2, 2, 9, 9}, new double[] {0, 1});
        assertTrue(layer.render(moved, test, new double[] {0.2, 0.7}, 0.5, VIEW, 1));
        assertTrue(layer.changedWhole(), "other points");
    }

    @Test
    void overBlendsStraightAlphaAsTheFormulaSays() {
        // Half-transparent red (128/255) over opaque blue: alpha 1, red 128, blue 127.
        int red = 128 << 24 | 0xFF;
        int blue = 0xFF << 24 | 0xFF << 16;
        int out = PointSprite.over(red, blue);
        assertEquals(255, FieldColors.alpha(out));
        assertEquals(128, FieldColors.red(out));
        assertEquals(127, FieldColors.blue(out));
        // Over a transparent pixel the source stays as it is.
        assertEquals(red, PointSprite.over(red, 0));
        // Half over half: alpha 0.5 + 0.5·0.5 = 0.75 → 191; red weight 0.5/0.75 → 170, blue 85.
        int halfBlue = 128 << 24 | 0xFF << 16;
        int mixed = PointSprite.over(red, halfBlue);
        assertEquals(192, FieldColors.alpha(mixed), 1);
        assertEquals(170, FieldColors.red(mixed), 1);
        assertEquals(85, FieldColors.blue(mixed), 1);
    }
}

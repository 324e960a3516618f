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

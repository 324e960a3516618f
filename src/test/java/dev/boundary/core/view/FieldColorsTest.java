package dev.boundary.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FieldColorsTest {
    /** 0xRRGGBB of a packed pixel, for comparing with the colour constants. */
    private static int rgb(int pixel) {
        return (FieldColors.red(pixel) << 16) | (FieldColors.green(pixel) << 8) | FieldColors.blue(pixel);
    }

    @Test
    void packsInTheByteOrderOfImageData() {
        // R, G, B, A = 0x11, 0x22, 0x33, 0xFF in memory is the little-endian int 0xFF332211.
        assertEquals(0xFF332211, FieldColors.pack(0x112233));
        assertEquals(0x11, FieldColors.red(0xFF332211));
        assertEquals(0x22, FieldColors.green(0xFF332211));
        assertEquals(0x33, FieldColors.blue(0xFF332211));
        assertEquals(0xFF, FieldColors.alpha(0xFF332211));
    }

    @Test
    void atFullStrengthTheEndsAreTheClassColoursAndTheThresholdIsNeutral() {
        FieldColors colors = new FieldColors(FieldColors.CLASS_0_RGB, FieldColors.CLASS_1_RGB,
                FieldColors.NEUTRAL_RGB, 1.0);
        assertEquals(0xF59E0B, rgb(colors.colour(0)));
        assertEquals(0x2563EB, rgb(colors.colour(1)));
        assertEquals(0xF8FAFC, rgb(colors.colour(0.5)));
        assertEquals(255, FieldColors.alpha(colors.colour(0.3)));
    }

    @Test
    void defaultTintsAreHalfwayFromNeutral() {
        // Halfway from #f8fafc (248, 250, 252) to #f59e0b (245, 158, 11), rounded half up: (247, 204, 132);
        // to #2563eb (37, 99, 235): (143, 175, 244).
        FieldColors colors = new FieldColors();
        assertEquals(0.5, colors.threshold());
        int orange = colors.colour(0);
        assertEquals(247, FieldColors.red(orange));
        assertEquals(204, FieldColors.green(orange));
        assertEquals(132, FieldColors.blue(orange));
        int blue = colors.colour(1);
        assertEquals(143, FieldColors.red(blue));
        assertEquals(175, FieldColors.green(blue));
        assertEquals(244, FieldColors.blue(blue));
        assertEquals(0xF8FAFC, rgb(colors.colour(0.5)));
    }

    @Test
    void theNeutralColourFollowsTheThreshold() {
        FieldColors colors = new FieldColors();
        colors.setThreshold(0.3);
        assertEquals(0xF8FAFC, rgb(colors.colour(0.3)));
        int below = colors.colour(0.25);
        int above = colors.colour(0.5);
        assertTrue(FieldColors.red(below) > FieldColors.blue(below), "just below t leans orange");
        assertTrue(FieldColors.blue(above) > FieldColors.red(above), "above t leans blue");
        // The ends keep their tints wherever the neutral point is.
        assertEquals(247, FieldColors.red(colors.colour(0)));
        assertEquals(143, FieldColors.red(colors.colour(1)));
    }

    @Test
    void eachSideFadesMonotonicallyTowardsNeutral() {
        FieldColors colors = new FieldColors();
        colors.setThreshold(0.6);
        int previousBlue = -1;
        for (int i = 0; i <= 60; i++) {
            int blue = FieldColors.blue(colors.colour(i / 100.0));
            assertTrue(blue >= previousBlue, "blue channel rises from orange to neutral");
            previousBlue = blue;
        }
        int previousRed = 256;
        for (int i = 60; i <= 100; i++) {
            int red = FieldColors.red(colors.colour(i / 100.0));
            assertTrue(red <= previousRed, "red channel falls from neutral to blue");
            previousRed = red;
        }
    }

    @Test
    void clampsOutOfRangeValuesAndPaintsNaNNeutral() {
        FieldColors colors = new FieldColors();
        assertEquals(colors.colour(0), colors.colour(-3));
        assertEquals(colors.colour(1), colors.colour(7));
        assertEquals(0xF8FAFC, rgb(colors.colour(Double.NaN)));
    }

    @Test
    void fillsOnePixelPerCell() {
        FieldColors colors = new FieldColors();
        int[] pixels = new int[4];
        colors.fill(new double[] {0, 0.5, 1, 99}, 3, pixels);
        assertEquals(colors.colour(0), pixels[0]);
        assertEquals(FieldColors.pack(FieldColors.NEUTRAL_RGB), pixels[1]);
        assertEquals(colors.colour(1), pixels[2]);
        assertEquals(0, pixels[3], "only count pixels are written");
    }

    @Test
    void scalesByTheCellUnderEachPixelCentre() {
        // A 2×2 grid on 4×4 pixels: pixel (px, py) shows cell (px / 2, py / 2).
        FieldColors colors = new FieldColors();
        double[] grid = {0, 1, 0.5, 0.25};
        int[] pixels = new int[16];
        colors.fillScaled(grid, 2, 2, pixels, 4, 4);
        for (int py = 0; py < 4; py++) {
            for (int px = 0; px < 4; px++) {
                assertEquals(colors.colour(grid[(py / 2) * 2 + px / 2]), pixels[py * 4 + px]);
            }
        }
        // 3 columns on 4 pixels: centres 0.5, 1.5, 2.5, 3.5 × 3/4 fall in columns 0, 1, 1, 2.
        int[] row = new int[4];
        colors.fillScaled(new double[] {0, 0.5, 1}, 3, 1, row, 4, 1);
        assertEquals(colors.colour(0), row[0]);
        assertEquals(colors.colour(0.5), row[1]);
        assertEquals(colors.colour(0.5), row[2]);
        assertEquals(colors.colour(1), row[3]);
    }

    @Test
    void fillingAllocatesNothing() {
        FieldColors colors = new FieldColors();
        double[] grid = new double[50 * 40];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = (i % 97) / 96.0;
        }
        int[] small = new int[grid.length];
        int[] large = new int[300 * 200];
        Allocations.assertNoneAfterWarmUp(() -> {
            colors.fill(grid, grid.length, small);
            colors.fillScaled(grid, 50, 40, large, 300, 200);
        });
    }

    @Test
    void rejectsBadStrengthThresholdAndSizes() {
        assertThrows(IllegalArgumentException.class, () -> new FieldColors(0, 0, 0, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new FieldColors().setThreshold(1.2));
        assertThrows(IllegalArgumentException.class, () -> new FieldColors().fill(new double[2], 3, new int[3]));
        assertThrows(IllegalArgumentException.class,
                () -> new FieldColors().fillScaled(new double[4], 2, 2, new int[15], 4, 4));
    }
}

package dev.boundary.core.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.DataSet;
import org.junit.jupiter.api.Test;

class ViewportTest {
    private static final double EXACT = 1e-12;

    @Test
    void mapsWorldToPixelsWithYPointingDown() {
        Viewport view = new Viewport(-2, 2, -1, 1, 400, 200);
        assertEquals(0, view.toPixelX(-2), EXACT);
        assertEquals(200, view.toPixelX(0), EXACT);
        assertEquals(400, view.toPixelX(2), EXACT);
        assertEquals(0, view.toPixelY(1), EXACT, "world top is pixel row 0");
        assertEquals(200, view.toPixelY(-1), EXACT);
        assertEquals(50, view.toPixelY(0.5), EXACT);
    }

    @Test
    void pixelToWorldIsTheInverse() {
        Viewport view = new Viewport(-3, 5, 10, 12, 640, 480);
        assertEquals(-3, view.toWorldX(0), EXACT);
        assertEquals(1, view.toWorldX(320), EXACT);
        assertEquals(12, view.toWorldY(0), EXACT);
        assertEquals(11.5, view.toWorldY(120), EXACT);
        for (double x = -3; x <= 5; x += 0.37) {
            assertEquals(x, view.toWorldX(view.toPixelX(x)), 1e-12);
        }
        for (double y = 10; y <= 12; y += 0.13) {
            assertEquals(y, view.toWorldY(view.toPixelY(y)), 1e-12);
        }
    }

    @Test
    void cellCentresSplitTheRangeEvenlyWithRowZeroAtTheTop() {
        Viewport view = new Viewport(-2, 2, -1, 1, 100, 100);
        assertEquals(-1.5, view.cellCentreX(0, 4), EXACT);
        assertEquals(-0.5, view.cellCentreX(1, 4), EXACT);
        assertEquals(1.5, view.cellCentreX(3, 4), EXACT);
        assertEquals(0.5, view.cellCentreY(0, 2), EXACT);
        assertEquals(-0.5, view.cellCentreY(1, 2), EXACT);
    }

    @Test
    void fitsTwoFeatureDataWithAMargin() {
        DataSet data = new DataSet(2, new double[] {0, 0, 4, 2, 1, 1}, new double[] {0, 1, 0});
        Viewport view = Viewport.fit(data, 300, 300, 0.25, false);
        // x spans 0..4 (margin 1), y spans 0..2 (margin 0.5).
        assertEquals(-1, view.xMin(), EXACT);
        assertEquals(5, view.xMax(), EXACT);
        assertEquals(-0.5, view.yMin(), EXACT);
        assertEquals(2.5, view.yMax(), EXACT);
        assertTrue(view.contains(4, 2));
        assertFalse(view.contains(5.1, 0));
    }

    @Test
    void squareAspectWidensTheShorterRange() {
        DataSet data = new DataSet(2, new double[] {0, 0, 4, 2}, new double[] {0, 1});
        Viewport view = Viewport.fit(data, 300, 300, 0.25, true);
        // 6 world units across 300 px = 0.02 per px; y (3 units) widens to 6 around its centre 1.
        assertEquals(-1, view.xMin(), EXACT);
        assertEquals(5, view.xMax(), EXACT);
        assertEquals(-2, view.yMin(), EXACT);
        assertEquals(4, view.yMax(), EXACT);
        double unitX = view.toPixelX(1) - view.toPixelX(0);
        double unitY = view.toPixelY(0) - view.toPixelY(1);
        assertEquals(unitX, unitY, 1e-9);
    }

    @Test
    void squareAspectOnAWideCanvasWidensX() {
        DataSet data = new DataSet(2, new double[] {0, 0, 1, 1}, new double[] {0, 1});
        Viewport view = Viewport.fit(data, 400, 200, 0.0, true);
        assertEquals(-0.5, view.xMin(), EXACT);
        assertEquals(1.5, view.xMax(), EXACT);
        assertEquals(0, view.yMin(), EXACT);
        assertEquals(1, view.yMax(), EXACT);
    }

    @Test
    void oneFeatureDataGetsTheProbabilityAxis() {
        DataSet data = new DataSet(1, new double[] {1, 3, 2}, new double[] {0, 1, 1});
        Viewport view = Viewport.fit(data, 200, 100, 0.1, true);
        assertEquals(0.8, view.xMin(), EXACT);
        assertEquals(3.2, view.xMax(), EXACT);
        assertEquals(-0.1, view.yMin(), EXACT);
        assertEquals(1.1, view.yMax(), EXACT);
    }

    @Test
    void degenerateDataGetAUnitRangeAroundThem() {
        DataSet single = new DataSet(2, new double[] {3, 3}, new double[] {1});
        Viewport view = Viewport.fit(single, 10, 10, 0, false);
        assertEquals(2, view.xMin(), EXACT);
        assertEquals(4, view.xMax(), EXACT);
        assertEquals(2, view.yMin(), EXACT);
        assertEquals(4, view.yMax(), EXACT);
        Viewport empty = Viewport.fit(DataSet.empty(2), 10, 10, 0.5, false);
        assertEquals(-2, empty.xMin(), EXACT);
        assertEquals(2, empty.yMax(), EXACT);
    }

    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(2, Viewport.niceStep(10, 5), 0);
        assertEquals(0.1, Viewport.niceStep(1, 10), 0);
        assertEquals(1, Viewport.niceStep(7, 5), 0); // raw 1.4 < √2
        assertEquals(2, Viewport.niceStep(1.5, 1), 0); // raw 1.5 ≥ √2
        assertEquals(2, Viewport.niceStep(3, 1), 0); // raw 3 < √10
        assertEquals(5, Viewport.niceStep(4, 1), 0); // raw 4 ≥ √10
        assertEquals(10, Viewport.niceStep(8, 1), 0); // raw 8 ≥ √50
        assertEquals(500, Viewport.niceStep(2500, 5), 0);
        assertEquals(0.005, Viewport.niceStep(0.05, 10), 0);
    }

    @Test
    void ticksAreExactMultiplesOfTheStepInsideTheRange() {
        // Span 3.5 over 5 ticks: raw 0.7, so steps of 0.5 from the first multiple ≥ −1.3.
        assertArrayEquals(new double[] {-1, -0.5, 0, 0.5, 1, 1.5, 2}, Viewport.ticks(-1.3, 2.2, 5), 0);
        assertArrayEquals(new double[] {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1},
                Viewport.ticks(0, 1, 10), 0);
        assertArrayEquals(new double[] {0, 500, 1000, 1500, 2000, 2500}, Viewport.ticks(0, 2500, 5), 0);
        Viewport view = new Viewport(-1, 1, 0, 1, 100, 100);
        assertArrayEquals(new double[] {-1, -0.5, 0, 0.5, 1}, view.xTicks(4), 0);
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1}, view.yTicks(5), 0);
    }

    @Test
    void decimalsPrintTheStepExactly() {
        assertEquals(0, Viewport.decimals(2));
        assertEquals(0, Viewport.decimals(100));
        assertEquals(0, Viewport.decimals(1));
        assertEquals(1, Viewport.decimals(0.5));
        assertEquals(1, Viewport.decimals(0.1));
        assertEquals(2, Viewport.decimals(0.05));
        assertEquals(3, Viewport.decimals(0.001));
    }

    @Test
    void rejectsEmptyRangesAndPixelRectangles() {
        assertThrows(IllegalArgumentException.class, () -> new Viewport(1, 1, 0, 1, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> new Viewport(0, 1, 2, 1, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> new Viewport(0, 1, 0, 1, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new Viewport(0, Double.NaN, 0, 1, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> Viewport.ticks(1, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> Viewport.niceStep(1, 0));
    }

    /** The plot's view of extreme but allowed points shows them all, on a span its ticks can divide. */
    @Test
    void extremeButAllowedPointsGetAViewThatFitsThem() {
        double[][] sets = {
            {1e17, 0, 1e17, 1, 1e17, 2}, // three points at x = 1e17: ± 1 vanishes in rounding
            {0, 0, 5e-324, 5e-324, 0, 5e-324}, // subnormal spans
            {-1e100, -1e100, 1e100, 1e100, 0, 0}, // the coordinate limit on both sides
        };
        for (double[] values : sets) {
            DataSet data = new DataSet(2, values, new double[] {0, 1, 0});
            Viewport view = Viewport.forPlot(data);
            for (int i = 0; i < data.size(); i++) {
                assertTrue(view.xMin() < data.feature(i, 0) && data.feature(i, 0) < view.xMax(), view.toString());
                assertTrue(view.yMin() < data.feature(i, 1) && data.feature(i, 1) < view.yMax(), view.toString());
            }
            assertTrue(view.xTicks(6).length >= 2, view.toString());
            assertTrue(view.yTicks(6).length >= 2, view.toString());
        }
    }

    @Test
    void theSamePixelSizeIsTheSameViewAndEqualViewsAreTheSame() {
        Viewport view = new Viewport(-2, 2, -1, 1, 80, 40);
        assertSame(view, view.withPixelSize(80, 40));
        Viewport wider = view.withPixelSize(81, 40);
        assertEquals(81, wider.width());
        assertFalse(wider.sameAs(view));
        assertTrue(view.sameAs(new Viewport(-2, 2, -1, 1, 80, 40)));
        assertFalse(view.sameAs(new Viewport(-2, 2, -1, 1.5, 80, 40)));
        assertFalse(view.sameAs(null));
    }
}

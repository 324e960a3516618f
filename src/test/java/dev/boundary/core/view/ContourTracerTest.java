package dev.boundary.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContourTracerTest {
    private static final double EXACT = 1e-12;
    /** The 2×2 grid of the saddle tests: centres x ∈ {0.25, 0.75}, y ∈ {0.75 (row 0), 0.25 (row 1)}. */
    private static final Viewport UNIT = new Viewport(0, 1, 0, 1, 10, 10);

    private static double logit(double t) {
        return Math.log(t / (1 - t));
    }

    /**
     * One neuron p̂ = σ(w1·x + w2·y + b): the contour p̂ = t is the line w1·x + w2·y + b = logit(t).
     *
     * <p>Tolerance: along a cell edge of length h the logit changes by at most |g|·h with |g| ≤ |w|
     * (g = w1 or w2). Linear interpolation of f = σ(z) misplaces the root by at most
     * max|f''|·h² / (8·min|f'|) along the edge; with f' = g·σ'(z), f'' = g²·σ''(z), |σ''| ≤ σ' and
     * σ'(z)/σ'(z') ≤ e^{|z − z'|}, that is at most |g|·h²·e^{|g|h}/8, so the logit at the traced point
     * is off by at most g²·h²·e^{|g|h}/8 and its distance to the line, that divided by |w|, by at most
     * |w|·h²·e^{|w|h}/8 (≈ 8.5e−4 here).
     */
    @Test
    void neuronContoursLieOnTheirAnalyticLines() {
        double w1 = 2;
        double w2 = -1;
        double b = 0.5;
        double norm = Math.hypot(w1, w2);
        int n = 121;
        Viewport view = new Viewport(-3, 3, -3, 3, 600, 600);
        double h = 6.0 / n;
        double tolerance = norm * h * h * Math.exp(norm * h) / 8 + 1e-12;
        ProbabilityField field = new ProbabilityField();
        field.compute(ProbabilityFieldTest.neuron(w1, w2, b), view, n, n);
        ContourTracer tracer = new ContourTracer();
        for (double t : new double[] {0.5, 0.2, 0.9}) {
            int count = tracer.trace(field, t);
            assertTrue(count > 100, "a line across 121 cells crosses more than 100 squares, got " + count);
            double length = 0;
            for (int i = 0; i < count; i++) {
                assertEquals(0, (w1 * tracer.x1(i) + w2 * tracer.y1(i) + b - logit(t)) / norm, tolerance);
                assertEquals(0, (w1 * tracer.x2(i) + w2 * tracer.y2(i) + b - logit(t)) / norm, tolerance);
                length += Math.hypot(tracer.x2(i) - tracer.x1(i), tracer.y2(i) - tracer.y1(i));
            }
            // The whole line inside the rectangle of cell centres is covered. Each segment ends within
            // the tolerance of the line, so the polyline is longer than the chord by second-order terms
            // only; the ends on the rectangle may be off by tolerance / sin(angle) ≤ 3 × tolerance.
            double half = 3 - h / 2;
            assertEquals(clippedLength(w1, w2, b - logit(t), half), length, 0.01);
        }
    }

    /** Length of the line w1·x + w2·y + c = 0 inside the square [−half, half]², by parametrising it. */
    private static double clippedLength(double w1, double w2, double c, double half) {
        double norm = Math.hypot(w1, w2);
        double px = -w1 * c / (norm * norm); // the line's point nearest the origin
        double py = -w2 * c / (norm * norm);
        double dx = -w2 / norm; // unit direction along the line
        double dy = w1 / norm;
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        double[][] slabs = {{px, dx}, {py, dy}};
        for (double[] slab : slabs) {
            if (slab[1] != 0) {
                double s1 = (-half - slab[0]) / slab[1];
                double s2 = (half - slab[0]) / slab[1];
                low = Math.max(low, Math.min(s1, s2));
                high = Math.min(high, Math.max(s1, s2));
            }
        }
        return Math.max(0, high - low);
    }

    @Test
    void oneInputBoundaryIsAVerticalLine() {
        // p̂ = σ(4x − 2) crosses 0.5 at x = 0.5 in every row.
        Network network = new Network(ModelSpec.logistic(1));
        network.setLayer(0, new double[] {4}, new double[] {-2});
        ProbabilityField field = new ProbabilityField();
        field.compute(network, new Viewport(0, 1, -0.1, 1.1, 100, 100), 41, 12);
        ContourTracer tracer = new ContourTracer();
        assertEquals(11, tracer.trace(field, 0.5), "one vertical segment per pair of rows");
        for (int i = 0; i < 11; i++) {
            // h = 1/41 and |w|h ≈ 0.1: by the bound above, well under 1e-4.
            assertEquals(0.5, tracer.x1(i), 1e-4);
            assertEquals(0.5, tracer.x2(i), 1e-4);
        }
    }

    /**
     * f = x² + y² has second derivative 2 along every edge, so linear interpolation misses f by at
     * most 2·h²/8 = h²/4: at a traced point |r² − 1| ≤ h²/4, hence |r − 1| ≤ h²/(4(1 + r)) ≤ h²/4.
     */
    @Test
    void circleContourLiesNearTheCircleAndCloses() {
        int n = 100;
        Viewport view = new Viewport(-2, 2, -2, 2, 400, 400);
        double h = 4.0 / n;
        double[] values = new double[n * n];
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                double x = view.cellCentreX(col, n);
                double y = view.cellCentreY(row, n);
                values[row * n + col] = x * x + y * y;
            }
        }
        ContourTracer tracer = new ContourTracer();
        int count = tracer.trace(values, n, n, view, 1.0);
        double length = 0;
        Map<String, Integer> ends = new HashMap<>();
        for (int i = 0; i < count; i++) {
            assertEquals(1, Math.hypot(tracer.x1(i), tracer.y1(i)), h * h / 4);
            assertEquals(1, Math.hypot(tracer.x2(i), tracer.y2(i)), h * h / 4);
            length += Math.hypot(tracer.x2(i) - tracer.x1(i), tracer.y2(i) - tracer.y1(i));
            ends.merge(tracer.x1(i) + "," + tracer.y1(i), 1, Integer::sum);
            ends.merge(tracer.x2(i) + "," + tracer.y2(i), 1, Integer::sum);
        }
        // A polygon with vertices within 4e-4 of the unit circle and sides ≤ √2·h: perimeter 2π to
        // well within 1 %.
        assertEquals(2 * Math.PI, length, 0.01 * 2 * Math.PI);
        // Closed without gaps: every end point is shared, bit for bit, by exactly two segments.
        assertEquals(count, ends.size());
        for (int shared : ends.values()) {
            assertEquals(2, shared);
        }
    }

    @Test
    void aFieldEntirelyOnOneSideHasNoContour() {
        ContourTracer tracer = new ContourTracer();
        assertEquals(0, tracer.trace(new double[] {0.7, 0.8, 0.9, 0.75}, 2, 2, UNIT, 0.5));
        assertEquals(0, tracer.trace(new double[] {0.1, 0.2, 0.3, 0.4}, 2, 2, UNIT, 0.5));
        assertEquals(0, tracer.trace(new double[] {0.5, 0.5, 0.5, 0.5}, 2, 2, UNIT, 0.5), "p̂ = t counts as above");
        assertEquals(0, tracer.trace(new double[] {0.1, 0.9}, 2, 1, UNIT, 0.5), "one row has no squares");
    }

    @Test
    void oneCornerAboveGivesOneInterpolatedSegment() {
        // TL = 1, others 0, level 0.25: crossings a quarter of the way from TL along the top and left edges.
        ContourTracer tracer = new ContourTracer();
        assertEquals(1, tracer.trace(new double[] {1, 0, 0, 0}, 2, 2, UNIT, 0.25));
        assertSegment(tracer, 0.25 + 0.75 * 0.5, 0.75, 0.25, 0.75 - 0.75 * 0.5);
    }

    @Test
    void saddleWithAboveAverageMiddleJoinsTheAboveCorners() {
        // TL = BR = 1, TR = BL = 0: average 0.5 ≥ 0.5, so the below corners TR and BL are cut off.
        ContourTracer tracer = new ContourTracer();
        assertEquals(2, tracer.trace(new double[] {1, 0, 0, 1}, 2, 2, UNIT, 0.5));
        assertSegment(tracer, 0.5, 0.75, 0.75, 0.5);
        assertSegment(tracer, 0.25, 0.5, 0.5, 0.25);
        // The mirror image TR = BL = 1 cuts off TL and BR instead.
        assertEquals(2, tracer.trace(new double[] {0, 1, 1, 0}, 2, 2, UNIT, 0.5));
        assertSegment(tracer, 0.5, 0.75, 0.25, 0.5);
        assertSegment(tracer, 0.75, 0.5, 0.5, 0.25);
    }

    @Test
    void saddleWithBelowAverageMiddleJoinsTheBelowCorners() {
        // TL = 0.9, BR = 0.7, TR = BL = 0: average 0.4 < 0.5, so the above corners TL and BR are cut off.
        // Top edge from 0.9 to 0: crosses at 4/9 of 0.5; right edge from 0 to 0.7: at 5/7 of 0.5.
        ContourTracer tracer = new ContourTracer();
        assertEquals(2, tracer.trace(new double[] {0.9, 0, 0, 0.7}, 2, 2, UNIT, 0.5));
        assertSegment(tracer, 0.25 + 2.0 / 9, 0.75, 0.25, 0.75 - 2.0 / 9);
        assertSegment(tracer, 0.75, 0.75 - 5.0 / 14, 0.25 + 5.0 / 14, 0.25);
    }

    private static void assertSegment(ContourTracer tracer, double ax, double ay, double bx, double by) {
        for (int i = 0; i < tracer.segmentCount(); i++) {
            if (near(tracer.x1(i), tracer.y1(i), ax, ay) && near(tracer.x2(i), tracer.y2(i), bx, by)
                    || near(tracer.x1(i), tracer.y1(i), bx, by) && near(tracer.x2(i), tracer.y2(i), ax, ay)) {
                return;
            }
        }
        throw new AssertionError("no segment from (" + ax + ", " + ay + ") to (" + bx + ", " + by + ")");
    }

    private static boolean near(double x, double y, double expectedX, double expectedY) {
        return Math.abs(x - expectedX) < EXACT && Math.abs(y - expectedY) < EXACT;
    }

    @Test
    void growsItsBufferForLongContoursAndThenAllocatesNothing() {
        // A checkerboard at level 0.5 puts a segment pair in nearly every square: far more than 256.
        int n = 60;
        double[] values = new double[n * n];
        for (int i = 0; i < values.length; i++) {
            values[i] = ((i / n + i % n) % 2 == 0) ? 1.0 : 0.0;
        }
        Viewport view = new Viewport(0, 1, 0, 1, 60, 60);
        ContourTracer tracer = new ContourTracer();
        // Every one of the 59×59 squares is a saddle with average exactly 0.5: two segments each.
        assertEquals(2 * 59 * 59, tracer.trace(values, n, n, view, 0.5));
        Allocations.assertNoneAfterWarmUp(() -> tracer.trace(values, n, n, view, 0.5));
    }

    @Test
    void rejectsTooFewValuesAndNonFiniteLevels() {
        ContourTracer tracer = new ContourTracer();
        assertThrows(IllegalArgumentException.class, () -> tracer.trace(new double[3], 2, 2, UNIT, 0.5));
        assertThrows(IllegalArgumentException.class, () -> tracer.trace(new double[4], 2, 2, UNIT, Double.NaN));
    }
}

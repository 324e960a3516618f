package dev.boundary.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.train.History;
import org.junit.jupiter.api.Test;

/** The cost charts' numbers, worked by hand: scales, the y range and the per-column summaries. */
class CostScaleTest {

    private static History costs(double... values) {
        History history = new History();
        for (double value : values) {
            history.add(value, 0.5);
        }
        return history;
    }

    private static CostScale scale(boolean log) {
        CostScale scale = new CostScale();
        scale.setLogScale(log);
        return scale;
    }

    @Test
    void aLogScaleDrawsTheDecadeOfEachCost() {
        CostScale log = scale(true);
        assertEquals(2, log.scaled(100), 0);
        assertEquals(-3, log.scaled(0.001), 1e-15);
        // A cost of 0 is drawn at 10^−300, so it stays on the chart.
        assertEquals(-300, log.scaled(0), 0);
        assertTrue(Double.isNaN(log.scaled(Double.NaN)));
        assertEquals(Double.POSITIVE_INFINITY, log.scaled(Double.POSITIVE_INFINITY));
        assertEquals(0.25, scale(false).scaled(0.25), 0);
    }

    @Test
    void aLinearRangeStartsAtZeroAndEndsAtTheHighestCost() {
        // Costs 4, 2, 1: from 0 (not 1) to 4; 2 is half-way down, 1 three quarters.
        CostScale linear = scale(false);
        linear.include(costs(4, 2, 1), false);
        linear.settle();
        assertEquals(0, linear.low(), 0);
        assertEquals(4, linear.high(), 0);
        assertEquals(0.5, linear.fromTop(2), 0);
        assertEquals(0.75, linear.fromTop(1), 0);
        assertEquals("4.000", linear.label(linear.high()));
    }

    @Test
    void aLogRangeSpansTheDecadesOfTheCosts() {
        // Costs 4, 2, 1: log10 from 0 to log10 4 = 2·log10 2, so 2 is half-way down.
        CostScale log = scale(true);
        log.include(costs(4, 2, 1), false);
        log.settle();
        assertEquals(0, log.low(), 0);
        assertEquals(0.6020599913279624, log.high(), 1e-16);
        assertEquals(0.5, log.fromTop(log.scaled(2)), 1e-15);
        // Labels give the cost, not its logarithm.
        assertEquals("4.000", log.label(log.high()));
        assertEquals("1.000", log.label(log.low()));
    }

    @Test
    void nonFiniteCostsAreLeftOutAndTheTestSeriesCounts() {
        History history = new History();
        history.add(0.5, 1, 0.75, 1);
        history.add(Double.NaN, 1, 3, 1);
        history.add(Double.POSITIVE_INFINITY, 1, 0.25, 1);
        history.add(0.25, 1, Double.NaN, 1);
        CostScale linear = scale(false);
        linear.include(history, false);
        linear.settle();
        assertEquals(0.5, linear.high(), 0);
        linear.clear();
        linear.include(history, false);
        linear.include(history, true);
        linear.settle();
        assertEquals(0, linear.low(), 0);
        assertEquals(3, linear.high(), 0);
    }

    @Test
    void aFlatRunGetsSomeHeight() {
        // Linear: 0.5 twice gets a tenth of its value above it (0.55) and starts at 0.
        CostScale linear = scale(false);
        linear.include(costs(0.5, 0.5), false);
        linear.settle();
        assertEquals(0, linear.low(), 0);
        assertEquals(0.55, linear.high(), 1e-15);
        // Log: 100 twice spans one decade, 10^2 to 10^3.
        CostScale log = scale(true);
        log.include(costs(100, 100), false);
        log.settle();
        assertEquals(2, log.low(), 0);
        assertEquals(3, log.high(), 0);
        // A flat run at 0 gets 10^−6 (a tenth of 0 would be no height).
        CostScale zero = scale(false);
        zero.include(costs(0, 0), false);
        zero.settle();
        assertEquals(1e-6, zero.high(), 0);
    }

    @Test
    void withoutAnyFiniteCostTheRangeIsZeroToOne() {
        CostScale linear = scale(false);
        linear.include(costs(Double.NaN), false);
        assertTrue(linear.isEmpty());
        linear.settle();
        assertEquals(0, linear.low(), 0);
        assertEquals(1, linear.high(), 0);
    }

    @Test
    void eachPixelColumnSummarisesItsEpochs() {
        // 10 epochs over 4 columns: epochs 0–1, 2–4, 5–6 and 7–9 (column c starts at c·10/4, rounded down).
        History history = costs(9, 8, 7, Double.NaN, 5, 4, 3, 2, 1, 0);
        CostScale linear = scale(false);
        assertTrue(linear.summarise(history, false, 0, 4, 10));
        assertEquals(0, linear.columnFrom());
        assertEquals(2, linear.columnCount());
        assertEquals(8, linear.columnMin(), 0);
        assertEquals(9, linear.columnMax(), 0);
        assertEquals(17, linear.columnSum(), 0);
        // Epoch 3's NaN is left out of column 1.
        assertTrue(linear.summarise(history, false, 1, 4, 10));
        assertEquals(2, linear.columnFrom());
        assertEquals(2, linear.columnCount());
        assertEquals(5, linear.columnMin(), 0);
        assertEquals(7, linear.columnMax(), 0);
        assertEquals(12, linear.columnSum(), 0);
        assertTrue(linear.summarise(history, false, 3, 4, 10));
        assertEquals(7, linear.columnFrom());
        assertEquals(3, linear.columnCount());
        assertEquals(3, linear.columnSum(), 0);
    }

    @Test
    void aColumnPastTheEndOfAShorterRunHasNothing() {
        // A comparison planned for 19 epochs (20 entries) over 4 columns, 6 entries so far: column 0
        // holds epochs 0–4, column 1 only epoch 5, column 2 starts past the end.
        History history = costs(1, 1, 1, 1, 1, 0.5);
        CostScale linear = scale(false);
        assertTrue(linear.summarise(history, false, 0, 4, 20));
        assertEquals(5, linear.columnCount());
        assertTrue(linear.summarise(history, false, 1, 4, 20));
        assertEquals(5, linear.columnFrom());
        assertEquals(1, linear.columnCount());
        assertEquals(0.5, linear.columnMin(), 0);
        assertFalse(linear.summarise(history, false, 2, 4, 20));
    }

    @Test
    void moreColumnsThanEpochsGiveEachColumnAtLeastOne() {
        // 2 epochs over 4 columns: column 1 starts at epoch 0 (1·2/4 rounded down) and still holds one.
        History history = costs(3, 1);
        CostScale linear = scale(false);
        assertTrue(linear.summarise(history, false, 1, 4, 2));
        assertEquals(0, linear.columnFrom());
        assertEquals(1, linear.columnCount());
        assertEquals(3, linear.columnMax(), 0);
    }

    @Test
    void decadesAreLabelledAsNumbersDownToAThousandth() {
        assertEquals("10", CostScale.decadeLabel(1));
        assertEquals("1", CostScale.decadeLabel(0));
        assertEquals("0.1", CostScale.decadeLabel(-1));
        assertEquals("0.001", CostScale.decadeLabel(-3));
        assertEquals("1e-4", CostScale.decadeLabel(-4));
    }
}

package dev.boundary.core.view;

import dev.boundary.core.math.Numbers;
import dev.boundary.core.train.History;

/**
 * The numbers of a cost chart: a cost as drawn (itself, or its decade on a log scale), the y range the
 * drawn costs span, and per pixel column a summary of the epochs that fall in it, so a long run is
 * drawn one column at a time while every epoch is kept. Reused from draw to draw; allocates nothing.
 */
public final class CostScale {
    private boolean logScale;
    private double low = Double.POSITIVE_INFINITY;
    private double high = Double.NEGATIVE_INFINITY;
    // The column summarise read last.
    private int columnFrom;
    private int columnCount;
    private double columnMin;
    private double columnMax;
    private double columnSum;

    public void setLogScale(boolean value) {
        logScale = value;
    }

    public boolean logScale() {
        return logScale;
    }

    /**
     * A cost as drawn: itself, or log10 of it on a log scale (of 10⁻³⁰⁰ at least, so a cost of 0 stays
     * on the chart); NaN and ∞ stay as they are.
     */
    public double scaled(double cost) {
        if (!finite(cost)) {
            return cost;
        }
        return logScale ? StrictMath.log10(StrictMath.max(cost, 1e-300)) : cost;
    }

    /** Forgets the range, before {@link #include} of what the next drawing shows. */
    public void clear() {
        low = Double.POSITIVE_INFINITY;
        high = Double.NEGATIVE_INFINITY;
    }

    /** Widens the range to every finite cost of the history's training series, or of its test series. */
    public void include(History history, boolean test) {
        for (int i = 0; i < history.size(); i++) {
            double value = scaled(test ? history.testCost(i) : history.cost(i));
            if (finite(value)) {
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
    }

    /** True when nothing included had a finite cost. */
    public boolean isEmpty() {
        return low > high;
    }

    /**
     * Makes the range ready to draw: 0 to 1 when no cost was finite; a flat run gets some height (a
     * decade on a log scale, else a tenth of its value but at least 10⁻⁶); a linear scale starts at 0.
     */
    public void settle() {
        if (isEmpty()) {
            low = 0;
            high = 1;
        }
        if (high - low < 1e-12) {
            high = low + (logScale ? 1 : Math.max(1e-6, Math.abs(low) * 0.1));
        }
        if (!logScale) {
            low = Math.min(low, 0);
        }
    }

    /** The bottom of the range, in drawn (scaled) units. */
    public double low() {
        return low;
    }

    /** The top of the range, in drawn (scaled) units. */
    public double high() {
        return high;
    }

    /** Where a drawn value sits from the top of the range (0) to its bottom (1). */
    public double fromTop(double scaledValue) {
        return (high - scaledValue) / (high - low);
    }

    /** A drawn value as the cost it stands for, with 3 decimals (scientific when tiny or huge). */
    public String label(double scaledValue) {
        return Numbers.compact(logScale ? StrictMath.pow(10, scaledValue) : scaledValue, 3);
    }

    /** The label of the log scale's gridline at 10^exponent: 10, 1, 0.1, 0.01, 0.001, then 1e-4, 1e-5, … */
    public static String decadeLabel(int exponent) {
        return exponent >= -3 ? Numbers.shortest(StrictMath.pow(10, exponent)) : "1e" + exponent;
    }

    /**
     * Summarises pixel column {@code column} of {@code columns} when the chart's width spans
     * {@code span} entries of the history: the column starts at entry ⌊column·span/columns⌋, holds at
     * least that one, and ends where the next column starts. Sets {@link #columnFrom}, and over the
     * finite drawn costs in it {@link #columnCount}, {@link #columnMin}, {@link #columnMax} and
     * {@link #columnSum}. Returns false when the column starts past the history's end.
     */
    public boolean summarise(History history, boolean test, int column, int columns, int span) {
        columnFrom = (int) ((long) column * span / columns);
        int to = Math.max(columnFrom + 1, (int) ((long) (column + 1) * span / columns));
        if (columnFrom >= history.size()) {
            return false;
        }
        columnCount = 0;
        columnMin = Double.POSITIVE_INFINITY;
        columnMax = Double.NEGATIVE_INFINITY;
        columnSum = 0;
        for (int i = columnFrom; i < Math.min(to, history.size()); i++) {
            double value = scaled(test ? history.testCost(i) : history.cost(i));
            if (finite(value)) {
                columnMin = Math.min(columnMin, value);
                columnMax = Math.max(columnMax, value);
                columnSum += value;
                columnCount++;
            }
        }
        return true;
    }

    /** The first entry of the column last summarised. */
    public int columnFrom() {
        return columnFrom;
    }

    /** How many finite costs the column last summarised holds. */
    public int columnCount() {
        return columnCount;
    }

    public double columnMin() {
        return columnMin;
    }

    public double columnMax() {
        return columnMax;
    }

    public double columnSum() {
        return columnSum;
    }

    private static boolean finite(double value) {
        return value - value == 0.0;
    }
}

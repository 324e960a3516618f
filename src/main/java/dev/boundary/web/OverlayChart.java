package dev.boundary.web;

import dev.boundary.core.compare.Comparison;
import dev.boundary.core.math.Numbers;
import dev.boundary.core.train.History;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * The cost curves of a {@link Comparison} on one chart ({@code #compare-chart}), one colour and dash
 * pattern per run so they stay apart without colour. Long runs are drawn as one min–max bar per pixel column,
 * as the main cost chart does. A run that stopped on a non-finite cost gets a cross where it stopped
 * and the words "NaN at epoch k" (or ∞), so a run that never drew a line is still on the chart.
 */
final class OverlayChart {
    /** Colours and dash patterns of runs 0, 1, 2 (the legend's swatches use the same, in style.css). */
    static final String[] COLOURS = {"#0f766e", "#c2410c", "#6d28d9"};
    private static final double[][] DASHES = {{}, {7, 4}, {2, 3}};
    /** Columns either side averaged into each point of a noisy run's line. */
    private static final int SMOOTHING = 4;
    private static final double LEFT = 52;
    private static final double RIGHT = 10;
    private static final double TOP = 10;
    private static final double BOTTOM = 24;

    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private final DashedPen pen;
    private double[] sums = new double[0];
    private int[] counts = new int[0];
    // The column {@link #summarise} last read.
    private int from;
    private int count;
    private double columnMin;
    private double columnMax;
    private double columnSum;
    private boolean logScale = true;
    private double drawnWidth = -1;

    OverlayChart(HTMLCanvasElement canvas) {
        this.canvas = canvas;
        this.context = (CanvasRenderingContext2D) canvas.getContext("2d");
        this.pen = new DashedPen(context);
    }

    void setLogScale(boolean value) {
        logScale = value;
    }

    /** True when the canvas's CSS width changed since the last draw (a resize or a rotated phone). */
    boolean resized() {
        return Dom.cssWidth(canvas) != drawnWidth;
    }

    /** Draws the comparison's histories so far; null draws the empty chart with a hint. */
    void draw(Comparison comparison) {
        drawnWidth = Dom.cssWidth(canvas);
        double cssWidth = Math.max(240, drawnWidth);
        double cssHeight = Math.round(cssWidth * 0.55);
        Dom.prepareCanvas(canvas, context, cssWidth, cssHeight);
        double plotWidth = cssWidth - LEFT - RIGHT;
        double plotHeight = cssHeight - TOP - BOTTOM;
        context.setStrokeStyle("#d9dde5");
        context.setLineWidth(1);
        context.strokeRect(LEFT, TOP, plotWidth, plotHeight);
        context.setFont("11px system-ui, sans-serif");
        context.setFillStyle("#5b6475");
        if (comparison == null) {
            context.fillText("Press Run comparison to train the runs side by side.", LEFT + 8, TOP + 18);
            return;
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < comparison.size(); s++) {
            History history = comparison.history(s);
            for (int i = 0; i < history.size(); i++) {
                double value = scaled(history.cost(i));
                if (finite(value)) {
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                }
            }
        }
        if (low > high) {
            low = 0;
            high = 1;
        }
        if (high - low < 1e-12) {
            high = low + (logScale ? 1 : Math.max(1e-6, Math.abs(low) * 0.1));
        }
        if (!logScale) {
            low = Math.min(low, 0);
        }
        drawAxes(comparison.epochs(), low, high, plotWidth, plotHeight, cssHeight);
        for (int s = 0; s < comparison.size(); s++) {
            // Smooth only a noisy run (its cost rose in more than a tenth of the epochs): a steady descent
            // is drawn through its own points, so the line starts exactly at the shared start.
            int smoothing = 10 * comparison.costRises(s) > comparison.epochs() ? SMOOTHING : 0;
            drawSeries(comparison.history(s), comparison.epochs(), s, smoothing, low, high, plotWidth, plotHeight);
        }
    }

    private void drawAxes(int epochs, double low, double high, double plotWidth, double plotHeight,
            double cssHeight) {
        context.setFillStyle("#5b6475");
        context.setTextAlign("right");
        if (logScale) {
            // A gridline at every power of ten in range, labelled 10, 1, 0.1, 0.01, 1e-3, …
            context.setStrokeStyle("#eef1f6");
            for (double decade = Math.ceil(low); decade <= Math.floor(high); decade++) {
                double y = TOP + plotHeight * (high - decade) / (high - low);
                context.beginPath();
                context.moveTo(LEFT, y);
                context.lineTo(LEFT + plotWidth, y);
                context.stroke();
                context.fillText(decadeLabel((int) decade), LEFT - 4, y + 4);
            }
        }
        // The extremes, unless a decade label is already close by.
        if (!logScale || high - Math.floor(high) > 14 * (high - low) / plotHeight) {
            context.fillText(label(high), LEFT - 4, TOP + 9);
        }
        if (!logScale || Math.ceil(low) - low > 14 * (high - low) / plotHeight) {
            context.fillText(label(low), LEFT - 4, TOP + plotHeight);
        }
        context.setTextAlign("start");
        context.fillText("0", LEFT, cssHeight - 7);
        context.setTextAlign("right");
        context.fillText("epoch " + epochs, LEFT + plotWidth, cssHeight - 7);
        context.setTextAlign("center");
        context.fillText(logScale ? "cost (log scale)" : "cost", LEFT + plotWidth / 2, cssHeight - 7);
        context.setTextAlign("start");
    }

    /**
     * One run: where several epochs share a pixel column, a faint bar spans their lowest to highest
     * cost (the noise of small batches shows as a band), and the line goes through their mean, for a
     * noisy run averaged over {@code smoothing} columns either side so the noise does not hide the trend.
     */
    private void drawSeries(History history, int epochs, int series, int smoothing, double low, double high,
            double plotWidth, double plotHeight) {
        String colour = COLOURS[series % COLOURS.length];
        int n = history.size();
        int columns = Math.max(1, (int) plotWidth);
        double scale = plotHeight / (high - low);
        context.setFillStyle(colour);
        context.setGlobalAlpha(0.18);
        for (int column = 0; column < columns && summarise(history, column, columns, epochs); column++) {
            if (count > 1 && (columnMax - columnMin) * scale > 1) {
                context.fillRect(x(from, epochs, plotWidth) - 0.5, TOP + (high - columnMax) * scale, 1.5,
                        (columnMax - columnMin) * scale);
            }
        }
        context.setGlobalAlpha(1);
        // The line: per column, the mean over a few columns either side, so a noisy run reads as a trend.
        if (sums.length != columns) {
            sums = new double[columns];
            counts = new int[columns];
        }
        int used = 0;
        for (int column = 0; column < columns && summarise(history, column, columns, epochs); column++) {
            sums[column] = columnSum;
            counts[column] = count;
            used = column + 1;
        }
        context.setStrokeStyle(colour);
        context.setLineWidth(series == 0 ? 2.2 : 1.8);
        pen.start(DASHES[series % DASHES.length]);
        context.beginPath();
        boolean started = false;
        double lastX = LEFT;
        double lastY = TOP;
        for (int column = 0; column < used; column++) {
            if (counts[column] == 0) {
                continue;
            }
            double sum = 0;
            int values = 0;
            for (int k = Math.max(0, column - smoothing); k <= Math.min(used - 1, column + smoothing); k++) {
                sum += sums[k];
                values += counts[k];
            }
            double x = x((int) ((long) column * (epochs + 1) / columns), epochs, plotWidth);
            double y = TOP + (high - sum / values) * scale;
            if (!started) {
                pen.moveTo(x, y);
                started = true;
            } else {
                pen.lineTo(x, y);
            }
            lastX = x;
            lastY = y;
        }
        context.stroke();
        double last = n == 0 ? Double.NaN : history.cost(n - 1);
        if (n > 0 && !finite(last)) {
            // Stopped: a cross where it stopped, at the top when it never had a finite cost.
            double x = started ? lastX : x(n - 1, epochs, plotWidth);
            double y = started ? lastY : TOP + 8 + 14 * series;
            context.setLineWidth(2);
            context.beginPath();
            context.moveTo(x - 5, y - 5);
            context.lineTo(x + 5, y + 5);
            context.moveTo(x + 5, y - 5);
            context.lineTo(x - 5, y + 5);
            context.stroke();
            context.setFillStyle(colour);
            context.fillText(Numbers.fixed(last, 0) + " at epoch " + (n - 1), x + 9, y + 4);
        }
    }

    /**
     * The finite (scaled) costs of the epochs in pixel column {@code column} of {@code columns}: sets
     * {@link #from}, {@link #count}, {@link #columnMin}, {@link #columnMax} and {@link #columnSum}.
     * Returns false past the end of the history.
     */
    private boolean summarise(History history, int column, int columns, int epochs) {
        from = (int) ((long) column * (epochs + 1) / columns);
        int to = Math.max(from + 1, (int) ((long) (column + 1) * (epochs + 1) / columns));
        if (from >= history.size()) {
            return false;
        }
        count = 0;
        columnMin = Double.POSITIVE_INFINITY;
        columnMax = Double.NEGATIVE_INFINITY;
        columnSum = 0;
        for (int i = from; i < Math.min(to, history.size()); i++) {
            double value = scaled(history.cost(i));
            if (finite(value)) {
                columnMin = Math.min(columnMin, value);
                columnMax = Math.max(columnMax, value);
                columnSum += value;
                count++;
            }
        }
        return true;
    }

    private double x(int epoch, int epochs, double plotWidth) {
        return epochs <= 0 ? LEFT : LEFT + plotWidth * epoch / (double) epochs;
    }

    private double scaled(double cost) {
        if (!finite(cost)) {
            return cost;
        }
        return logScale ? Math.log10(Math.max(cost, 1e-300)) : cost;
    }

    private static String decadeLabel(int exponent) {
        return exponent >= -3 ? Numbers.shortest(Math.pow(10, exponent)) : "1e" + exponent;
    }

    private String label(double value) {
        return Numbers.compact(logScale ? Math.pow(10, value) : value, 3);
    }

    private static boolean finite(double value) {
        return value - value == 0.0;
    }
}

package dev.boundary.web;

import dev.boundary.core.compare.Comparison;
import dev.boundary.core.math.Numbers;
import dev.boundary.core.train.History;
import dev.boundary.core.view.CostScale;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * The cost curves of a {@link Comparison} on one chart ({@code #compare-chart}), one colour and dash
 * pattern per run so they stay apart without colour. Long runs are drawn as one min–max bar per pixel column,
 * as the main cost chart does, from the column summaries of {@link CostScale}. A run that stopped on a non-finite cost gets a cross where it stopped
 * and the words "NaN at epoch k" (or ∞), so a run that never drew a line is still on the chart.
 */
final class OverlayChart {
    /** Colours and dash patterns of runs 0, 1, 2 (the legend's swatches use the same, in style.css). */
    static final String[] COLOURS = {"#0f766e", "#c2410c", "#6d28d9"};
    private static final double[][] DASHES = {{}, {7, 4}, {2, 3}};
    /** Columns either side averaged into each point of a noisy run's line. */
    private static final int SMOOTHING = 4;

    private final LineChart chart;
    private final CostScale scale;
    private final CanvasRenderingContext2D context;
    private final DashedPen pen;
    private double[] sums = new double[0];
    private int[] counts = new int[0];
    private double drawnWidth = -1;

    OverlayChart(HTMLCanvasElement canvas) {
        this.chart = new LineChart(canvas, 52, 10, 10, 24);
        this.scale = chart.scale;
        this.context = chart.context;
        this.pen = new DashedPen(context);
        scale.setLogScale(true);
    }

    void setLogScale(boolean value) {
        scale.setLogScale(value);
    }

    /** True when the canvas's CSS width changed since the last draw (a resize or a rotated phone). */
    boolean resized() {
        return Dom.cssWidth(chart.canvas) != drawnWidth;
    }

    /** Draws the comparison's histories so far; null draws the empty chart with a hint. */
    void draw(Comparison comparison) {
        drawnWidth = Dom.cssWidth(chart.canvas);
        double cssWidth = Math.max(240, drawnWidth);
        double cssHeight = Math.round(cssWidth * 0.55);
        chart.begin(cssWidth, cssHeight);
        if (comparison == null) {
            context.fillText("Press Run comparison to train the runs side by side.", chart.left() + 8,
                    chart.top() + 18);
            return;
        }
        scale.clear();
        for (int s = 0; s < comparison.size(); s++) {
            scale.include(comparison.history(s), false);
        }
        scale.settle();
        drawAxes(comparison.epochs(), cssHeight);
        for (int s = 0; s < comparison.size(); s++) {
            // Smooth only a noisy run (its cost rose in more than a tenth of the epochs): a steady descent
            // is drawn through its own points, so the line starts exactly at the shared start.
            int smoothing = 10 * comparison.costRises(s) > comparison.epochs() ? SMOOTHING : 0;
            drawSeries(comparison.history(s), comparison.epochs(), s, smoothing);
        }
    }

    private void drawAxes(int epochs, double cssHeight) {
        double low = scale.low();
        double high = scale.high();
        double left = chart.left();
        double plotWidth = chart.plotWidth();
        double plotHeight = chart.plotHeight();
        context.setFillStyle("#5b6475");
        context.setTextAlign("right");
        if (scale.logScale()) {
            // A gridline at every power of ten in range, labelled 10, 1, 0.1, 0.01, 1e-3, …
            context.setStrokeStyle("#eef1f6");
            for (double decade = Math.ceil(low); decade <= Math.floor(high); decade++) {
                double y = chart.y(decade);
                context.beginPath();
                context.moveTo(left, y);
                context.lineTo(left + plotWidth, y);
                context.stroke();
                context.fillText(CostScale.decadeLabel((int) decade), left - 4, y + 4);
            }
        }
        // The extremes, unless a decade label is already close by.
        boolean log = scale.logScale();
        if (!log || high - Math.floor(high) > 14 * (high - low) / plotHeight) {
            context.fillText(scale.label(high), left - 4, chart.top() + 9);
        }
        if (!log || Math.ceil(low) - low > 14 * (high - low) / plotHeight) {
            context.fillText(scale.label(low), left - 4, chart.top() + plotHeight);
        }
        context.setTextAlign("start");
        context.fillText("0", left, cssHeight - 7);
        context.setTextAlign("right");
        context.fillText("epoch " + epochs, left + plotWidth, cssHeight - 7);
        context.setTextAlign("center");
        context.fillText(log ? "cost (log scale)" : "cost", left + plotWidth / 2, cssHeight - 7);
        context.setTextAlign("start");
    }

    /**
     * One run: where several epochs share a pixel column, a faint bar spans their lowest to highest
     * cost (the noise of small batches shows as a band), and the line goes through their mean, for a
     * noisy run averaged over {@code smoothing} columns either side so the noise does not hide the trend.
     */
    private void drawSeries(History history, int epochs, int series, int smoothing) {
        String colour = COLOURS[series % COLOURS.length];
        int n = history.size();
        int columns = chart.columns();
        int span = epochs + 1;
        context.setFillStyle(colour);
        context.setGlobalAlpha(0.18);
        for (int column = 0; column < columns && scale.summarise(history, false, column, columns, span); column++) {
            double top = chart.y(scale.columnMax());
            double bottom = chart.y(scale.columnMin());
            if (scale.columnCount() > 1 && bottom - top > 1) {
                context.fillRect(chart.x(scale.columnFrom(), epochs) - 0.5, top, 1.5, bottom - top);
            }
        }
        context.setGlobalAlpha(1);
        // The line: per column, the mean over a few columns either side, so a noisy run reads as a trend.
        if (sums.length != columns) {
            sums = new double[columns];
            counts = new int[columns];
        }
        int used = 0;
        for (int column = 0; column < columns && scale.summarise(history, false, column, columns, span); column++) {
            sums[column] = scale.columnSum();
            counts[column] = scale.columnCount();
            used = column + 1;
        }
        context.setStrokeStyle(colour);
        context.setLineWidth(series == 0 ? 2.2 : 1.8);
        pen.start(DASHES[series % DASHES.length]);
        context.beginPath();
        boolean started = false;
        double lastX = chart.left();
        double lastY = chart.top();
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
            double x = chart.x((int) ((long) column * span / columns), epochs);
            double y = chart.y(sum / values);
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
        if (n > 0 && !(last - last == 0.0)) {
            // Stopped: a cross where it stopped, at the top when it never had a finite cost.
            double x = started ? lastX : chart.x(n - 1, epochs);
            double y = started ? lastY : chart.top() + 8 + 14 * series;
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
}

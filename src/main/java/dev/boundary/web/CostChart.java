package dev.boundary.web;

import dev.boundary.core.math.Numbers;
import dev.boundary.core.train.History;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * Draws the cost per epoch on {@code #cost-chart}: the training cost, and the test cost as a second
 * line when some points are held out. Long runs are drawn as one min–max bar per pixel column, so
 * drawing cost stays bounded while every epoch is kept.
 */
final class CostChart {
    private static final double LEFT = 44;
    private static final double RIGHT = 8;
    private static final double TOP = 8;
    private static final double BOTTOM = 22;
    private static final String TRAINING_COLOUR = "#0f766e";
    private static final String TEST_COLOUR = "#7c3aed";

    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private boolean logScale;

    CostChart() {
        canvas = (HTMLCanvasElement) Dom.byId("cost-chart");
        context = (CanvasRenderingContext2D) canvas.getContext("2d");
    }

    void setLogScale(boolean value) {
        logScale = value;
    }

    /** Draws the history; entry 0 is epoch {@code firstEpoch} (not 0 after a restored session). */
    void draw(History history, int firstEpoch) {
        double cssWidth = Math.max(200, Dom.cssWidth(canvas));
        double cssHeight = cssWidth / 2;
        Dom.prepareCanvas(canvas, context, cssWidth, cssHeight);
        int n = history.size();
        boolean withTest = history.hasTest();
        // What the chart shows, for tests: its last cost (as the read-out writes it) and last epoch.
        canvas.setAttribute("data-last-cost", Readouts.cost(history.lastCost()));
        canvas.setAttribute("data-last-epoch", Integer.toString(firstEpoch + n - 1));
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (int series = 0; series < (withTest ? 2 : 1); series++) {
                double value = value(history, series, i);
                if (!Double.isNaN(value) && !Double.isInfinite(value)) {
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                }
            }
        }
        double plotWidth = cssWidth - LEFT - RIGHT;
        double plotHeight = cssHeight - TOP - BOTTOM;
        context.setStrokeStyle("#d9dde5");
        context.setLineWidth(1);
        context.strokeRect(LEFT, TOP, plotWidth, plotHeight);
        context.setFillStyle("#5b6475");
        context.setFont("11px system-ui, sans-serif");
        if (low > high) {
            context.fillText("no cost yet", LEFT + 8, TOP + 16);
            return;
        }
        if (high - low < 1e-12) {
            high = low + (logScale ? 1 : Math.max(1e-6, Math.abs(low) * 0.1));
        }
        if (!logScale) {
            low = Math.min(low, 0);
        }
        context.fillText(label(high), 2, TOP + 9);
        context.fillText(label(low), 2, TOP + plotHeight);
        context.fillText(Integer.toString(firstEpoch), LEFT, cssHeight - 6);
        String last = "epoch " + (firstEpoch + n - 1);
        context.fillText(last, LEFT + plotWidth - 6.5 * last.length(), cssHeight - 6);

        if (withTest) {
            drawSeries(history, 1, TEST_COLOUR, plotWidth, plotHeight, low, high);
            // The key sits under the plot, between the epoch labels, where no curve can hide it.
            double x = LEFT + plotWidth / 2 - 60;
            double y = cssHeight - 6;
            key(x, y, TRAINING_COLOUR, "training");
            key(x + 76, y, TEST_COLOUR, "test");
        }
        drawSeries(history, 0, TRAINING_COLOUR, plotWidth, plotHeight, low, high);
        // The current epoch.
        double current = scaled(history.cost(n - 1));
        if (!Double.isNaN(current) && !Double.isInfinite(current)) {
            double x = n == 1 ? LEFT : LEFT + plotWidth;
            double y = TOP + plotHeight * (high - current) / (high - low);
            context.setFillStyle("#b45309");
            context.beginPath();
            context.arc(x, y, 3.5, 0, 2 * Math.PI);
            context.fill();
        }
    }

    /** A short stroke of the series' colour and its name, the text's baseline at y. */
    private void key(double x, double y, String colour, String name) {
        context.setStrokeStyle(colour);
        context.setLineWidth(2);
        context.beginPath();
        context.moveTo(x, y - 4);
        context.lineTo(x + 14, y - 4);
        context.stroke();
        context.setFillStyle(colour);
        context.fillText(name, x + 18, y);
    }

    /** Series 0 (training cost) or 1 (test cost) as one min–max bar per pixel column. */
    private void drawSeries(History history, int series, String colour, double plotWidth, double plotHeight,
            double low, double high) {
        int n = history.size();
        int columns = Math.max(1, (int) plotWidth);
        context.setStrokeStyle(colour);
        context.setLineWidth(1.5);
        context.beginPath();
        boolean started = false;
        for (int column = 0; column < columns; column++) {
            int from = (int) ((long) column * n / columns);
            int to = Math.max(from + 1, (int) ((long) (column + 1) * n / columns));
            if (from >= n) {
                break;
            }
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = from; i < Math.min(to, n); i++) {
                double value = value(history, series, i);
                if (!Double.isNaN(value) && !Double.isInfinite(value)) {
                    min = Math.min(min, value);
                    max = Math.max(max, value);
                }
            }
            if (min > max) {
                started = false; // a gap where the series has no value
                continue;
            }
            double x = n == 1 ? LEFT : LEFT + plotWidth * from / (double) Math.max(1, n - 1);
            double yMax = TOP + plotHeight * (high - max) / (high - low);
            double yMin = TOP + plotHeight * (high - min) / (high - low);
            if (!started) {
                context.moveTo(x, yMax);
                started = true;
            } else {
                context.lineTo(x, yMax);
            }
            if (yMin - yMax > 0.5) {
                context.lineTo(x, yMin);
            }
        }
        context.stroke();
    }

    private double value(History history, int series, int epoch) {
        return scaled(series == 0 ? history.cost(epoch) : history.testCost(epoch));
    }

    private double scaled(double cost) {
        return logScale ? Math.log10(Math.max(cost, 1e-300)) : cost;
    }

    private String label(double value) {
        return Numbers.compact(logScale ? Math.pow(10, value) : value, 3);
    }
}

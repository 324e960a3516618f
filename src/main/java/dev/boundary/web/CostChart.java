package dev.boundary.web;

import dev.boundary.core.train.History;
import dev.boundary.core.view.CostScale;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * Draws the cost per epoch on {@code #cost-chart}: the training cost, and the test cost as a second
 * line when some points are held out. Long runs are drawn as one min–max bar per pixel column (the
 * columns' numbers come from {@link CostScale}), so drawing cost stays bounded while every epoch is kept.
 */
final class CostChart {
    private static final String TRAINING_COLOUR = "#0f766e";
    private static final String TEST_COLOUR = "#7c3aed";

    private final LineChart chart = new LineChart((HTMLCanvasElement) Dom.byId("cost-chart"), 44, 8, 8, 22);
    private final CostScale scale = chart.scale;
    private final CanvasRenderingContext2D context = chart.context;

    void setLogScale(boolean value) {
        scale.setLogScale(value);
    }

    /**
     * Draws the history; entry 0 is epoch {@code firstEpoch} (not 0 after a restored session).
     * Without training points ({@code hasPoints} false) there is no cost at all, shown as "—"; with
     * points a cost that is not a number (the naive cross-entropy's log 0) is "NaN", as the tutorial says.
     */
    void draw(History history, int firstEpoch, boolean hasPoints) {
        double cssWidth = Math.max(200, Dom.cssWidth(chart.canvas));
        double cssHeight = cssWidth / 2;
        chart.begin(cssWidth, cssHeight);
        int n = history.size();
        boolean withTest = history.hasTest();
        // What the chart shows, for tests: its last cost (as the read-out writes it) and last epoch.
        chart.canvas.setAttribute("data-last-cost", Readouts.cost(history.lastCost(), hasPoints));
        chart.canvas.setAttribute("data-last-epoch", Integer.toString(firstEpoch + n - 1));
        scale.clear();
        scale.include(history, false);
        if (withTest) {
            scale.include(history, true);
        }
        double left = chart.left();
        double top = chart.top();
        if (scale.isEmpty()) {
            context.fillText(hasPoints && n > 0 ? "the cost is not a number (NaN)" : "no cost yet", left + 8, top + 16);
            return;
        }
        scale.settle();
        double plotWidth = chart.plotWidth();
        context.fillText(scale.label(scale.high()), 2, top + 9);
        context.fillText(scale.label(scale.low()), 2, top + chart.plotHeight());
        context.fillText(Integer.toString(firstEpoch), left, cssHeight - 6);
        String last = "epoch " + (firstEpoch + n - 1);
        context.fillText(last, left + plotWidth - 6.5 * last.length(), cssHeight - 6);

        if (withTest) {
            drawSeries(history, true, TEST_COLOUR);
            // The key sits under the plot, between the epoch labels, where no curve can hide it.
            double x = left + plotWidth / 2 - 60;
            double y = cssHeight - 6;
            key(x, y, TRAINING_COLOUR, "training");
            key(x + 76, y, TEST_COLOUR, "test");
        }
        drawSeries(history, false, TRAINING_COLOUR);
        // The current epoch.
        double current = scale.scaled(history.cost(n - 1));
        if (!Double.isNaN(current) && !Double.isInfinite(current)) {
            context.setFillStyle("#b45309");
            context.beginPath();
            context.arc(chart.x(n - 1, n - 1), chart.y(current), 3.5, 0, 2 * Math.PI);
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

    /** The training or test cost as one min–max bar per pixel column, with a gap where it has no value. */
    private void drawSeries(History history, boolean test, String colour) {
        int n = history.size();
        int columns = chart.columns();
        context.setStrokeStyle(colour);
        context.setLineWidth(1.5);
        context.beginPath();
        boolean started = false;
        for (int column = 0; column < columns && scale.summarise(history, test, column, columns, n); column++) {
            if (scale.columnCount() == 0) {
                started = false;
                continue;
            }
            double x = chart.x(scale.columnFrom(), n - 1);
            double yMax = chart.y(scale.columnMax());
            double yMin = chart.y(scale.columnMin());
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
}

package dev.boundary.web;

import dev.boundary.core.view.CostScale;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * The frame both cost charts draw in: the canvas sized to its CSS width, the plot's rectangle inside
 * the margins, and where an entry and a cost go. The numbers (range, scale, column summaries) come
 * from the {@link CostScale}; the charts only stroke what it says.
 */
final class LineChart {
    final HTMLCanvasElement canvas;
    final CanvasRenderingContext2D context;
    final CostScale scale = new CostScale();
    private final double left;
    private final double right;
    private final double top;
    private final double bottom;
    private double height;
    private double plotWidth;
    private double plotHeight;

    LineChart(HTMLCanvasElement canvas, double left, double right, double top, double bottom) {
        this.canvas = canvas;
        this.context = (CanvasRenderingContext2D) canvas.getContext("2d");
        this.left = left;
        this.right = right;
        this.top = top;
        this.bottom = bottom;
    }

    /** Sizes the canvas, clears it and strokes the plot's frame; the font is set for labels. */
    void begin(double cssWidth, double cssHeight) {
        Dom.prepareCanvas(canvas, context, cssWidth, cssHeight);
        height = cssHeight;
        plotWidth = cssWidth - left - right;
        plotHeight = cssHeight - top - bottom;
        context.setStrokeStyle("#d9dde5");
        context.setLineWidth(1);
        context.strokeRect(left, top, plotWidth, plotHeight);
        context.setFont("11px system-ui, sans-serif");
        context.setFillStyle("#5b6475");
    }

    double left() {
        return left;
    }

    double top() {
        return top;
    }

    double plotWidth() {
        return plotWidth;
    }

    double plotHeight() {
        return plotHeight;
    }

    /** The canvas's CSS height, for labels under the plot. */
    double height() {
        return height;
    }

    /** Pixel columns across the plot, one summary each. */
    int columns() {
        return Math.max(1, (int) plotWidth);
    }

    /** The x of entry {@code entry} when the plot spans entries 0 to {@code last}. */
    double x(int entry, int last) {
        return last <= 0 ? left : left + plotWidth * entry / (double) last;
    }

    /** The y of a drawn (scaled) cost in the settled range. */
    double y(double scaled) {
        return top + plotHeight * scale.fromTop(scaled);
    }
}

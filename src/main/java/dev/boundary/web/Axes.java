package dev.boundary.web;

import dev.boundary.core.math.Numbers;
import dev.boundary.core.view.Viewport;
import org.teavm.jso.canvas.CanvasRenderingContext2D;

/** The frame, ticks and tick labels of a plot area whose top-left corner is the context's origin. */
final class Axes {
    private Axes() {
    }

    static void draw(CanvasRenderingContext2D context, Viewport view, double[] xTicks, double[] yTicks) {
        context.setStrokeStyle("#9aa3b2");
        context.setLineWidth(1);
        context.strokeRect(0, 0, view.width(), view.height());
        context.setFillStyle("#5b6475");
        context.setFont("11px system-ui, sans-serif");
        context.setTextAlign("center");
        int xDecimals = xTicks.length > 1 ? Viewport.decimals(xTicks[1] - xTicks[0]) : 2;
        for (double x : xTicks) {
            double px = view.toPixelX(x);
            context.beginPath();
            context.moveTo(px, view.height());
            context.lineTo(px, view.height() + 4);
            context.stroke();
            context.fillText(Numbers.fixed(x, xDecimals), px, view.height() + 15);
        }
        context.setTextAlign("right");
        int yDecimals = yTicks.length > 1 ? Viewport.decimals(yTicks[1] - yTicks[0]) : 2;
        for (double y : yTicks) {
            double py = view.toPixelY(y);
            context.beginPath();
            context.moveTo(-4, py);
            context.lineTo(0, py);
            context.stroke();
            context.fillText(Numbers.fixed(y, yDecimals), -6, py + 4);
        }
        context.setTextAlign("start");
    }
}

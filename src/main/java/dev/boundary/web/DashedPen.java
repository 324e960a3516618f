package dev.boundary.web;

import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * Adds a polyline to the context's current path as dashes, walking the dash pattern along the segments
 * itself rather than with {@code setLineDash}, which HtmlUnit does not implement (it logs every call).
 * An empty pattern gives a solid line. The caller begins and strokes the path.
 */
final class DashedPen {
    private final CanvasRenderingContext2D context;
    private double[] pattern = new double[0];
    private int part;
    private double left;
    private double x;
    private double y;

    DashedPen(CanvasRenderingContext2D context) {
        this.context = context;
    }

    /** Starts a line with {@code dashes}: lengths on, off, on, … in CSS pixels (empty: solid). */
    void start(double[] dashes) {
        pattern = dashes;
        part = 0;
        left = dashes.length == 0 ? 0 : dashes[0];
    }

    void moveTo(double toX, double toY) {
        x = toX;
        y = toY;
        context.moveTo(toX, toY);
    }

    void lineTo(double toX, double toY) {
        if (pattern.length == 0) {
            context.lineTo(toX, toY);
            x = toX;
            y = toY;
            return;
        }
        double length = Math.hypot(toX - x, toY - y);
        double done = 0;
        // Every pattern boundary inside this segment: end the dash (or the gap) there.
        while (length - done > left) {
            done += left;
            double px = x + (toX - x) * done / length;
            double py = y + (toY - y) * done / length;
            if (part % 2 == 0) {
                context.lineTo(px, py);
            } else {
                context.moveTo(px, py);
            }
            part = (part + 1) % pattern.length;
            left = pattern[part];
        }
        left -= length - done;
        if (part % 2 == 0) {
            context.lineTo(toX, toY);
        } else {
            context.moveTo(toX, toY);
        }
        x = toX;
        y = toY;
    }
}

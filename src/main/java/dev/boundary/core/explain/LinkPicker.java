package dev.boundary.core.explain;

import dev.boundary.core.view.NetworkDiagramLayout;

/**
 * Places a {@link NetworkDiagramLayout} in a pixel frame and finds what the pointer is on: a node
 * (to edit its bias) or a link (to read or edit its weight).
 *
 * <p>A node at layout position (x, y) ∈ [0, 1]² is drawn at pixel
 * {@code (left + x·width, top + y·height)}. Mutable only through {@link #setFrame}.
 */
public final class LinkPicker {
    private double left;
    private double top;
    private double width = 1.0;
    private double height = 1.0;

    /** The pixel rectangle the layout's unit box is stretched over (width and height above 0). */
    public void setFrame(double frameLeft, double frameTop, double frameWidth, double frameHeight) {
        if (!(frameWidth > 0 && frameHeight > 0)) {
            throw new IllegalArgumentException("the diagram's frame must have a positive size, was "
                    + frameWidth + "×" + frameHeight);
        }
        left = frameLeft;
        top = frameTop;
        width = frameWidth;
        height = frameHeight;
    }

    /** Pixel x of a node. */
    public double x(NetworkDiagramLayout layout, int node) {
        return left + layout.nodeX(node) * width;
    }

    /** Pixel y of a node. */
    public double y(NetworkDiagramLayout layout, int node) {
        return top + layout.nodeY(node) * height;
    }

    /** The node whose centre is nearest to (px, py), if within {@code radius} pixels; else −1. */
    public int nodeAt(NetworkDiagramLayout layout, double px, double py, double radius) {
        int best = -1;
        double bestDistance = radius * radius;
        for (int node = 0; node < layout.nodeCount(); node++) {
            double dx = x(layout, node) - px;
            double dy = y(layout, node) - py;
            double distance = dx * dx + dy * dy;
            if (distance <= bestDistance) {
                best = node;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The link whose segment passes nearest to (px, py), if within {@code tolerance} pixels; else −1. */
    public int linkAt(NetworkDiagramLayout layout, double px, double py, double tolerance) {
        int best = -1;
        double bestDistance = tolerance * tolerance;
        for (int link = 0; link < layout.linkCount(); link++) {
            double distance = squaredDistanceToSegment(px, py,
                    x(layout, layout.linkFrom(link)), y(layout, layout.linkFrom(link)),
                    x(layout, layout.linkTo(link)), y(layout, layout.linkTo(link)));
            if (distance <= bestDistance) {
                best = link;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Squared distance from (px, py) to the segment (ax, ay)–(bx, by). */
    static double squaredDistanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double s = lengthSquared == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / lengthSquared;
        s = Math.max(0, Math.min(1, s));
        double ex = ax + s * dx - px;
        double ey = ay + s * dy - py;
        return ex * ex + ey * ey;
    }
}

package dev.boundary.web;

import dev.boundary.core.compare.SurfaceShading;
import dev.boundary.core.view.ContourTracer;
import dev.boundary.core.view.FieldColors;
import dev.boundary.core.view.GradientPath;
import dev.boundary.core.view.LossSurface;
import dev.boundary.core.view.Viewport;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.canvas.ImageData;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.typedarrays.Int32Array;
import org.teavm.jso.typedarrays.Uint8ClampedArray;

/**
 * Paints a {@link LossSurface} on {@code #surface-canvas}: the costs as a heat map (one pixel per cell
 * on an offscreen canvas, drawn scaled and smoothed, as the plot draws its field), iso-cost lines, the
 * axes, the grid's lowest cell, a {@link GradientPath} from its start (a square) to the current
 * weights (a ring), and the keyboard's cursor (a crosshair) when there is one. Square, at the device's pixel ratio. Owns no state but what the pixels need.
 */
final class SurfaceCanvas {
    /** Room for the axes' numbers and names (CSS pixels). */
    static final double LEFT = 44;
    static final double TOP = 20;
    private static final double RIGHT = 10;
    private static final double BOTTOM = 36;
    /** The colour ramp, low cost to high: deep blue, teal, cream. */
    private static final int LOW_RGB = 0x0C4A6E;
    private static final int MID_RGB = 0x4FA89B;
    private static final int HIGH_RGB = 0xFFF7E6;
    private static final double[] CONTOUR_LEVELS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private final HTMLCanvasElement heatCanvas;
    private final CanvasRenderingContext2D heatContext;
    private final ContourTracer contour = new ContourTracer();
    private final FieldColors colours = new FieldColors(LOW_RGB, HIGH_RGB, MID_RGB, 1.0);
    private double[] levels = new double[0];
    private int[] pixels = new int[0];
    private int cells;
    private Viewport range;
    private Viewport view;
    private double[] xTicks = new double[0];
    private double[] yTicks = new double[0];

    SurfaceCanvas(HTMLCanvasElement canvas) {
        this.canvas = canvas;
        this.context = (CanvasRenderingContext2D) canvas.getContext("2d");
        this.heatCanvas = (HTMLCanvasElement) Dom.document().createElement("canvas");
        this.heatContext = (CanvasRenderingContext2D) heatCanvas.getContext("2d");
    }

    HTMLCanvasElement element() {
        return canvas;
    }

    /** Takes a newly computed surface: its colour levels and the heat image. */
    void paint(LossSurface surface) {
        cells = surface.cols();
        range = surface.range();
        int count = cells * surface.rows();
        if (levels.length != count) {
            levels = new double[count];
            pixels = new int[count];
            heatCanvas.setWidth(cells);
            heatCanvas.setHeight(surface.rows());
        }
        SurfaceShading.levels(surface.values(), count, surface.min(), surface.max(), levels);
        colours.fill(levels, count, pixels);
        Int32Array packed = Int32Array.copyFromJavaArray(pixels);
        Uint8ClampedArray bytes = Uint8ClampedArray.create(packed.getBuffer(), packed.getByteOffset(), count * 4);
        heatContext.putImageData(ImageData.create(bytes, cells, surface.rows()), 0, 0);
    }

    /**
     * Draws the last painted surface with {@code path} on it.
     *
     * @param labelX the name of the parameter across
     * @param labelY the name of the parameter up
     * @param note a line written over the map, or null
     * @param cursorX the keyboard cursor's value across, NaN for no cursor
     * @param cursorY the keyboard cursor's value up
     */
    void draw(LossSurface surface, GradientPath path, String labelX, String labelY, String note, double cursorX,
            double cursorY) {
        double size = Math.max(220, Dom.cssWidth(canvas));
        int plotWidth = (int) Math.max(50, size - LEFT - RIGHT);
        int plotHeight = (int) Math.max(50, size - TOP - BOTTOM);
        if (view == null || view.width() != plotWidth || view.height() != plotHeight || !sameRange(view, range)) {
            view = range.withPixelSize(plotWidth, plotHeight);
            xTicks = view.xTicks(5); // ticks allocate: only when the view changes
            yTicks = view.yTicks(5);
        }
        double ratio = Dom.prepareCanvas(canvas, context, size, size);
        context.setTransform(ratio, 0, 0, ratio, LEFT * ratio, TOP * ratio);
        setSmoothing(context, true);
        context.drawImage(heatCanvas, 0, 0, plotWidth, plotHeight);
        drawContours();
        drawAxes(labelX, labelY);
        context.save();
        context.beginPath();
        context.rect(0, 0, plotWidth, plotHeight);
        context.clip();
        drawMinimum(surface);
        drawPath(path);
        if (!Double.isNaN(cursorX) && !Double.isNaN(cursorY)) {
            drawCursor(view.toPixelX(cursorX), view.toPixelY(cursorY));
        }
        context.restore();
        if (note != null) {
            context.setFillStyle("#1f2430");
            context.fillText(note, 8, 18);
        }
    }

    /** The drawn parameter view (pixels from the plot's top-left corner), or null before the first draw. */
    Viewport view() {
        return view;
    }

    private static boolean sameRange(Viewport a, Viewport b) {
        return a.xMin() == b.xMin() && a.xMax() == b.xMax() && a.yMin() == b.yMin() && a.yMax() == b.yMax();
    }

    private void drawContours() {
        context.setStrokeStyle("rgba(15, 23, 42, 0.3)");
        context.setLineWidth(1);
        context.beginPath();
        for (double level : CONTOUR_LEVELS) {
            int count = contour.trace(levels, cells, cells, range, level);
            double[] segments = contour.segments();
            for (int i = 0; i < count; i++) {
                context.moveTo(view.toPixelX(segments[4 * i]), view.toPixelY(segments[4 * i + 1]));
                context.lineTo(view.toPixelX(segments[4 * i + 2]), view.toPixelY(segments[4 * i + 3]));
            }
        }
        context.stroke();
    }

    private void drawAxes(String labelX, String labelY) {
        Axes.draw(context, view, xTicks, yTicks);
        context.setFillStyle("#5b6475");
        context.setTextAlign("center");
        context.setFont("12px system-ui, sans-serif");
        context.fillText(labelX + " →", view.width() / 2.0, view.height() + 30);
        context.setTextAlign("start");
        context.fillText("↑ " + labelY, -LEFT + 4, -7);
        context.setFont("11px system-ui, sans-serif");
    }


    private void drawMinimum(LossSurface surface) {
        int col = surface.minimumCol();
        if (col < 0) {
            return;
        }
        double x = view.toPixelX(range.cellCentreX(col, cells));
        double y = view.toPixelY(range.cellCentreY(surface.minimumRow(), surface.rows()));
        context.setStrokeStyle("#ffffff");
        context.setLineWidth(1.5);
        context.beginPath();
        context.moveTo(x - 5, y);
        context.lineTo(x + 5, y);
        context.moveTo(x, y - 5);
        context.lineTo(x, y + 5);
        context.stroke();
    }

    private void drawPath(GradientPath path) {
        if (path.isEmpty()) {
            return;
        }
        // A dark halo under a white line keeps the path visible on both ends of the colour ramp.
        for (int pass = 0; pass < 2; pass++) {
            context.setStrokeStyle(pass == 0 ? "#111827" : "#ffffff");
            context.setLineWidth(pass == 0 ? 3.5 : 1.5);
            context.beginPath();
            for (int k = 0; k < path.size(); k++) {
                double x = view.toPixelX(path.x(k));
                double y = view.toPixelY(path.y(k));
                if (k == 0) {
                    context.moveTo(x, y);
                } else {
                    context.lineTo(x, y);
                }
            }
            context.lineTo(view.toPixelX(path.latestX()), view.toPixelY(path.latestY()));
            context.stroke();
        }
        // The steps themselves, while there are few enough to tell apart.
        if (path.size() <= 200) {
            context.setFillStyle("#ffffff");
            for (int k = 0; k < path.size(); k++) {
                context.beginPath();
                context.arc(view.toPixelX(path.x(k)), view.toPixelY(path.y(k)), 2.2, 0, 2 * Math.PI);
                context.fill();
            }
        }
        double startX = view.toPixelX(path.x(0));
        double startY = view.toPixelY(path.y(0));
        context.setFillStyle("#111827");
        context.fillRect(startX - 4, startY - 4, 8, 8);
        context.setStrokeStyle("#ffffff");
        context.setLineWidth(1.5);
        context.strokeRect(startX - 4, startY - 4, 8, 8);
        double x = view.toPixelX(path.latestX());
        double y = view.toPixelY(path.latestY());
        context.setStrokeStyle("#111827");
        context.setLineWidth(4);
        context.beginPath();
        context.arc(x, y, 6, 0, 2 * Math.PI);
        context.stroke();
        context.setStrokeStyle("#f59e0b");
        context.setLineWidth(2.5);
        context.stroke();
    }

    /** The keyboard cursor: a crosshair over the whole map and a ring, white on a dark halo. */
    private void drawCursor(double x, double y) {
        for (int pass = 0; pass < 2; pass++) {
            context.setStrokeStyle(pass == 0 ? "#111827" : "#ffffff");
            context.setLineWidth(pass == 0 ? 3.5 : 1.5);
            context.beginPath();
            context.moveTo(0, y);
            context.lineTo(x - 9, y);
            context.moveTo(x + 9, y);
            context.lineTo(view.width(), y);
            context.moveTo(x, 0);
            context.lineTo(x, y - 9);
            context.moveTo(x, y + 9);
            context.lineTo(x, view.height());
            context.stroke();
            context.beginPath();
            context.arc(x, y, 9, 0, 2 * Math.PI);
            context.stroke();
        }
    }

    @JSBody(params = {"context", "on"}, script = "context.imageSmoothingEnabled = on;")
    private static native void setSmoothing(JSObject context, boolean on);
}

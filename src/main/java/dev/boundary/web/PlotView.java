package dev.boundary.web;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.math.Numbers;
import dev.boundary.core.session.Session;
import dev.boundary.core.train.Trainer;
import dev.boundary.core.view.ContourTracer;
import dev.boundary.core.view.FieldColors;
import dev.boundary.core.view.FieldResolution;
import dev.boundary.core.view.PointLayer;
import dev.boundary.core.view.ProbabilityField;
import dev.boundary.core.view.Viewport;
import org.teavm.jso.JSObject;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.canvas.ImageData;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.typedarrays.Int32Array;
import org.teavm.jso.typedarrays.Uint8ClampedArray;

/**
 * The plot on {@code #plot}: the shaded probability field, the decision boundary at the threshold,
 * axes, and the points (class 1 blue circles, class 0 orange triangles, misclassified ones ringed in
 * red), and a ring around the point the step-through follows. Mouse and touch ({@link PlotInput}) and
 * the keyboard ({@link PlotKeys}) add and remove points; hovering reads out z, p̂ and the loss.
 */
final class PlotView {
    /** The field's share of a frame while playing (ms); see {@link FieldResolution}. */
    private static final double FIELD_BUDGET_MS = 3.0;
    /** Room for the axis labels, left and bottom, and a small gap top and right (CSS pixels). */
    static final double LEFT = 40;
    private static final double BOTTOM = 24;
    static final double GAP = 8;

    private final StepThroughPanel stepThrough;
    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private final HTMLCanvasElement fieldCanvas;
    private final CanvasRenderingContext2D fieldContext;
    private final ProbabilityField field = new ProbabilityField();
    private final ContourTracer contour = new ContourTracer();
    private final FieldResolution resolution = new FieldResolution(FIELD_BUDGET_MS);
    /** How long the last field took (ms); NaN until one has been drawn. */
    private double lastFieldMs = Double.NaN;
    private final PointLayer points = new PointLayer(0x1D4ED8, 0xD97706);
    private final PointPicture pointPicture = new PointPicture();
    /** Device pixels per CSS pixel of the plot canvas, as last sized. */
    private double ratio = 1;
    private final FieldColors colors = new FieldColors(FieldColors.CLASS_0_RGB, FieldColors.CLASS_1_RGB,
            FieldColors.NEUTRAL_RGB, 0.6);
    private int[] pixels = new int[0];
    private Viewport viewport;
    private double size;
    private final PlotKeys keys;

    /**
     * The plot's mouse and keyboard add points of the class {@code classes} holds, edit {@code bench}'s
     * session and make {@code stepThrough} follow a point; {@code redraw} repaints the plot alone (the
     * keyboard's cursor moved).
     */
    PlotView(Workbench bench, ClassPicker classes, StepThroughPanel stepThrough, Runnable redraw) {
        this.stepThrough = stepThrough;
        canvas = (HTMLCanvasElement) Dom.byId("plot");
        context = (CanvasRenderingContext2D) canvas.getContext("2d");
        fieldCanvas = (HTMLCanvasElement) Dom.document().createElement("canvas");
        fieldContext = (CanvasRenderingContext2D) fieldCanvas.getContext("2d");
        PlotInput input = new PlotInput(bench, classes, stepThrough, this);
        input.bind();
        keys = new PlotKeys(classes, this, input, redraw);
        keys.bind();
    }

    /** Fits the view to the data (on a load; adding points never moves the view). */
    void fit(DataSet data) {
        viewport = Viewport.forPlot(data);
    }

    /** Shows {@code view} (from {@link Viewport#forPlot}, made before the session changed). */
    void show(Viewport view) {
        viewport = view;
    }

    /**
     * Draws, timing the field, the boundary and the points into {@code parts} when it is not null.
     * While {@code playing} the field's resolution adapts to keep it within its share of a frame.
     */
    void draw(Session session, boolean playing, FrameParts parts) {
        if (viewport == null) {
            fit(session.data());
        }
        resize();
        double start = Dom.now();
        drawField(session, playing ? resolution.whilePlaying(lastFieldMs) : resolution.atRest());
        lastFieldMs = Dom.now() - start;
        if (parts != null) {
            parts.mark("field");
        }
        drawAxes();
        drawBoundary(session);
        if (session.data().featureCount() == 1) {
            drawCurves();
        }
        if (parts != null) {
            parts.mark("boundary");
        }
        drawPoints(session);
        if (parts != null) {
            parts.mark("points");
        }
        drawTraced(session.data(), stepThrough.tracedPoint());
        keys.draw(context);
    }

    HTMLCanvasElement canvas() {
        return canvas;
    }

    /** Shows or hides the test points (the picture only; the numbers stay). */
    void setShowTest(boolean show) {
        points.setShowTest(show);
    }

    /** Draws the field in two colours, split at the threshold, or shaded (the picture only). */
    void setDiscrete(boolean discrete) {
        colors.setDiscrete(discrete);
    }

    /** The plot's view of the world (after the first draw), for pictures over the same plane. */
    Viewport viewport() {
        return viewport;
    }

    /**
     * One feature: the sigmoid p̂(x) as a solid curve and the line z(x) = w·x + b dashed, both read
     * from the field's first row (for one input the field depends on x only), as in MLDawn's figures.
     */
    private void drawCurves() {
        int cols = field.cols();
        double[] p = field.probabilities();
        double[] z = field.logits();
        clipToPlot();
        context.setLineWidth(2);
        context.setStrokeStyle("#7c3aed");
        context.beginPath();
        for (int c = 0; c < cols; c++) {
            double x = viewport.toPixelX(viewport.cellCentreX(c, cols));
            double y = viewport.toPixelY(p[c]);
            if (c == 0) {
                context.moveTo(x, y);
            } else {
                context.lineTo(x, y);
            }
        }
        context.stroke();
        setDash(context, 6, 4);
        context.setLineWidth(1.5);
        context.setStrokeStyle("#374151");
        context.beginPath();
        for (int c = 0; c < cols; c++) {
            double x = viewport.toPixelX(viewport.cellCentreX(c, cols));
            double y = viewport.toPixelY(Math.max(-1e6, Math.min(1e6, z[c])));
            if (c == 0) {
                context.moveTo(x, y);
            } else {
                context.lineTo(x, y);
            }
        }
        context.stroke();
        context.restore();
        context.setFillStyle("#7c3aed");
        context.fillText("p̂ = σ(z)", 6, 14);
        context.setFillStyle("#374151");
        context.fillText("z = w·x + b (dashed)", 6, 28);
    }

    private void resize() {
        size = Math.max(200, Dom.cssWidth(canvas));
        int plotSize = (int) Math.max(50, size - LEFT - GAP);
        viewport = viewport.withPixelSize(plotSize, (int) Math.max(50, size - BOTTOM - GAP));
        ratio = Dom.prepareCanvas(canvas, context, size, size);
        // From here on, (0, 0) is the plot area's top-left corner.
        context.setTransform(ratio, 0, 0, ratio, LEFT * ratio, GAP * ratio);
    }

    private void drawField(Session session, int cells) {
        field.compute(session.network(), viewport, cells, cells);
        if (pixels.length != cells * cells) {
            pixels = new int[cells * cells];
            fieldCanvas.setWidth(cells);
            fieldCanvas.setHeight(cells);
        }
        colors.setThreshold(session.threshold());
        colors.fill(field.probabilities(), cells * cells, pixels);
        Int32Array packed = Int32Array.copyFromJavaArray(pixels);
        Uint8ClampedArray bytes = Uint8ClampedArray.create(packed.getBuffer(), packed.getByteOffset(), cells * cells * 4);
        fieldContext.putImageData(ImageData.create(bytes, cells, cells), 0, 0);
        setSmoothing(context, true);
        context.drawImage(fieldCanvas, 0, 0, viewport.width(), viewport.height());
    }

    private void drawAxes() {
        Axes.draw(context, viewport, viewport.xTicks(6), viewport.yTicks(6));
    }


    private void drawBoundary(Session session) {
        int count = contour.trace(field, session.threshold());
        double[] segments = contour.segments();
        context.setStrokeStyle("#111827");
        context.setLineWidth(2);
        context.beginPath();
        for (int i = 0; i < count; i++) {
            context.moveTo(viewport.toPixelX(segments[4 * i]), viewport.toPixelY(segments[4 * i + 1]));
            context.lineTo(viewport.toPixelX(segments[4 * i + 2]), viewport.toPixelY(segments[4 * i + 3]));
        }
        context.stroke();
    }

    /**
     * The points as one picture laid over the field (see {@link PointLayer}); what changed in the
     * picture is copied to the page ({@link PointPicture}).
     */
    private void drawPoints(Session session) {
        Trainer trainer = session.trainer();
        if (points.render(session.data(), trainer.testFlags(), trainer.probabilities(), session.threshold(), viewport,
                ratio)) {
            pointPicture.update(points);
            if (points.markersChanged()) {
                canvas.setAttribute("data-points-outside", Integer.toString(outside(session.data())));
            }
        }
        context.drawImage(pointPicture.canvas(), 0, 0, viewport.width(), viewport.height());
    }

    /** How many points' centres fall outside the frame (0 once the view fits its data), for tests. */
    private int outside(DataSet data) {
        int count = 0;
        for (int i = 0; i < data.size(); i++) {
            double x = viewport.toPixelX(data.feature(i, 0));
            double y = pointY(data, i);
            if (!(x >= 0 && x <= viewport.width() && y >= 0 && y <= viewport.height())) {
                count++;
            }
        }
        return count;
    }

    /** Pixel y of point i; with one feature the points sit at their label (0 or 1), spread a little. */
    private double pointY(DataSet data, int i) {
        return viewport.toPixelY(PointLayer.plotY(data, i));
    }

    /**
     * A dark ring around the point the step-through follows (index −1: none), and its
     * number (from 1, as the step-through shows it, 0 for none) and centre in CSS pixels from the
     * canvas's top-left corner as {@code data-traced-point} and {@code data-traced-at} ("x,y").
     */
    private void drawTraced(DataSet data, int index) {
        String number = Integer.toString(index + 1);
        String at = "";
        if (index >= 0 && index < data.size()) {
            double x = viewport.toPixelX(data.feature(index, 0));
            double y = pointY(data, index);
            double ring = PointLayer.ringRadius(data.size());
            clipToPlot(); // a point at the frame's edge: its ring stops there, off the axis labels
            context.setStrokeStyle("#ffffff");
            context.setLineWidth(6);
            context.beginPath();
            context.arc(x, y, ring, 0, 2 * Math.PI);
            context.stroke();
            context.setStrokeStyle("#111827");
            context.setLineWidth(3);
            context.beginPath();
            context.arc(x, y, ring, 0, 2 * Math.PI);
            context.stroke(); // a plain ring, as a selection is marked: no crosshair that reads as a cursor
            context.restore();
            at = Numbers.fixed(x + LEFT, 1) + "," + Numbers.fixed(y + GAP, 1);
        } else {
            number = "0";
        }
        if (!number.equals(canvas.getAttribute("data-traced-point"))) {
            canvas.setAttribute("data-traced-point", number);
        }
        if (!at.equals(canvas.getAttribute("data-traced-at"))) {
            canvas.setAttribute("data-traced-at", at);
        }
    }

    /** Saves the context and clips it to the plot's frame; the caller restores it. */
    private void clipToPlot() {
        context.save();
        context.beginPath();
        context.rect(0, 0, viewport.width(), viewport.height());
        context.clip();
    }

    @org.teavm.jso.JSBody(params = {"context", "dash", "gap"}, script = "context.setLineDash([dash, gap]);")
    private static native void setDash(JSObject context, double dash, double gap);

    @org.teavm.jso.JSBody(params = {"context", "on"}, script = "context.imageSmoothingEnabled = on;")
    private static native void setSmoothing(JSObject context, boolean on);
}

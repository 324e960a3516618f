package dev.boundary.web;

import dev.boundary.core.explain.ThresholdStory;
import dev.boundary.core.math.Numbers;
import dev.boundary.core.metrics.RocCurve;
import dev.boundary.core.session.Session;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * The threshold story on {@code #roc-panel}: the ROC curve and the precision–recall curve of the
 * training points' current scores, each with a dot at the slider's threshold, the AUC, and the
 * sentences tied to them. The numbers come from {@link ThresholdStory}.
 */
final class RocPanel implements Panel {
    private static final double LEFT = 34;
    private static final double RIGHT = 10;
    private static final double TOP = 10;
    private static final double BOTTOM = 28;
    private static final String CURVE = "#0f766e";
    private static final String DOT = "#b45309";
    /** The reference lines; solid, because HtmlUnit logs every setLineDash call. */
    private static final String GUIDE = "#b8bfcc";
    private static final String UNDEFINED = "—";

    private final ThresholdStory story = new ThresholdStory();
    private final HTMLCanvasElement rocCanvas;
    private final HTMLCanvasElement prCanvas;

    RocPanel() {
        rocCanvas = (HTMLCanvasElement) Dom.byId("roc-chart");
        prCanvas = (HTMLCanvasElement) Dom.byId("pr-chart");
    }

    @Override
    public void bind() {
        // The threshold slider belongs to the page, which repaints every panel when it moves.
    }

    @Override
    public void render(Session session) {
        int m = session.trainer().trainingCount();
        story.compute(session.trainingProbabilities(), session.trainingLabels(), m, session.threshold());
        String t = Numbers.fixed(session.threshold(), 2);
        boolean defined = story.defined();
        String auc = defined ? Numbers.fixed(story.auc(), 3) : UNDEFINED;
        Dom.setText("roc-auc", auc);
        Dom.setText("roc-explain-auc", auc);
        Dom.setText("roc-explain-t", t);
        Dom.setText("roc-explain-caught", story.truePositives() + " of " + story.positives());
        Dom.setText("roc-explain-flagged", story.falsePositives() + " of " + story.negatives());
        Dom.setText("roc-explain-range", range());
        Dom.setText("roc-explain-share", Numbers.fixed(story.positiveShare(), 3));
        String precision = story.precisionDefined() ? Numbers.fixed(story.precision(), 3)
                : UNDEFINED + " (nothing is called 1)";
        Dom.setText("roc-operating", !defined
                ? "At t = " + t + ": the curves need points of both classes."
                : "At t = " + t + ": true positive rate (recall) " + Numbers.fixed(story.truePositiveRate(), 3)
                        + ", false positive rate " + Numbers.fixed(story.falsePositiveRate(), 3) + ", precision "
                        + precision + ".");
        drawRoc(defined);
        drawPrecisionRecall(defined);
    }

    /** The thresholds that give the same dot: every t in (lower, upper]. */
    private String range() {
        double lower = story.lowerThreshold();
        double upper = story.upperThreshold();
        if (story.positives() + story.negatives() == 0) {
            return "any t";
        }
        if (Double.isInfinite(upper)) {
            return "every t above " + Numbers.fixed(lower, 3);
        }
        if (Double.isInfinite(lower)) {
            return "every t up to " + Numbers.fixed(upper, 3);
        }
        return "every t above " + Numbers.fixed(lower, 3) + " and up to " + Numbers.fixed(upper, 3);
    }

    private void drawRoc(boolean defined) {
        CanvasRenderingContext2D context = prepare(rocCanvas);
        double size = side(rocCanvas);
        frame(context, size, "false positive rate", "true positive rate");
        // Guessing: the diagonal TPR = FPR.
        context.setStrokeStyle(GUIDE);
        context.setLineWidth(1);
        context.beginPath();
        context.moveTo(px(0, size), py(0, size));
        context.lineTo(px(1, size), py(1, size));
        context.stroke();
        if (!defined) {
            message(context, size, "needs both classes");
            return;
        }
        RocCurve curve = story.curve();
        context.setFillStyle("rgba(15, 118, 110, 0.12)");
        context.beginPath();
        context.moveTo(px(0, size), py(0, size));
        for (int k = 0; k < curve.pointCount(); k++) {
            context.lineTo(px(curve.falsePositiveRate(k), size), py(curve.truePositiveRate(k), size));
        }
        context.lineTo(px(1, size), py(0, size));
        context.closePath();
        context.fill();
        context.setStrokeStyle(CURVE);
        context.setLineWidth(2);
        context.beginPath();
        for (int k = 0; k < curve.pointCount(); k++) {
            double x = px(curve.falsePositiveRate(k), size);
            double y = py(curve.truePositiveRate(k), size);
            if (k == 0) {
                context.moveTo(x, y);
            } else {
                context.lineTo(x, y);
            }
        }
        context.stroke();
        dot(context, px(story.falsePositiveRate(), size), py(story.truePositiveRate(), size), true);
    }

    private void drawPrecisionRecall(boolean defined) {
        CanvasRenderingContext2D context = prepare(prCanvas);
        double size = side(prCanvas);
        frame(context, size, "recall", "precision");
        if (!defined) {
            message(context, size, "needs both classes");
            return;
        }
        // Guessing "1" for everyone: precision = the share of class 1 at every recall.
        context.setStrokeStyle(GUIDE);
        context.setLineWidth(1);
        context.beginPath();
        context.moveTo(px(0, size), py(story.positiveShare(), size));
        context.lineTo(px(1, size), py(story.positiveShare(), size));
        context.stroke();
        RocCurve curve = story.curve();
        context.setStrokeStyle(CURVE);
        context.setLineWidth(2);
        context.beginPath();
        for (int k = 0; k < curve.pointCount(); k++) {
            double x = px(curve.recall(k), size);
            double y = py(curve.precision(k), size);
            if (k == 0) {
                context.moveTo(x, y);
            } else {
                context.lineTo(x, y);
            }
        }
        context.stroke();
        // With nothing called 1 the precision is undefined: a hollow dot at the curve's start.
        double precision = story.precisionDefined() ? story.precision() : 1.0;
        dot(context, px(story.truePositiveRate(), size), py(precision, size), story.precisionDefined());
    }

    private static CanvasRenderingContext2D prepare(HTMLCanvasElement canvas) {
        double size = side(canvas);
        CanvasRenderingContext2D context = (CanvasRenderingContext2D) canvas.getContext("2d");
        Dom.prepareCanvas(canvas, context, size, size);
        return context;
    }

    /** The canvas is square: its CSS width (at least 160 px; HtmlUnit lays out nothing). */
    private static double side(HTMLCanvasElement canvas) {
        return Math.max(160, Dom.cssWidth(canvas));
    }

    private static double px(double value, double size) {
        return LEFT + value * (size - LEFT - RIGHT);
    }

    private static double py(double value, double size) {
        return TOP + (1 - value) * (size - TOP - BOTTOM);
    }

    private static void frame(CanvasRenderingContext2D context, double size, String xName, String yName) {
        context.setStrokeStyle("#d9dde5");
        context.setLineWidth(1);
        context.strokeRect(px(0, size), py(1, size), px(1, size) - px(0, size), py(0, size) - py(1, size));
        context.setFillStyle("#5b6475");
        context.setFont("11px system-ui, sans-serif");
        context.setTextAlign("right");
        context.fillText("1", px(0, size) - 4, py(1, size) + 8);
        context.fillText("0.5", px(0, size) - 4, py(0.5, size) + 4);
        context.fillText("0", px(0, size) - 4, py(0, size));
        context.setTextAlign("center");
        context.fillText("0.5", px(0.5, size), py(0, size) + 12);
        context.fillText("1", px(1, size), py(0, size) + 12);
        context.fillText(xName + " →", px(0.5, size), size - 3);
        context.save();
        context.translate(10, py(0.5, size));
        context.rotate(-Math.PI / 2);
        context.fillText(yName + " →", 0, 0);
        context.restore();
        context.setTextAlign("start");
    }

    private static void message(CanvasRenderingContext2D context, double size, String text) {
        context.setFillStyle("#5b6475");
        context.setTextAlign("center");
        context.fillText(text, px(0.5, size), py(0.5, size));
        context.setTextAlign("start");
    }

    private static void dot(CanvasRenderingContext2D context, double x, double y, boolean filled) {
        context.beginPath();
        context.arc(x, y, 5, 0, 2 * Math.PI);
        context.setLineWidth(2);
        if (filled) {
            context.setFillStyle(DOT);
            context.fill();
            context.setStrokeStyle("#ffffff");
        } else {
            context.setStrokeStyle(DOT);
        }
        context.stroke();
    }

    @Override
    public String elementId() {
        return "roc-panel";
    }
}

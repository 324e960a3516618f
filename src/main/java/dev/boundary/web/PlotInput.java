package dev.boundary.web;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.math.Numbers;
import dev.boundary.core.session.Session;
import dev.boundary.core.view.Viewport;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * Mouse and touch on the plot: a click adds a point of the active class (shift: the other class), a drag
 * paints points, a right-click or a long press removes the nearest one, and hovering reads out z, p̂ and
 * the loss there. Coordinates are CSS pixels from the plot area's top-left corner.
 */
final class PlotInput {
    private final Workbench bench;
    private final ClassPicker classes;
    private final StepThroughPanel stepThrough;
    private final PlotView plot;
    private final HTMLCanvasElement canvas;
    private final double[] readout = new double[3];
    private boolean dragging;
    private double lastDragX;
    private double lastDragY;
    private int longPressTimer = -1;

    PlotInput(Workbench bench, ClassPicker classes, StepThroughPanel stepThrough, PlotView plot) {
        this.bench = bench;
        this.classes = classes;
        this.stepThrough = stepThrough;
        this.plot = plot;
        this.canvas = plot.canvas();
    }

    private Viewport view() {
        return plot.viewport();
    }

    void bind() {
        canvas.addEventListener("contextmenu", (Event event) -> Dom.preventDefault(event));
        canvas.addEventListener("mousedown", (Event event) -> {
            MouseEvent mouse = (MouseEvent) event;
            double x = Dom.offsetX(canvas, mouse.getClientX()) - PlotView.LEFT;
            double y = Dom.offsetY(canvas, mouse.getClientY()) - PlotView.GAP;
            if (mouse.getButton() == 2) {
                removeAt(x, y);
            } else if (mouse.getButton() == 0 && (mouse.getAltKey() || mouse.getCtrlKey() || mouse.getMetaKey())) {
                traceAt(x, y);
            } else if (mouse.getButton() == 0) {
                addAt(x, y, mouse.getShiftKey());
                dragging = true;
                lastDragX = x;
                lastDragY = y;
            }
            Dom.preventDefault(event);
        });
        canvas.addEventListener("mousemove", (Event event) -> {
            MouseEvent mouse = (MouseEvent) event;
            double x = Dom.offsetX(canvas, mouse.getClientX()) - PlotView.LEFT;
            double y = Dom.offsetY(canvas, mouse.getClientY()) - PlotView.GAP;
            if (dragging && (mouse.getButtons() & 1) != 0) {
                paintTo(x, y, mouse.getShiftKey());
            }
            hover(x, y);
        });
        canvas.addEventListener("mouseup", (Event event) -> dragging = false);
        canvas.addEventListener("mouseleave", (Event event) -> dragging = false);
        canvas.addEventListener("touchstart", (Event event) -> {
            Dom.preventDefault(event);
            double x = Dom.offsetX(canvas, touchX(event)) - PlotView.LEFT;
            double y = Dom.offsetY(canvas, touchY(event)) - PlotView.GAP;
            lastDragX = x;
            lastDragY = y;
            dragging = false;
            longPressTimer = Window.setTimeout(() -> {
                longPressTimer = -1;
                removeAt(lastDragX, lastDragY);
            }, 500);
        });
        canvas.addEventListener("touchmove", (Event event) -> {
            Dom.preventDefault(event);
            double x = Dom.offsetX(canvas, touchX(event)) - PlotView.LEFT;
            double y = Dom.offsetY(canvas, touchY(event)) - PlotView.GAP;
            if (Math.hypot(x - lastDragX, y - lastDragY) > 8) {
                cancelLongPress();
                if (!dragging) {
                    dragging = true;
                    addAt(lastDragX, lastDragY, false);
                }
                paintTo(x, y, false);
            }
        });
        canvas.addEventListener("touchend", (Event event) -> {
            Dom.preventDefault(event);
            if (longPressTimer >= 0) {
                cancelLongPress();
                if (!dragging) {
                    addAt(lastDragX, lastDragY, false);
                }
            }
            dragging = false;
        });
    }

    private void cancelLongPress() {
        if (longPressTimer >= 0) {
            Window.clearTimeout(longPressTimer);
            longPressTimer = -1;
        }
    }

    private void paintTo(double x, double y, boolean shift) {
        if (Math.hypot(x - lastDragX, y - lastDragY) >= 14) {
            addAt(x, y, shift);
            lastDragX = x;
            lastDragY = y;
        }
    }

    private boolean inside(double x, double y) {
        return x >= 0 && x <= view().width() && y >= 0 && y <= view().height();
    }

    /** Adds a point of the active class (or the other) at plot-area pixel (x, y), when inside. */
    void addAt(double x, double y, boolean otherClass) {
        if (view() == null || !inside(x, y)) {
            return;
        }
        double start = Dom.now();
        double label = otherClass ? 1.0 - classes.activeClass() : classes.activeClass();
        double worldY = view().toWorldY(y);
        if (bench.session().data().featureCount() == 1) {
            worldY = label;
        }
        if (!bench.session().addPoint(view().toWorldX(x), worldY, label)) {
            bench.status(Session.FULL_MESSAGE, true);
            return;
        }
        bench.render();
        bench.pointEdited(start);
    }

    /** The world x₂ of plot-area pixel row y for finding the nearest point; 0 with one feature. */
    private double worldY(double y) {
        return bench.session().data().featureCount() == 1 ? 0 : view().toWorldY(y);
    }

    /** The step-through follows the point nearest plot-area pixel (x, y), and the status says which. */
    void traceAt(double x, double y) {
        if (view() == null) {
            return;
        }
        DataSet data = bench.session().data();
        int index = data.nearest(view().toWorldX(x), worldY(y));
        if (index < 0) {
            bench.status("There are no points to follow yet.", false);
            return;
        }
        stepThrough.follow(index);
        bench.status("The step-through follows point " + (index + 1) + ", of class " + Numbers.fixed(data.label(index), 0)
                + ".", false);
    }

    /** Removes the point nearest plot-area pixel (x, y), within 12 pixels, or says there is none. */
    void removeAt(double x, double y) {
        if (view() == null) {
            return;
        }
        double start = Dom.now();
        double reach = 12 * (view().xMax() - view().xMin()) / view().width();
        int removed = bench.session().removeNearest(view().toWorldX(x), worldY(y), reach);
        if (removed >= 0) {
            stepThrough.pointRemoved(removed);
            bench.render();
            bench.pointEdited(start);
        } else {
            bench.status("No point near there to remove.", false);
        }
    }

    private void hover(double x, double y) {
        if (view() == null || !inside(x, y)) {
            return;
        }
        Dom.setText("hover", readout(x, y));
    }

    /** "x₁ = …, x₂ = …   z = …   p̂ = …   loss if 1: …, if 0: …" at plot-area pixel (x, y). */
    String readout(double x, double y) {
        double x1 = view().toWorldX(x);
        double x2 = view().toWorldY(y);
        bench.session().inspect(x1, x2, Double.NaN, readout);
        double pHat = readout[1];
        StringBuilder text = new StringBuilder();
        text.append("x₁ = ").append(Numbers.fixed(x1, 3));
        if (bench.session().data().featureCount() == 2) {
            text.append(", x₂ = ").append(Numbers.fixed(x2, 3));
        }
        text.append("   z = ").append(Numbers.fixed(readout[0], 4))
                .append("   p̂ = ").append(Numbers.fixed(pHat, 4))
                .append("   loss if 1: ").append(Numbers.fixed(bench.session().scenario().training().loss().loss(readout[0], pHat, 1), 4))
                .append(", if 0: ").append(Numbers.fixed(bench.session().scenario().training().loss().loss(readout[0], pHat, 0), 4));
        return text.toString();
    }

    @org.teavm.jso.JSBody(params = "event", script = "var t = event.touches[0] || event.changedTouches[0]; return t.clientX;")
    private static native double touchX(JSObject event);

    @org.teavm.jso.JSBody(params = "event", script = "var t = event.touches[0] || event.changedTouches[0]; return t.clientY;")
    private static native double touchY(JSObject event);
}

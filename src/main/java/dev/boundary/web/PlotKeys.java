package dev.boundary.web;

import dev.boundary.core.math.Numbers;
import dev.boundary.core.view.Viewport;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * The keyboard's way to do what clicks on the plot do. When the plot gets the focus from the keyboard
 * (or takes a key after a click) a cursor appears, at the centre the first time, then where it was
 * left. The arrow keys move it a fortieth of the plot (a two-hundredth with Shift); Enter adds a point
 * of the active class there, Shift+Enter one of the other class; Delete or Backspace removes the
 * nearest point, and T makes the step-through follow it. {@code #plot-cursor} (a polite live region)
 * reads out where the cursor is and z and p̂ there; the canvas carries the cursor's centre in CSS pixels
 * from its top-left corner as {@code data-cursor-at} ("x,y"; empty without the focus).
 */
final class PlotKeys {
    private static final double STEPS = 40;
    private static final double FINE_STEPS = 200;

    private final ClassPicker classes;
    private final Runnable redraw;
    private final PlotView plot;
    private final PlotInput input;
    private final HTMLCanvasElement canvas;
    private boolean shown;
    /** When a pointer last pressed on the plot (ms), to tell a click's focus from the keyboard's. */
    private double pointerAt = Double.NEGATIVE_INFINITY;
    /** The cursor in CSS pixels from the plot area's top-left corner; NaN before the first focus. */
    private double cursorX = Double.NaN;
    private double cursorY = Double.NaN;

    /** {@code redraw} repaints the plot alone, for the cursor. */
    PlotKeys(ClassPicker classes, PlotView plot, PlotInput input, Runnable redraw) {
        this.classes = classes;
        this.redraw = redraw;
        this.plot = plot;
        this.input = input;
        this.canvas = plot.canvas();
    }

    void bind() {
        // A click focuses the plot too; the cursor is for the keyboard, so it waits for a key then.
        canvas.addEventListener("mousedown", (Event event) -> pointerPressed());
        canvas.addEventListener("touchstart", (Event event) -> pointerPressed());
        canvas.addEventListener("focus", (Event event) -> {
            if (Dom.now() - pointerAt > 500) {
                show();
            }
        });
        canvas.addEventListener("blur", (Event event) -> hide());
        canvas.addEventListener("keydown", (Event event) -> onKey((KeyboardEvent) event));
    }

    private void pointerPressed() {
        pointerAt = Dom.now();
        hide();
    }

    private void show() {
        Viewport view = plot.viewport();
        if (view == null) {
            return;
        }
        shown = true;
        if (Double.isNaN(cursorX)) {
            cursorX = view.width() / 2;
            cursorY = view.height() / 2;
        }
        moved();
    }

    private void hide() {
        if (shown) {
            shown = false;
            Dom.setText("plot-cursor", "");
            redraw.run();
        }
    }

    private void onKey(KeyboardEvent event) {
        Viewport view = plot.viewport();
        String key = Dom.key(event);
        boolean arrow = key.startsWith("Arrow");
        boolean follow = key.equals("t") || key.equals("T");
        if (view == null || !(arrow || follow || key.equals("Enter") || key.equals("Delete") || key.equals("Backspace"))) {
            return;
        }
        // The arrows would scroll the page: the plot uses these keys.
        Dom.preventDefault(event);
        event.stopPropagation();
        if (!shown) {
            show(); // the first key after a click shows where the cursor is
            return;
        }
        double steps = event.isShiftKey() ? FINE_STEPS : STEPS;
        if (key.equals("ArrowLeft") || key.equals("ArrowRight")) {
            cursorX = clamp(cursorX + (key.equals("ArrowLeft") ? -1 : 1) * view.width() / steps, view.width());
            moved();
        } else if (key.equals("ArrowUp") || key.equals("ArrowDown")) {
            cursorY = clamp(cursorY + (key.equals("ArrowUp") ? -1 : 1) * view.height() / steps, view.height());
            moved();
        } else if (key.equals("Enter")) {
            input.addAt(cursorX, cursorY, event.isShiftKey());
            announce();
        } else if (follow) {
            input.traceAt(cursorX, cursorY);
        } else {
            input.removeAt(cursorX, cursorY);
            announce();
        }
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(max, value));
    }

    private void moved() {
        announce();
        redraw.run();
    }

    private void announce() {
        String label = Numbers.fixed(classes.activeClass(), 0);
        String other = Numbers.fixed(1 - classes.activeClass(), 0);
        Dom.setText("plot-cursor", "Cursor at " + input.readout(cursorX, cursorY) + ". Enter adds a point of class "
                + label + ", Shift+Enter class " + other + ", Delete removes the nearest, T follows the nearest in the"
                + " step-through.");
    }

    /** Draws the cursor (a plus in a square) on the plot area, when the plot has the focus. */
    void draw(CanvasRenderingContext2D context) {
        String at = "";
        if (shown && !Double.isNaN(cursorX)) {
            double x = cursorX;
            double y = cursorY;
            context.setStrokeStyle("#ffffff");
            context.setLineWidth(4);
            outline(context, x, y);
            context.setStrokeStyle("#7c3aed");
            context.setLineWidth(2);
            outline(context, x, y);
            at = Numbers.fixed(x + PlotView.LEFT, 1) + "," + Numbers.fixed(y + PlotView.GAP, 1);
        }
        if (!at.equals(canvas.getAttribute("data-cursor-at"))) {
            canvas.setAttribute("data-cursor-at", at);
        }
    }

    private static void outline(CanvasRenderingContext2D context, double x, double y) {
        context.beginPath();
        context.rect(x - 7, y - 7, 14, 14);
        context.moveTo(x - 4, y);
        context.lineTo(x + 4, y);
        context.moveTo(x, y - 4);
        context.lineTo(x, y + 4);
        context.stroke();
    }
}

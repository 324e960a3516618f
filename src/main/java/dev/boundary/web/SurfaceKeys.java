package dev.boundary.web;

import dev.boundary.core.compare.SurfaceChoices;
import dev.boundary.core.math.Numbers;
import dev.boundary.core.view.Viewport;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The keyboard's way to do what a click on the loss surface does. When the map has the focus, a cursor
 * (drawn by {@link SurfaceCanvas}) starts at the current weights; the arrow keys move it a twentieth of
 * the range (a hundredth with Shift), Enter or space restarts training from it, and
 * {@code #surface-cursor} (polite live region) says where it is and the cost there.
 */
final class SurfaceKeys {
    private static final String HINT = "Keyboard: Tab to the map, move a cursor with the arrow keys (Shift for"
            + " finer steps), and press Enter to start training from it.";

    private final LossSurfacePanel panel;
    private final HTMLElement canvas;
    private double cursorX = Double.NaN;
    private double cursorY = Double.NaN;

    SurfaceKeys(LossSurfacePanel panel, HTMLElement canvas) {
        this.panel = panel;
        this.canvas = canvas;
    }

    void bind() {
        Dom.setText("surface-cursor", HINT);
        canvas.addEventListener("focus", (Event event) -> {
            if (panel.range() == null) {
                return;
            }
            cursorX = SurfaceChoices.snap(panel.latestX(), panel.range());
            cursorY = SurfaceChoices.snap(panel.latestY(), panel.range());
            moved();
        });
        canvas.addEventListener("blur", (Event event) -> {
            cursorX = Double.NaN;
            cursorY = Double.NaN;
            Dom.setText("surface-cursor", HINT);
            panel.redraw();
        });
        canvas.addEventListener("keydown", (Event event) -> onKey((KeyboardEvent) event));
    }

    private void onKey(KeyboardEvent event) {
        Viewport range = panel.range();
        if (Double.isNaN(cursorX) || range == null) {
            return;
        }
        String key = Dom.key(event);
        boolean fine = event.isShiftKey();
        if (key.equals("ArrowLeft") || key.equals("ArrowRight")) {
            cursorX = SurfaceChoices.moveCursor(cursorX, key.equals("ArrowLeft") ? -1 : 1, fine, range.xMin(),
                    range.xMax(), range);
            moved();
        } else if (key.equals("ArrowUp") || key.equals("ArrowDown")) {
            cursorY = SurfaceChoices.moveCursor(cursorY, key.equals("ArrowDown") ? -1 : 1, fine, range.yMin(),
                    range.yMax(), range);
            moved();
        } else if (key.equals("Enter") || key.equals(" ")) {
            panel.restartFrom(cursorX, cursorY);
            announce();
        } else {
            return;
        }
        // The arrows would scroll the page and space would play: the map has used the key.
        Dom.preventDefault(event);
        event.stopPropagation();
    }

    private void moved() {
        announce();
        panel.redraw();
    }

    private void announce() {
        double cost = panel.costAt(cursorX, cursorY);
        Dom.setText("surface-cursor", "Cursor at " + panel.pairName() + " = (" + Numbers.trimmed(cursorX, 4)
                + ", " + Numbers.trimmed(cursorY, 4) + "): cost "
                + (Double.isNaN(cost) ? "undefined (no points)" : Numbers.fixed(cost, 6))
                + ". Enter starts training from here.");
    }

    /** The cursor's value across, NaN when the map does not have the focus. */
    double cursorX() {
        return cursorX;
    }

    /** The cursor's value up, NaN when the map does not have the focus. */
    double cursorY() {
        return cursorY;
    }
}

package dev.boundary.web;

import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;

/**
 * The page's keyboard shortcuts: Ctrl+Z (⌘Z) undoes, Ctrl+Shift+Z and Ctrl+Y redo, space plays or
 * pauses, 1 and 2 pick the class a click adds, s trains one epoch. They work wherever the focus is
 * (a slider, a menu, the plot) except in a box the learner types in (text, number); on a menu the
 * shortcut letters are shortcuts, not a search of its entries, and space on a button, a link or a
 * check box presses it.
 */
final class PageKeys {
    private final UndoRedo history;
    private final ClassPicker classes;
    private final Transport transport;

    PageKeys(UndoRedo history, ClassPicker classes, Transport transport) {
        this.history = history;
        this.classes = classes;
        this.transport = transport;
    }

    void bind() {
        Dom.document().addEventListener("keydown", (Event event) -> onKey((KeyboardEvent) event));
    }

    private void onKey(KeyboardEvent event) {
        if (Dom.targetIsTyping(event)) {
            return;
        }
        String key = Dom.key(event);
        boolean command = event.isCtrlKey() || event.isMetaKey();
        if (command && (key.equals("z") || key.equals("Z"))) {
            if (event.isShiftKey()) {
                history.redo();
            } else {
                history.undo();
            }
            Dom.preventDefault(event);
        } else if (command && (key.equals("y") || key.equals("Y"))) {
            history.redo();
            Dom.preventDefault(event);
        } else if (command) {
            return;
        } else if (key.equals(" ") && !Dom.targetIsButton(event) && !Dom.targetIsToggle(event)) {
            transport.togglePlay();
            Dom.preventDefault(event);
        } else if (key.equals("1")) {
            classes.setActiveClass(1.0);
            preventOnMenu(event);
        } else if (key.equals("2")) {
            classes.setActiveClass(0.0);
            preventOnMenu(event);
        } else if (key.equals("s")) {
            transport.step();
            preventOnMenu(event);
        }
    }

    /** A menu would take the letter as a search for an entry: the shortcut has it instead. */
    private static void preventOnMenu(KeyboardEvent event) {
        if (Dom.targetIsMenu(event)) {
            Dom.preventDefault(event);
        }
    }
}

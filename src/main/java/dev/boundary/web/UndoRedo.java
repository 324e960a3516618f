package dev.boundary.web;

import dev.boundary.core.session.Session;
import java.util.function.BooleanSupplier;

/**
 * Undo and Redo ({@code #undo}, {@code #redo}, Ctrl+Z and Ctrl+Y through {@link PageKeys}): each stops
 * play, goes one change back or forward in the session's history and says which; after a change of
 * the whole data set the plot's view fits the points that came back.
 */
final class UndoRedo {
    private final Workbench bench;
    private final Transport transport;
    private final PlotView plot;

    UndoRedo(Workbench bench, Transport transport, PlotView plot) {
        this.bench = bench;
        this.transport = transport;
        this.plot = plot;
    }

    void bind() {
        Dom.on("undo", "click", event -> undo());
        Dom.on("redo", "click", event -> redo());
    }

    void undo() {
        Session session = bench.session();
        go(session.undoLabel(), "Undid", session::undo);
    }

    void redo() {
        Session session = bench.session();
        go(session.redoLabel(), "Redid", session::redo);
    }

    /** Stops play and makes {@code change} (undo or redo, false when there was none), saying which. */
    private void go(String label, String done, BooleanSupplier change) {
        transport.pause();
        if (change.getAsBoolean()) {
            fitAfter(label);
            bench.status(done + ": " + label + ".", false);
            bench.render();
        }
    }

    /** Enables each button only when there is something to undo or redo; part of every repaint. */
    void show(Session session) {
        Dom.setDisabled("undo", !session.canUndo());
        Dom.setDisabled("redo", !session.canRedo());
    }

    /** After undoing or redoing a change of the whole data set, the view fits the points that came back. */
    private void fitAfter(String label) {
        if (label.startsWith("load") || label.startsWith("redraw") || label.startsWith("new sample")
                || label.startsWith("import")
                || label.startsWith("clear")) {
            plot.fit(bench.session().data());
        }
    }
}

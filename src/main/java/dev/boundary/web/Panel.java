package dev.boundary.web;

import dev.boundary.core.session.Session;

/** A part of the page that binds its own controls once and repaints from the session. */
interface Panel {
    /** Wires the panel's controls; called once at start-up. */
    void bind();

    /** Repaints from the session; called after every change and every animation frame. */
    void render(Session session);

    /**
     * Called after every epoch trained, also the many of one frame of play, before the repaint; for
     * panels that record each epoch (the loss surface's path). Must be cheap: it runs per epoch.
     */
    default void afterEpoch(Session session) {
    }

    /**
     * The id of the element the panel draws into, or null. A panel whose element is scrolled out of
     * view is not repainted; it is repainted when it comes into view ({@link PanelsInView}).
     */
    default String elementId() {
        return null;
    }
}

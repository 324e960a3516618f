package dev.boundary.web;

import dev.boundary.core.session.Session;

/** A part of the page that binds its own controls once and repaints from the session. */
interface Panel {
    /** Wires the panel's controls; called once at start-up. */
    void bind();

    /** Repaints from the session; called after every change and every animation frame. */
    void render(Session session);

    /**
     * The id of the element the panel draws into, or null. While training plays, a panel whose element
     * is scrolled out of view is not repainted every frame; it is repainted when play stops.
     */
    default String elementId() {
        return null;
    }
}

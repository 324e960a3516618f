package dev.boundary.web;

import dev.boundary.core.session.Session;

/**
 * What a panel works with: the page's one {@link Session} (read and edited in place, never replaced),
 * a repaint of the whole page from it, and the status line. {@link Page} is the one implementation;
 * panels receive this instead of the page, and anything more they need (the plot, the play loop, the
 * scenario loader) as that part itself.
 */
interface Workbench {
    Session session();

    /** Repaints every part of the page from the session, after a change. */
    void render();

    /** Shows {@code message} on the status line, marked as a problem when {@code error}; "" clears it. */
    void status(String message, boolean error);

    /**
     * A point added or removed by hand since {@code start} ({@link Dom#now()}) has been drawn: timed for
     * the page's edit figures when it records them ({@code ?frametimes}).
     */
    void pointEdited(double start);
}

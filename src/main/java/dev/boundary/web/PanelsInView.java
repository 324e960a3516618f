package dev.boundary.web;

import dev.boundary.core.session.Session;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;

import java.util.ArrayList;
import java.util.List;

/**
 * Repaints the panels a learner can see and leaves the rest for later. A panel that names its element
 * ({@link Panel#elementId()}) and is scrolled out of view is not repainted: it is marked
 * {@code data-stale="true"} and repainted from the session as soon as scrolling or a larger window
 * brings it into view. The maths panels below the plot (the loss surface above all) cost more than the
 * rest of a repaint together, so the page starts, and answers each click, without them.
 */
final class PanelsInView {
    private static final String STALE = "data-stale";

    private final List<Panel> panels;
    private final boolean[] stale;
    private final Session session;

    /** The panels in the order they are repainted, each from {@code session} (the page's one session). */
    PanelsInView(List<Panel> panels, Session session) {
        this.panels = new ArrayList<>(panels);
        this.stale = new boolean[panels.size()];
        this.session = session;
    }

    /** Repaints the stale panels that scrolling or resizing brought into view. */
    void bind() {
        Window window = Window.current();
        window.addEventListener("scroll", event -> catchUp());
        window.addEventListener("resize", event -> catchUp());
    }

    /**
     * Repaints each panel that has no element or whose element is on screen, and marks the others
     * stale; {@code parts}, when not null, gets one mark per panel repainted.
     */
    void render(FrameParts parts) {
        for (int i = 0; i < panels.size(); i++) {
            Panel panel = panels.get(i);
            String id = panel.elementId();
            if (id == null || Dom.isOnScreen(Dom.byId(id))) {
                paint(i);
                if (parts != null) {
                    parts.mark(id == null ? "other panels" : id);
                }
            } else if (!stale[i]) {
                stale[i] = true;
                Dom.byId(id).setAttribute(STALE, "true");
            }
        }
    }

    private void catchUp() {
        for (int i = 0; i < panels.size(); i++) {
            if (stale[i] && Dom.isOnScreen(Dom.byId(panels.get(i).elementId()))) {
                paint(i);
            }
        }
    }

    private void paint(int index) {
        Panel panel = panels.get(index);
        panel.render(session);
        if (stale[index]) {
            stale[index] = false;
            HTMLElement element = Dom.byId(panel.elementId());
            element.removeAttribute(STALE);
        }
    }
}

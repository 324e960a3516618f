package dev.boundary.web;

import dev.boundary.core.link.Link;
import dev.boundary.core.math.Quote;
import dev.boundary.core.session.Session;
import dev.boundary.core.state.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * The last {@link #SIZE} sessions left behind, in the browser's local storage (newest first), so a
 * link, an import, a data set or Reset never costs the work that was on the page: each of them puts
 * the session it replaces here first, and so does a start-up that does not restore the autosave.
 * {@code #recent} lists them and Reopen loads one (as an undoable load). The same session is kept once.
 * When storage is full the oldest go first (also to make room for the autosave of the session on the
 * page); a session that does not fit alone is not kept.
 */
final class RecentSessions {
    /** The storage key; the value is the fragments ({@code #s=…}), one a line. */
    static final String KEY = "boundary.recent";
    static final int SIZE = 5;

    private final Link link = new Link();

    /** The kept fragments, newest first. */
    List<String> entries() {
        List<String> entries = new ArrayList<>();
        String stored = FilesBrowser.storageGet(KEY);
        if (stored != null) {
            for (String line : stored.split("\n")) {
                if (Link.isLink(line) && entries.size() < SIZE) {
                    entries.add(line);
                }
            }
        }
        return entries;
    }

    /** Keeps the session as it is now. */
    void remember(Session session) {
        try {
            rememberText(link.write(session.snapshot()));
        } catch (RuntimeException e) {
            // a session that cannot be encoded cannot be kept; the page goes on
        }
    }

    /** Keeps {@code fragment} (a link fragment, e.g. the autosave's) in front. */
    void rememberText(String fragment) {
        List<String> entries = entries();
        entries.remove(fragment);
        entries.add(0, fragment);
        while (entries.size() > SIZE) {
            entries.remove(entries.size() - 1);
        }
        while (!entries.isEmpty() && !FilesBrowser.storageSet(KEY, String.join("\n", entries)).isEmpty()) {
            entries.remove(entries.size() - 1); // full: the oldest go first
        }
    }

    /** Forgets the oldest kept session, to make room; false when none is kept. */
    boolean dropOldest() {
        List<String> entries = entries();
        if (entries.isEmpty()) {
            return false;
        }
        entries.remove(entries.size() - 1);
        FilesBrowser.storageSet(KEY, String.join("\n", entries));
        return true;
    }

    /** Fills the {@code #recent} select with the kept sessions, described, and shows it when any is kept. */
    void show() {
        List<String> entries = entries();
        org.teavm.jso.dom.html.HTMLElement select = Dom.byId("recent");
        select.setTextContent("");
        for (int i = 0; i < entries.size(); i++) {
            String label;
            try {
                Scenario scenario = Link.read(entries.get(i)).scenario();
                int points = scenario.data().size();
                label = Quote.shown(scenario.title()) + ", " + points + (points == 1 ? " point" : " points")
                        + (scenario.hasTrainedState() ? ", epoch " + scenario.trained().epoch() : "");
            } catch (RuntimeException e) {
                label = "a session this page cannot read";
            }
            org.teavm.jso.dom.html.HTMLElement option = Dom.element("option", null, (i + 1) + ". " + label);
            option.setAttribute("value", Integer.toString(i));
            select.appendChild(option);
        }
        if (entries.isEmpty()) {
            Dom.byId("recent-row").setAttribute("hidden", "");
        } else {
            Dom.byId("recent-row").removeAttribute("hidden");
        }
    }
}

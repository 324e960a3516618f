package dev.boundary.web;

import dev.boundary.core.io.ImportCheck;
import dev.boundary.core.link.Link;
import dev.boundary.core.session.Session;
import org.teavm.jso.browser.Window;

/**
 * Keeps the session in the browser's local storage, as the compact code of a link, about a second
 * after each change, so a reload brings it back. (Not when the page is being left: a page that writes
 * while it unloads can undo a clear of the storage made just before, as test drivers do between
 * tests; a change in the last second before closing the page is the price.) Saving while training
 * costs little: the points' code is reused until the points change. A full or forbidden storage turns
 * autosave off with a message, and nothing else changes. While a save is due, {@code <html>} carries
 * {@code data-autosave-pending}, so a check can wait for the save itself instead of for a time.
 */
final class AutosaveStore {
    /** The storage key; the value is a link fragment ({@code #s=…}). */
    static final String KEY = "boundary.autosave";
    private static final int DELAY_MS = 1000;
    /** The attribute of {@code <html>} present while a save is due. */
    private static final String PENDING = "data-autosave-pending";

    private final Workbench bench;
    private final RecentSessions recent;
    private final Link link = new Link();
    private long savedChange = -1;
    /** The code saved last (or restored at start-up): a change that comes back to it is not saved. */
    private String savedText;
    private boolean movedOn;
    /** False until the start-up session is known ({@link #markSaved}): nothing is saved before. */
    private boolean armed;
    private int timer = -1;
    private String lastProblem = "";

    AutosaveStore(Workbench bench, RecentSessions recent) {
        this.bench = bench;
        this.recent = recent;
    }

    /** Shows whether autosave can work here. */
    void bind() {
        String problem = FilesBrowser.storageProblem();
        showState(problem, 0);
        lastProblem = problem;
    }

    /** The saved fragment, or null when there is none or storage cannot be read. */
    String saved() {
        return FilesBrowser.storageGet(KEY);
    }

    /** Takes the session as it is now as saved (after restoring it at start-up). */
    void markSaved(Session session) {
        armed = true;
        savedChange = session.changeCount();
        try {
            savedText = link.write(session.snapshot());
        } catch (RuntimeException e) {
            savedText = null;
        }
    }

    private boolean changedSince(Session session) {
        return session.changeCount() != savedChange;
    }

    /** Schedules a save when the session changed since the last one. */
    void changed(Session session) {
        if (armed && changedSince(session) && timer < 0) {
            timer = Window.setTimeout(this::saveNow, DELAY_MS);
            Dom.document().getDocumentElement().setAttribute(PENDING, "true");
        }
    }

    /** Saves now if anything changed; says so when storage is full or forbidden. */
    void saveNow() {
        if (timer >= 0) {
            Window.clearTimeout(timer);
            timer = -1;
        }
        Dom.document().getDocumentElement().removeAttribute(PENDING);
        Session session = bench.session();
        if (!armed || !changedSince(session)) {
            return;
        }
        savedChange = session.changeCount();
        String text;
        try {
            text = link.write(session.snapshot());
        } catch (RuntimeException e) {
            report("Error", 0);
            return;
        }
        if (text.equals(savedText)) {
            return; // e.g. a threshold moved and moved back: nothing new to save
        }
        savedText = text;
        if (!movedOn) {
            movedOn = true;
            // The session is no longer the one of the link the page may have opened: a reload should
            // bring back this autosave, not the link.
            FilesBrowser.clearFragment();
        }
        String problem = FilesBrowser.storageSet(KEY, text);
        // The session on the page comes before older ones: make room by dropping the oldest recent ones.
        while ((problem.contains("Quota") || problem.contains("QUOTA")) && recent.dropOldest()) {
            problem = FilesBrowser.storageSet(KEY, text);
        }
        report(problem, text.length());
    }

    private void report(String problem, int length) {
        boolean news = !problem.equals(lastProblem);
        lastProblem = problem;
        showState(problem, length);
        if (news && !problem.isEmpty()) {
            bench.status(problem.contains("Quota") || problem.contains("QUOTA")
                    ? "Autosave stopped: this browser's storage for the page is full (the session needs "
                            + ImportCheck.megabytes(length) + "). Export the scenario to keep your work."
                    : "Autosave is off: this browser does not let the page store anything (" + problem
                            + "). Export the scenario to keep your work.", true);
        }
    }

    private static void showState(String problem, int length) {
        String text;
        if (problem.isEmpty()) {
            text = "Autosave: on. Your session is kept in this browser.";
        } else if (problem.contains("Quota") || problem.contains("QUOTA")) {
            text = "Autosave: paused, the browser's storage is full (the session needs "
                    + ImportCheck.megabytes(length) + "). Export the scenario to keep it.";
        } else {
            text = "Autosave: off, this browser does not allow storage here (" + problem + ").";
        }
        Dom.setText("autosave-state", text);
        Dom.setClassOf(Dom.byId("autosave-state"), "error", !problem.isEmpty());
    }
}

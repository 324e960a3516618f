package dev.boundary.core.session;

import dev.boundary.core.link.Link;
import dev.boundary.core.link.OpenedLink;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.view.Viewport;

/**
 * What the page starts with, decided before anything is shown: the scenario of the address's
 * {@code #s=} link; else, when the address has no start-up options, the autosaved session; else the
 * default. Each candidate is read, checked and turned into a session with its view before it is
 * chosen, so a link or autosave that cannot be shown gives the default page and a message, never a
 * page that fails to start (and never again on reload: the link is dropped from the address, the
 * autosave kept aside).
 *
 * <p>The autosave is kept whenever it was not restored (a link was opened, or it could not be read,
 * e.g. from a newer version of the page): {@link #keptSaved} says so, and {@link #kept} is the
 * session to offer back when it can be read.
 */
public final class StartUp {
    private final Scenario scenario;
    private final String message;
    private final boolean problem;
    private final boolean linkFailed;
    private final boolean keptSaved;
    private final Scenario kept;

    private StartUp(Scenario scenario, String message, boolean problem, boolean linkFailed, boolean keptSaved,
            Scenario kept) {
        this.scenario = scenario;
        this.message = message;
        this.problem = problem;
        this.linkFailed = linkFailed;
        this.keptSaved = keptSaved;
        this.kept = kept;
    }

    /**
     * Decides the start.
     *
     * @param fragment the address's part after {@code #} (with or without it), or null
     * @param hasOptions whether the address has start-up options ({@code ?…}), which win over the autosave
     * @param saved the autosaved fragment, or null when there is none
     */
    public static StartUp decide(String fragment, boolean hasOptions, String saved) {
        Scenario savedScenario = null;
        String savedProblem = null;
        if (saved != null) {
            try {
                savedScenario = readable(saved);
            } catch (RuntimeException | StackOverflowError e) {
                savedProblem = String.valueOf(e.getMessage());
            }
        }
        String keptNote = saved == null ? ""
                : savedScenario != null ? " Your previous session is kept (Restore brings it back)."
                : " Your previous session could not be read (" + savedProblem + "); it is kept in Recent sessions"
                        + " in case a newer version of the page can read it.";
        if (Link.isLink(fragment)) {
            try {
                OpenedLink shared = Link.read(fragment);
                check(shared.scenario());
                String note = shared.note() == null ? "." : "; " + shared.note() + ".";
                return new StartUp(shared.scenario(), "Opened a shared session: " + describe(shared.scenario()) + note
                        + keptNote, shared.note() != null, false, saved != null, savedScenario);
            } catch (RuntimeException | StackOverflowError e) {
                return new StartUp(null, "This link could not be opened: " + e.getMessage() + ". The page shows the"
                        + " default session instead; nothing from the link was used." + keptNote, true, true,
                        saved != null, savedScenario);
            }
        }
        if (hasOptions || saved == null) {
            return new StartUp(null, hasOptions && saved != null ? keptNote.trim() : "", false, false,
                    hasOptions && saved != null, savedScenario);
        }
        if (savedScenario == null) {
            return new StartUp(null, "Your autosaved session could not be read (" + savedProblem + "), so the page"
                    + " starts with the default. It is kept in Recent sessions, in case a newer version of the page"
                    + " can read it.", true, false, true, null);
        }
        return new StartUp(savedScenario, "Welcome back: your last session is restored from this browser ("
                + describe(savedScenario) + "). Reset to default brings the default back.", false, false, false, null);
    }

    /** The scenario of {@code fragment}, checked as {@link #check} does. */
    private static Scenario readable(String fragment) {
        Scenario scenario = Link.read(fragment).scenario();
        check(scenario);
        return scenario;
    }

    /** Builds the session and the plot's view of {@code scenario}, so whatever fails does so here. */
    private static void check(Scenario scenario) {
        Viewport.forPlot(scenario.data());
        new Session(scenario);
    }

    private static String describe(Scenario scenario) {
        int points = scenario.data().size();
        int epoch = scenario.hasTrainedState() ? scenario.trained().epoch() : 0;
        return "\u201C" + scenario.title() + "\u201D, " + points + (points == 1 ? " point" : " points") + ", epoch "
                + epoch;
    }

    /** The scenario to start with, or null for the default (with the address's options). */
    public Scenario scenario() {
        return scenario;
    }

    /** What to tell people, or "" for nothing. */
    public String message() {
        return message;
    }

    /** True when the message reports a problem. */
    public boolean problem() {
        return problem;
    }

    /** True when the address held a link that could not be opened (the page should drop it). */
    public boolean linkFailed() {
        return linkFailed;
    }

    /** True when there is an autosave that was not restored, which the page must keep. */
    public boolean keptSaved() {
        return keptSaved;
    }

    /** The kept autosave's scenario to offer back, or null when there is none or it cannot be read. */
    public Scenario kept() {
        return kept;
    }
}

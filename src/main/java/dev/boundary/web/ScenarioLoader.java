package dev.boundary.web;

import dev.boundary.core.session.ModelNote;
import dev.boundary.core.session.Session;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.view.Viewport;

/**
 * Puts a whole scenario on the page (a data set, an example, an import, a reopened session): play
 * stops, the session takes the scenario, the plot's view fits its points and the status says what
 * was loaded and what changed in the model.
 */
final class ScenarioLoader {
    private final Workbench bench;
    private final RecentSessions recent;
    private final Transport transport;
    private final PlotView plot;

    ScenarioLoader(Workbench bench, RecentSessions recent, Transport transport, PlotView plot) {
        this.bench = bench;
        this.recent = recent;
        this.transport = transport;
        this.plot = plot;
    }

    /**
     * Replaces the session with {@code scenario}, keeping the one it replaces among the recent
     * sessions. Its view is made first, so a scenario the plot cannot show throws here and leaves the
     * session as it was.
     */
    void load(Scenario scenario) {
        Viewport.forPlot(scenario.data()); // fails before the session is kept aside, if it fails
        recent.remember(bench.session());
        replaceWith(scenario);
        recent.show();
    }

    /** As {@link #load}, without keeping the session it replaces (the page's first session). */
    void replaceWith(Scenario scenario) {
        Viewport view = Viewport.forPlot(scenario.data());
        transport.pause();
        Session session = bench.session();
        Scenario before = session.scenario();
        session.load(scenario);
        plot.show(view);
        bench.render();
        String note = ModelNote.between(before, session.scenario());
        bench.status("Loaded: " + scenario.title() + "." + (note.isEmpty() ? "" : " " + note + "."), false);
    }
}

package dev.boundary.web;

import dev.boundary.core.io.CsvExport;
import dev.boundary.core.io.FileNames;
import dev.boundary.core.link.Link;
import dev.boundary.core.link.OpenedLink;
import dev.boundary.core.session.Defaults;
import dev.boundary.core.session.Session;
import dev.boundary.core.session.StartUp;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioJson;
import dev.boundary.core.view.Viewport;
import java.util.List;

/**
 * Files and sharing ({@code #files}): import (see {@link FilesImport}), export of the points as CSV,
 * of the scenario as JSON (with the current weights and epoch) and of the plot as PNG; a link that
 * restores the session exactly; the autosave ({@link AutosaveStore}); and Reset to default.
 *
 * <p>At start-up (the first render) it restores, in this order: the scenario in the address's
 * {@code #s=} fragment; else, when the address has no start-up options, the autosave. A bad link or
 * autosave leaves the default session and says why; nothing in it is ever run or shown as markup.
 */
final class FilesPanel implements Panel {
    /** Links longer than this may be cut by some mail and chat programs. */
    private static final int LONG_LINK = 65_536;

    private final Workbench bench;
    private final RecentSessions recent;
    private final ScenarioLoader loader;
    private final FilesImport importer;
    private final AutosaveStore autosave;
    private final Link links = new Link();
    private boolean started;
    /** The autosave a link or the address's options took the place of, offered back; else null. */
    private Scenario kept;

    FilesPanel(Workbench bench, RecentSessions recent, ScenarioLoader loader) {
        this.bench = bench;
        this.recent = recent;
        this.loader = loader;
        this.importer = new FilesImport(bench, loader);
        this.autosave = new AutosaveStore(bench, recent);
    }

    @Override
    public void bind() {
        importer.bind();
        autosave.bind();
        Dom.on("export-csv", "click", event -> exportCsv());
        Dom.on("export-json", "click", event -> exportScenario());
        Dom.on("export-png", "click", event -> exportPng());
        Dom.on("copy-link", "click", event -> copyLink());
        Dom.on("reset-default", "click", event -> resetToDefault());
        Dom.on("restore-kept", "click", event -> restoreKept());
        Dom.on("recent-open", "click", event -> reopenRecent());
    }

    @Override
    public void render(Session session) {
        if (!started) {
            started = true;
            startUp();
            return;
        }
        autosave.changed(session);
    }

    /**
     * Opens the link or the autosave as {@link StartUp} decides. An autosave that is not restored is
     * put among the recent sessions before anything can save over it, and offered back when readable.
     */
    private void startUp() {
        String saved = autosave.saved();
        StartUp plan;
        try {
            plan = StartUp.decide(FilesBrowser.fragment(), Dom.locationSearch().length() > 1, saved);
        } catch (RuntimeException | StackOverflowError e) {
            plan = null;
        }
        if (plan == null || plan.linkFailed()) {
            FilesBrowser.clearFragment(); // a reload must not fail again
        }
        if (saved != null && (plan == null || plan.keptSaved())) {
            recent.rememberText(saved);
        }
        if (plan == null) {
            bench.status("The page could not read what it was to start with, so it shows the default session."
                    + " Your autosaved session is kept in Recent sessions.", true);
        } else {
            kept = plan.kept();
            if (plan.scenario() != null) {
                restore(plan.scenario());
            }
            if (!plan.message().isEmpty()) {
                bench.status(plan.message(), plan.problem());
            }
            showKept();
        }
        recent.show();
        autosave.markSaved(bench.session());
    }

    private void showKept() {
        if (kept == null) {
            Dom.byId("kept-row").setAttribute("hidden", "");
        } else {
            Dom.byId("kept-row").removeAttribute("hidden");
        }
    }

    /** Loads a scenario at start-up: not an undo step, since there was nothing before it. */
    private void restore(Scenario scenario) {
        try {
            loader.replaceWith(scenario);
        } catch (RuntimeException | StackOverflowError e) {
            loader.replaceWith(Defaults.playground()); // checked by StartUp, so not expected; never a dead page
        }
        bench.session().forgetUndo();
        bench.render();
    }

    private void restoreKept() {
        Scenario scenario = kept;
        kept = null;
        showKept();
        if (scenario != null) {
            loader.load(scenario);
            bench.status("Your previous session is back. Undo (Ctrl+Z) returns to the one you had opened.", false);
        }
    }

    private void reopenRecent() {
        List<String> entries = recent.entries();
        int index = Choice.whole("recent", 0, entries.size() - 1);
        if (index == Choice.NONE) {
            bench.status(Choice.refused("recent sessions", "recent"), true);
            return;
        }
        try {
            OpenedLink shared = Link.read(entries.get(index));
            Viewport.forPlot(shared.scenario().data());
            loader.load(shared.scenario());
            bench.status("Reopened " + shared.scenario().title() + ". Undo (Ctrl+Z) brings back what you had.", false);
        } catch (RuntimeException e) {
            bench.status("That session cannot be opened by this page (" + e.getMessage() + "); it stays kept, and"
                    + " nothing was changed.", true);
        }
    }

    private void exportCsv() {
        Session session = bench.session();
        if (session.data().size() == 0) {
            bench.status("There are no points to export: add some first.", true);
            return;
        }
        String name = FileNames.stem(session.scenario().title()) + ".csv";
        String error = FilesBrowser.download(name, "text/csv", CsvExport.write(session.data()));
        bench.status(error.isEmpty() ? "Exported " + session.data().size() + " points as " + name + "."
                : "The points could not be exported: " + error + ".", !error.isEmpty());
    }

    private void exportScenario() {
        Session session = bench.session();
        String name = FileNames.stem(session.scenario().title()) + ".json";
        String error = FilesBrowser.download(name, "application/json", ScenarioJson.write(session.snapshot()));
        bench.status(error.isEmpty() ? "Saved the scenario as " + name + ", with the weights at epoch "
                + session.trainer().epoch() + ". Import it (or drop it on the page) to go on from there."
                : "The scenario could not be saved: " + error + ".", !error.isEmpty());
    }

    private void exportPng() {
        String name = FileNames.stem(bench.session().scenario().title()) + ".png";
        String error = FilesBrowser.downloadPng(Dom.byId("plot"), name);
        bench.status(error.isEmpty() ? "Saved the plot as " + name + "." : "The plot could not be saved: " + error + ".",
                !error.isEmpty());
    }

    private void copyLink() {
        Session session = bench.session();
        String link = FilesBrowser.address() + links.write(session.snapshot());
        Dom.setValue("share-link", link);
        Dom.byId("share-link").removeAttribute("hidden");
        String what = "This link (" + link.length() + " characters) opens exactly this session: "
                + session.data().size() + " points, the model, its weights at epoch " + session.trainer().epoch()
                + " and the threshold." + (link.length() > LONG_LINK
                        ? " It is long: some programs cut such links, so for many points export the scenario instead."
                        : "");
        bench.status(what, false);
        FilesBrowser.copy(link, Dom.byId("share-link"), copied -> bench.status(
                (copied ? "Link copied. " : "Select the link below and copy it. ") + what, false));
    }

    private void resetToDefault() {
        loader.load(Defaults.playground());
        Dom.setValue("dataset", "circles");
        bench.status("Back to the default session. Undo (Ctrl+Z) brings back yours.", false);
    }
}

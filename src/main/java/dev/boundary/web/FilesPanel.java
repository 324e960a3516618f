package dev.boundary.web;

import dev.boundary.core.io.CsvExport;
import dev.boundary.core.io.FileNames;
import dev.boundary.core.session.Defaults;
import dev.boundary.core.session.Session;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioJson;
import dev.boundary.core.state.ShareLink;
import dev.boundary.core.state.SharedScenario;

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

    private final Page page;
    private final FilesImport importer;
    private final AutosaveStore autosave;
    private final ShareLink links = new ShareLink();
    private boolean started;

    FilesPanel(Page page) {
        this.page = page;
        this.importer = new FilesImport(page);
        this.autosave = new AutosaveStore(page);
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

    private void startUp() {
        String fragment = FilesBrowser.fragment();
        if (ShareLink.isScenarioFragment(fragment)) {
            openLink(fragment);
        } else if (Dom.locationSearch().length() <= 1) {
            restoreAutosave();
        }
        autosave.markSaved(page.session());
    }

    private void openLink(String fragment) {
        try {
            SharedScenario shared = ShareLink.fromFragment(fragment);
            restore(shared.scenario());
            page.status("Opened a shared session: " + describe(shared.scenario())
                    + (shared.note() == null ? "." : "; " + shared.note() + "."), shared.note() != null);
        } catch (RuntimeException e) {
            FilesBrowser.clearFragment();
            page.status("This link could not be opened: " + e.getMessage() + ". The page shows the default"
                    + " session instead; nothing from the link was used.", true);
        }
    }

    private void restoreAutosave() {
        String saved = autosave.saved();
        if (saved == null) {
            return;
        }
        try {
            SharedScenario shared = ShareLink.fromFragment(saved);
            restore(shared.scenario());
            page.status("Welcome back: your last session is restored from this browser (" + describe(shared.scenario())
                    + "). Reset to default brings the default back.", false);
        } catch (RuntimeException e) {
            page.status("Your autosaved session could not be read (" + e.getMessage() + "), so the page starts"
                    + " with the default.", true);
        }
    }

    /** Loads a scenario at start-up: not an undo step, since there was nothing before it. */
    private void restore(Scenario scenario) {
        page.loadScenario(scenario);
        page.session().forgetUndo();
        page.render();
    }

    private String describe(Scenario scenario) {
        int points = scenario.data().size();
        return "\u201C" + scenario.title() + "\u201D, " + points + (points == 1 ? " point" : " points") + ", epoch "
                + page.session().trainer().epoch();
    }

    private void exportCsv() {
        Session session = page.session();
        if (session.data().size() == 0) {
            page.status("There are no points to export: add some first.", true);
            return;
        }
        String name = FileNames.stem(session.scenario().title()) + ".csv";
        String error = FilesBrowser.download(name, "text/csv", CsvExport.write(session.data()));
        page.status(error.isEmpty() ? "Exported " + session.data().size() + " points as " + name + "."
                : "The points could not be exported: " + error + ".", !error.isEmpty());
    }

    private void exportScenario() {
        Session session = page.session();
        String name = FileNames.stem(session.scenario().title()) + ".json";
        String error = FilesBrowser.download(name, "application/json", ScenarioJson.write(session.snapshot()));
        page.status(error.isEmpty() ? "Saved the scenario as " + name + ", with the weights at epoch "
                + session.trainer().epoch() + ". Import it (or drop it on the page) to go on from there."
                : "The scenario could not be saved: " + error + ".", !error.isEmpty());
    }

    private void exportPng() {
        String name = FileNames.stem(page.session().scenario().title()) + ".png";
        String error = FilesBrowser.downloadPng(Dom.byId("plot"), name);
        page.status(error.isEmpty() ? "Saved the plot as " + name + "." : "The plot could not be saved: " + error + ".",
                !error.isEmpty());
    }

    private void copyLink() {
        Session session = page.session();
        String link = FilesBrowser.address() + links.toFragment(session.snapshot());
        Dom.setValue("share-link", link);
        Dom.byId("share-link").removeAttribute("hidden");
        String what = "This link (" + link.length() + " characters) opens exactly this session: "
                + session.data().size() + " points, the model, its weights at epoch " + session.trainer().epoch()
                + " and the threshold." + (link.length() > LONG_LINK
                        ? " It is long: some programs cut such links, so for many points export the scenario instead."
                        : "");
        page.status(what, false);
        FilesBrowser.copy(link, Dom.byId("share-link"), copied -> page.status(
                (copied ? "Link copied. " : "Select the link below and copy it. ") + what, false));
    }

    private void resetToDefault() {
        page.loadScenario(Defaults.playground());
        Dom.setValue("dataset", "circles");
        page.status("Back to the default session. Undo (Ctrl+Z) brings back yours.", false);
    }
}

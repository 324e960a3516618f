package dev.boundary.web;

import dev.boundary.core.session.DataChoice;
import dev.boundary.core.state.ScenarioJson;

/**
 * The data-set menu's choices ({@code #dataset}): a preset is drawn at once, a worked example is
 * fetched from {@code examples/}; either replaces the session through the {@link ScenarioLoader}.
 * What the menu shows comes from the session ({@link DatasetMenu}).
 */
final class DatasetChooser {
    private final Workbench bench;
    private final ScenarioLoader loader;

    DatasetChooser(Workbench bench, ScenarioLoader loader) {
        this.bench = bench;
        this.loader = loader;
    }

    void bind() {
        Dom.on("dataset", "change", event -> choose(Dom.value("dataset"), null));
    }

    /**
     * Chooses a data set or worked example as the list does ({@code id} is one of its values) and runs
     * {@code loaded} once it is on the page; not when it could not be loaded (the status then says why).
     */
    void open(String id, Runnable loaded) {
        Dom.setValue("dataset", id);
        choose(id, loaded);
    }

    private void choose(String id, Runnable loaded) {
        if (!DataChoice.isChoice(id)) {
            bench.status(Choice.refused("data set", "dataset"), true);
            bench.render(); // the menu goes back to what the session holds
            return;
        }
        if (id.startsWith("example:")) {
            fetchExample(id.substring("example:".length()), loaded);
            return;
        }
        if (id.equals(DataChoice.CUSTOM)) {
            bench.render();
            return;
        }
        loader.load(DataChoice.presetScenario(bench.session().scenario(), id));
        if (loaded != null) {
            loaded.run();
        }
    }

    private void fetchExample(String name, Runnable loaded) {
        bench.status("Loading the worked example…", false);
        Fetch.text("examples/" + name + ".json", (text, error) -> {
            if (text == null) {
                bench.status("The example " + name + " could not be loaded: " + error + ". Nothing was changed.", true);
                bench.render(); // the menu goes back to what the session holds
                return;
            }
            try {
                loader.load(ScenarioJson.read(text));
            } catch (IllegalArgumentException e) {
                bench.status("The example " + name + " is not valid: " + e.getMessage() + ". Nothing was changed.", true);
                bench.render();
                return;
            }
            if (loaded != null) {
                loaded.run();
            }
        });
    }
}

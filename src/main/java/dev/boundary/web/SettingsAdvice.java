package dev.boundary.web;

import dev.boundary.core.data.Preset;
import dev.boundary.core.math.Numbers;
import dev.boundary.core.session.Recommendation;
import dev.boundary.core.session.Session;

/**
 * The "Try settings that work" button ({@code #try-settings}) of the chosen data set: it loads a model
 * and training settings known to solve it (undoable, like any load) and says why they work in
 * {@code #settings-why}. Shown for the data sets, not for worked examples or an empty plane.
 */
final class SettingsAdvice implements Panel {
    private final Workbench bench;
    private final ScenarioLoader loader;

    SettingsAdvice(Workbench bench, ScenarioLoader loader) {
        this.bench = bench;
        this.loader = loader;
    }

    @Override
    public void bind() {
        Dom.on("try-settings", "click", event -> {
            Preset preset = chosen();
            if (preset == null) {
                return;
            }
            Recommendation advice = Recommendation.of(preset);
            loader.load(advice.applyTo(bench.session().scenario()));
            int dimension = bench.session().data().featureCount();
            Dom.setText("settings-why", advice.why());
            Dom.setHidden("settings-why", false);
            bench.status("Settings that work for " + preset.title() + ": " + advice.summary(dimension) + ". From the "
                    + "first sample they reach " + Numbers.shortest(100 * advice.accuracy()) + "% training accuracy "
                    + "within " + advice.epochs() + " epochs; press Play. Ctrl+Z goes back.", false);
        });
        Dom.on("dataset", "change", event -> Dom.setHidden("settings-why", true));
    }

    /** The data set chosen in the menu, or null for a worked example or the empty plane. */
    private static Preset chosen() {
        String id = Dom.value("dataset");
        if (id.startsWith("example:") || id.equals("empty")) {
            return null;
        }
        try {
            return Preset.byId(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void render(Session session) {
        Dom.setHidden("try-settings-row", chosen() == null);
    }
}

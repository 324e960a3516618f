package dev.boundary.web;

import dev.boundary.core.nn.InputFeature;
import dev.boundary.core.nn.InputFeatures;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.state.Scenario;

/**
 * The input-feature toggles in {@code #features}: one checkbox per {@link InputFeature}
 * ({@code #feature-x1sq}, with {@code data-feature="x1sq"}). Changing them gives the model other
 * inputs, so training starts from new initial weights, like any model change (and Undo goes back).
 * On a line only x, x² and sin x are shown.
 */
final class FeatureControls {
    private final Workbench bench;

    FeatureControls(Workbench bench) {
        this.bench = bench;
    }

    void bind() {
        for (InputFeature feature : InputFeature.values()) {
            Dom.on("feature-" + feature.id(), "change", event -> changed(feature));
        }
    }

    private void changed(InputFeature feature) {
        ModelSpec model = bench.session().scenario().model();
        boolean on = Dom.checked("feature-" + feature.id());
        InputFeatures features = model.features().with(feature, on);
        if (features.equals(model.features())) {
            if (!on) {
                bench.status("The model needs at least one input; " + feature.label(model.dimension())
                        + " stays on.", true);
            }
            bench.render();
            return;
        }
        bench.session().setModel(model.withFeatures(features));
        bench.status("Inputs " + names(features) + ": training starts from new initial weights.", false);
        bench.render();
    }

    private static String names(InputFeatures features) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < features.count(); i++) {
            text.append(i == 0 ? "" : ", ").append(features.label(i));
        }
        return text.toString();
    }

    /** Puts the toggles in line with the scenario's model. */
    void sync(Scenario scenario) {
        InputFeatures features = scenario.model().features();
        int dimension = features.dimension();
        for (InputFeature feature : InputFeature.values()) {
            String id = "feature-" + feature.id();
            boolean exists = feature.existsIn(dimension);
            Dom.setHidden(id + "-row", !exists);
            Dom.setChecked(id, features.contains(feature));
            if (exists) {
                Dom.setText(id + "-name", feature.label(dimension));
            }
        }
    }
}

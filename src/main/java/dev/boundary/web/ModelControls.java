package dev.boundary.web;

import dev.boundary.core.math.Quote;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.session.Session;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.train.OptimizerKind;
import dev.boundary.core.train.TrainingSettings;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The model and training controls: model kind, hidden layers (+/−), activation, bias, seed, loss,
 * batch, optimiser and L2. A new model starts from new initial weights; the rest keeps training.
 */
final class ModelControls {
    private static final int[] DEFAULT_HIDDEN = {4, 4};

    private final Workbench bench;
    private final FeatureControls features;
    private final TrainingControls training;
    private int[] hidden = DEFAULT_HIDDEN.clone();
    /** The model the layer editor's buttons were built for (rebuilt only when it changes, so they keep focus). */
    private ModelSpec built;

    ModelControls(Workbench bench) {
        this.bench = bench;
        this.features = new FeatureControls(bench);
        this.training = new TrainingControls(bench);
    }

    private Session session() {
        return bench.session();
    }

    void bind() {
        features.bind();
        training.bind();
        Dom.on("model", "change", event -> {
            if (!Dom.value("model").equals("network") && !Dom.value("model").equals("logistic")) {
                refuse("model", "model");
                return;
            }
            boolean network = Dom.value("model").equals("network");
            if (network && hidden.length == 0) {
                hidden = DEFAULT_HIDDEN.clone();
            }
            applyModel(network ? hidden : new int[0]);
        });
        Dom.on("activation", "change", event -> {
            if (activation() == null) {
                refuse("activation", "activation");
                return;
            }
            applyModel(currentHidden());
        });
        Dom.on("bias", "change", event -> applyModel(currentHidden()));
        Dom.on("seed", "change", event -> {
            String text = Dom.value("seed").trim();
            long seed;
            try {
                seed = Long.parseLong(text);
            } catch (NumberFormatException e) {
                // A number field holding what it cannot read (1e400) gives "": say what is allowed instead.
                bench.status("The seed must be a whole number" + (text.isEmpty() ? ""
                        : ", not " + Quote.of(text)) + "; it stays " + session().scenario().seed() + ".", true);
                Dom.setValue("seed", Long.toString(session().scenario().seed()));
                return;
            }
            session().setSeed(seed);
            bench.status("New seed " + seed + ": new initial weights and a new shuffle order.", false);
            bench.render();
        });
        Dom.on("loss", "change", event -> {
            Loss loss = idOf(Loss.values(), Dom.value("loss"));
            if (loss == null) {
                refuse("loss", "loss");
                return;
            }
            session().setLoss(loss);
            bench.render();
        });
        Dom.on("optimizer", "change", event -> {
            OptimizerKind optimizer = idOf(OptimizerKind.values(), Dom.value("optimizer"));
            if (optimizer == null) {
                refuse("optimiser", "optimizer");
                return;
            }
            session().setOptimizer(optimizer);
            bench.render();
        });
    }

    /** Refuses the value of control {@code id} and puts every control back in line with the session. */
    private void refuse(String label, String id) {
        bench.status(Choice.refused(label, id), true);
        bench.render();
    }

    private static Activation activation() {
        return idOf(Activation.values(), Dom.value("activation"));
    }

    /** The constant of {@code values} whose id is {@code id}, or null. */
    private static <T> T idOf(T[] values, String id) {
        for (T value : values) {
            String known = value instanceof Loss ? ((Loss) value).id()
                    : value instanceof OptimizerKind ? ((OptimizerKind) value).id() : ((Activation) value).id();
            if (known.equals(id)) {
                return value;
            }
        }
        return null;
    }

    private int[] currentHidden() {
        return session().scenario().model().hiddenLayerCount() == 0 ? new int[0] : hidden;
    }

    private void applyModel(int[] hiddenSizes) {
        ModelSpec current = session().scenario().model();
        Activation activation = activation();
        ModelSpec model = new ModelSpec(current.features(), hiddenSizes,
                activation == null ? current.hiddenActivation() : activation, Dom.checked("bias"));
        if (!model.sameAs(current)) {
            session().setModel(model);
            bench.status("New model " + model.describe() + ": training starts from new initial weights.", false);
        }
        sync(session().scenario());
        bench.render();
    }

    /** Puts the controls in line with the scenario. */
    void sync(Scenario scenario) {
        features.sync(scenario);
        ModelSpec model = scenario.model();
        if (model.hiddenLayerCount() > 0) {
            hidden = model.hiddenLayerSizes();
        }
        Dom.setValue("model", model.hiddenLayerCount() == 0 ? "logistic" : "network");
        Dom.setValue("activation", model.hiddenActivation().id());
        Dom.setChecked("bias", model.hasBias());
        if (!Dom.isFocused(Dom.byId("seed"))) {
            Dom.setValue("seed", Long.toString(scenario.seed()));
        }
        TrainingSettings settings = scenario.training();
        Dom.setValue("loss", settings.loss().id());
        Dom.setValue("optimizer", settings.optimizer().id());
        training.sync(scenario);
        Dom.setDisabled("activation", model.hiddenLayerCount() == 0);
        if (!model.sameAs(built)) {
            built = model;
            buildLayerEditor(model);
        }
    }

    /** Selects {@code value}, adding it as an option first when a scenario brought a value the list lacks. */
    private static void selectOrAdd(String id, String value, String label) {
        Dom.setValue(id, value);
        if (!Dom.value(id).equals(value)) {
            HTMLElement option = (HTMLElement) Dom.document().createElement("option");
            option.setAttribute("value", value);
            option.setTextContent(label);
            Dom.byId(id).appendChild(option);
            Dom.setValue(id, value);
        }
    }

    private void buildLayerEditor(ModelSpec model) {
        HTMLElement container = Dom.byId("layers");
        while (container.getFirstChild() != null) {
            container.removeChild(container.getFirstChild());
        }
        if (model.hiddenLayerCount() == 0) {
            return;
        }
        for (int l = 0; l < hidden.length; l++) {
            final int layer = l;
            HTMLElement row = Dom.element("div", "layer-row", null);
            row.appendChild(Dom.element("span", null, "layer " + (l + 1) + ": " + hidden[l]
                    + (hidden[l] == 1 ? " unit" : " units")));
            row.appendChild(button("−", "fewer units in layer " + (l + 1), hidden[l] > 1, () -> changeUnits(layer, -1)));
            row.appendChild(button("+", "more units in layer " + (l + 1), hidden[l] < ModelSpec.MAX_UNITS,
                    () -> changeUnits(layer, 1)));
            container.appendChild(row);
        }
        HTMLElement row = Dom.element("div", "layer-row", null);
        row.appendChild(Dom.element("span", null, model.describe()));
        row.appendChild(button("− layer", "remove the last hidden layer", hidden.length > 1, this::removeLayer));
        row.appendChild(button("+ layer", "add a hidden layer", hidden.length < ModelSpec.MAX_HIDDEN_LAYERS,
                this::addLayer));
        container.appendChild(row);
    }

    private void changeUnits(int layer, int delta) {
        int[] sizes = hidden.clone();
        sizes[layer] = Math.max(1, Math.min(ModelSpec.MAX_UNITS, sizes[layer] + delta));
        hidden = sizes;
        applyModel(sizes);
    }

    private void addLayer() {
        int[] sizes = java.util.Arrays.copyOf(hidden, hidden.length + 1);
        sizes[hidden.length] = hidden[hidden.length - 1];
        hidden = sizes;
        applyModel(sizes);
    }

    private void removeLayer() {
        hidden = java.util.Arrays.copyOf(hidden, hidden.length - 1);
        applyModel(hidden);
    }

    private static HTMLElement button(String text, String label, boolean enabled, Runnable action) {
        HTMLElement button = Dom.element("button", null, text);
        button.setAttribute("type", "button");
        button.setAttribute("aria-label", label);
        if (!enabled) {
            button.setAttribute("disabled", "");
        }
        button.addEventListener("click", event -> action.run());
        return button;
    }
}

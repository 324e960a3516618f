package dev.boundary.core.state;

import dev.boundary.core.math.Validate;
import dev.boundary.core.nn.ModelSpec;

/** The consistency rules between a scenario's model and its explicit or trained weights. */
public final class ScenarioChecks {
    private ScenarioChecks() {
    }

    static void initialWeights(ModelSpec model, LayerWeights[] layers) {
        if (layers.length == 0) {
            return;
        }
        Validate.isTrue(layers.length == model.layerCount(), "the model " + model.describe() + " has "
                + model.layerCount() + " layers of weights, but " + layers.length + " are given");
        for (int l = 0; l < layers.length; l++) {
            LayerWeights layer = layers[l];
            Validate.isTrue(layer.units() == model.units(l) && layer.inputs() == model.inputs(l),
                    "layer " + (l + 1) + " of the model " + model.describe() + " is " + model.units(l) + "×"
                            + model.inputs(l) + " (units × inputs), but its weights are " + layer.units() + "×"
                            + layer.inputs());
            for (int u = 0; u < layer.units() && !model.hasBias(); u++) {
                Validate.isTrue(layer.bias(u) == 0, "the model has no biases, so bias " + (u + 1)
                        + " of layer " + (l + 1) + " must be 0");
            }
        }
    }

    static void trained(ModelSpec model, TrainedState trained) {
        int count = parameterCount(model);
        Validate.isTrue(trained.parameterCount() == count, "the model " + model.describe() + " has " + count
                + " parameters, but the trained state holds " + trained.parameterCount());
        for (int index : biasIndexes(model)) {
            Validate.isTrue(model.hasBias() || trained.parameter(index) == 0,
                    "the model has no biases, so trained parameter " + (index + 1) + " (a bias) must be 0");
        }
    }

    /** Parameters of {@code model} in the network's flat order, biases counted even when off. */
    public static int parameterCount(ModelSpec model) {
        int count = 0;
        for (int l = 0; l < model.layerCount(); l++) {
            count += model.units(l) * (model.inputs(l) + 1);
        }
        return count;
    }

    /** Flat indexes (0-based) of the biases of {@code model}, in order. */
    static int[] biasIndexes(ModelSpec model) {
        int total = 0;
        for (int l = 0; l < model.layerCount(); l++) {
            total += model.units(l);
        }
        int[] indexes = new int[total];
        int offset = 0;
        int next = 0;
        for (int l = 0; l < model.layerCount(); l++) {
            offset += model.units(l) * model.inputs(l);
            for (int u = 0; u < model.units(l); u++) {
                indexes[next++] = offset++;
            }
        }
        return indexes;
    }
}

package dev.boundary.core.session;

import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.math.Validate;
import dev.boundary.core.nn.DenseLayer;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import dev.boundary.core.state.LayerWeights;
import dev.boundary.core.state.Scenario;

/**
 * The weights' side of a session's edits: one parameter changed by hand, a flat parameter vector
 * turned into a scenario's initial weights, and whether a network is still at its scenario's
 * initial weights. Flat parameters run layer by layer, weights row-major, then biases (see
 * {@link Network#copyParameters}).
 */
final class WeightEdits {
    private WeightEdits() {
    }

    /** Sets parameter {@code index} of {@code network} to {@code value}, which must be finite. */
    static void setParameter(Network network, int index, double value) {
        double[] parameters = new double[network.parameterCount()];
        network.copyParameters(parameters);
        Validate.inRange(index, 0, parameters.length - 1, "parameter index");
        parameters[index] = Validate.finite(value, "the new weight");
        network.setParameters(parameters);
    }

    /** The flat {@code parameters} of a {@code model} network as per-layer weights. */
    static LayerWeights[] layers(ModelSpec model, double[] parameters) {
        Network probeNetwork = new Network(model);
        probeNetwork.setParameters(parameters);
        LayerWeights[] layers = new LayerWeights[probeNetwork.layerCount()];
        for (int l = 0; l < layers.length; l++) {
            DenseLayer layer = probeNetwork.layer(l);
            layers[l] = new LayerWeights(layer.units(), layer.inputs(), layer.weights().data().clone(),
                    layer.biases().clone());
        }
        return layers;
    }

    /** True when {@code network} has the initial weights of {@code scenario}, bit for bit. */
    static boolean atInitialWeights(Scenario scenario, Network network) {
        Network initial = scenario.buildNetwork(new SeededRandom(scenario.seed()));
        double[] start = new double[initial.parameterCount()];
        double[] now = new double[network.parameterCount()];
        initial.copyParameters(start);
        network.copyParameters(now);
        return java.util.Arrays.equals(start, now); // bit for bit: -0.0 and 0.0 differ
    }
}

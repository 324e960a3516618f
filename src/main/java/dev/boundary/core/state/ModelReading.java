package dev.boundary.core.state;

import static dev.boundary.core.state.JsonReading.count;
import static dev.boundary.core.state.JsonReading.error;
import static dev.boundary.core.state.JsonReading.list;
import static dev.boundary.core.state.JsonReading.number;
import static dev.boundary.core.state.JsonReading.object;
import static dev.boundary.core.state.JsonReading.onlyKnownFields;

import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import dev.boundary.core.data.DataSet;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.InputFeature;
import dev.boundary.core.nn.InputFeatures;
import dev.boundary.core.nn.ModelSpec;

/** Reads the "data", "model" and "initialWeights" parts of a scenario file, checking every value. */
final class ModelReading {
    private ModelReading() {
    }

    static DataSet data(Object value) {
        if (value == null) {
            throw new ScenarioException("data is missing; a scenario needs {\"features\": 2, \"points\": [[x1, x2, label], …]}");
        }
        JsonObject data = object(value, "data");
        onlyKnownFields(data, "data", "features", "points");
        Object featuresValue = data.get("features");
        int features = featuresValue == null ? 2
                : (int) JsonReading.whole(featuresValue, "data.features", 1, 2, "1 or 2");
        Object pointsValue = data.get("points");
        JsonArray points = pointsValue == null ? new JsonArray()
                : list(pointsValue, "data.points", features == 2 ? "[[x1, x2, label], …]" : "[[x, label], …]");
        if (points.size() > Scenario.MAX_POINTS) {
            throw new ScenarioException("data.points has " + points.size() + " points; at most "
                    + Scenario.MAX_POINTS + " are allowed");
        }
        double[] coordinates = new double[points.size() * features];
        double[] labels = new double[points.size()];
        String shape = features == 2 ? "2-feature points need 3 (x1, x2, label)" : "1-feature points need 2 (x, label)";
        for (int i = 0; i < points.size(); i++) {
            String path = "data.points[" + i + "]";
            JsonArray point = list(points.get(i), path, features == 2 ? "[x1, x2, label]" : "[x, label]");
            if (point.size() != features + 1) {
                throw new ScenarioException(path + " has " + count(point.size(), "value") + "; " + shape);
            }
            for (int j = 0; j < features; j++) {
                coordinates[i * features + j] = number(point.get(j), path + "[" + j + "]", "a finite number");
                if (Math.abs(coordinates[i * features + j]) > DataSet.MAX_COORDINATE) {
                    throw new ScenarioException(path + "[" + j + "] is " + JsonReading.describe(point.get(j))
                            + ", too large: " + DataSet.COORDINATE_LIMIT);
                }
            }
            Object label = point.get(features);
            double y = number(label, path + "[" + features + "]", "a label, 0 or 1");
            if (y != 0 && y != 1) {
                throw error(path + "[" + features + "]", "a label, 0 or 1", label);
            }
            labels[i] = y == 0 ? 0.0 : 1.0;
        }
        return new DataSet(features, coordinates, labels);
    }

    static ModelSpec model(Object value, int inputs) {
        if (value == null) {
            return ModelSpec.logistic(inputs);
        }
        JsonObject model = object(value, "model");
        onlyKnownFields(model, "model", "features", "hiddenLayers", "activation", "bias");
        Object layersValue = model.get("hiddenLayers");
        JsonArray layers = layersValue == null ? new JsonArray()
                : list(layersValue, "model.hiddenLayers", "[3] (units per hidden layer) or []");
        if (layers.size() > ModelSpec.MAX_HIDDEN_LAYERS) {
            throw new ScenarioException("model.hiddenLayers has " + layers.size() + " layers; at most "
                    + ModelSpec.MAX_HIDDEN_LAYERS + " are allowed");
        }
        int[] sizes = new int[layers.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = (int) JsonReading.whole(layers.get(i), "model.hiddenLayers[" + i + "]", 1, ModelSpec.MAX_UNITS,
                    "between 1 and " + ModelSpec.MAX_UNITS);
        }
        Activation activation = Activation.SIGMOID;
        Object activationValue = model.get("activation");
        if (activationValue != null) {
            activation = activation(activationValue);
        }
        Object biasValue = model.get("bias");
        boolean bias = biasValue == null || JsonReading.bool(biasValue, "model.bias");
        return new ModelSpec(features(model.get("features"), inputs), sizes, activation, bias);
    }

    /** {@code model.features}: ids such as ["x1sq", "x2sq"]; the coordinates themselves when missing. */
    private static InputFeatures features(Object value, int dimension) {
        if (value == null) {
            return InputFeatures.raw(dimension);
        }
        String expected = "a list of features from " + InputFeatures.allIds(dimension) + ", e.g. [\"x1\", \"x2\"]";
        JsonArray list = list(value, "model.features", expected);
        if (list.isEmpty()) {
            throw new ScenarioException("model.features is empty; the model needs at least one of "
                    + InputFeatures.allIds(dimension));
        }
        InputFeature[] chosen = new InputFeature[list.size()];
        for (int i = 0; i < chosen.length; i++) {
            Object id = list.get(i);
            chosen[i] = id instanceof String ? InputFeature.fromId((String) id) : null;
            if (chosen[i] == null || !chosen[i].existsIn(dimension)) {
                throw error("model.features[" + i + "]", "one of " + InputFeatures.allIds(dimension)
                        + (dimension == 1 ? " (the points have one coordinate)" : ""), id);
            }
            // The weights' columns follow this order, so a file must list the features in it.
            if (i > 0 && chosen[i].ordinal() <= chosen[i - 1].ordinal()) {
                throw new ScenarioException("model.features lists " + chosen[i].id() + " after "
                        + chosen[i - 1].id() + "; list each feature once, in the order "
                        + InputFeatures.allIds(dimension) + " (the order of the weights)");
            }
        }
        return InputFeatures.of(dimension, chosen);
    }

    private static Activation activation(Object value) {
        StringBuilder names = new StringBuilder();
        for (Activation activation : Activation.values()) {
            if (activation.id().equals(value)) {
                return activation;
            }
            names.append(names.length() == 0 ? "" : ", ").append(activation.id());
        }
        throw error("model.activation", "one of " + names, value);
    }

    /** The explicit weights, or an empty array when the field is missing (weights drawn from the seed). */
    static LayerWeights[] initialWeights(Object value, ModelSpec model) {
        if (value == null) {
            return new LayerWeights[0];
        }
        JsonArray layers = list(value, "initialWeights", "[{\"weights\": [[…], …], \"biases\": […]}, …]");
        if (layers.size() != model.layerCount()) {
            throw new ScenarioException("initialWeights lists " + count(layers.size(), "layer") + "; the model "
                    + model.describe() + " has " + model.layerCount());
        }
        LayerWeights[] result = new LayerWeights[layers.size()];
        for (int l = 0; l < result.length; l++) {
            result[l] = layer(layers.get(l), "initialWeights[" + l + "]", model.units(l), model.inputs(l),
                    model.hasBias());
        }
        return result;
    }

    private static LayerWeights layer(Object value, String path, int units, int inputs, boolean hasBias) {
        JsonObject layer = object(value, path);
        onlyKnownFields(layer, path, "weights", "biases");
        if (layer.get("weights") == null) {
            throw new ScenarioException(path + ".weights is missing; the layer needs " + count(units, "row")
                    + " of " + count(inputs, "weight"));
        }
        JsonArray rows = list(layer.get("weights"), path + ".weights", "[[w11, w12], …] (one row per unit)");
        if (rows.size() != units) {
            throw new ScenarioException(path + ".weights has " + count(rows.size(), "row") + "; the layer has "
                    + count(units, "unit"));
        }
        double[] weights = new double[units * inputs];
        for (int u = 0; u < units; u++) {
            String rowPath = path + ".weights[" + u + "]";
            JsonArray row = list(rows.get(u), rowPath, "[w1, w2] (one weight per input)");
            if (row.size() != inputs) {
                throw new ScenarioException(rowPath + " has " + count(row.size(), "value") + "; the layer has "
                        + count(inputs, "input"));
            }
            for (int i = 0; i < inputs; i++) {
                weights[u * inputs + i] = number(row.get(i), rowPath + "[" + i + "]", "a finite number");
            }
        }
        double[] biases = new double[units];
        Object biasesValue = layer.get("biases");
        if (biasesValue != null) {
            JsonArray list = list(biasesValue, path + ".biases", "[b1, b2, …] (one bias per unit)");
            if (list.size() != units) {
                throw new ScenarioException(path + ".biases has " + count(list.size(), "value") + "; the layer has "
                        + count(units, "unit"));
            }
            for (int u = 0; u < units; u++) {
                String biasPath = path + ".biases[" + u + "]";
                biases[u] = number(list.get(u), biasPath, "a finite number");
                if (!hasBias && biases[u] != 0) {
                    throw error(biasPath, "0 because the model has no biases", list.get(u));
                }
            }
        }
        return new LayerWeights(units, inputs, weights, biases);
    }
}

package dev.boundary.core.state;

import com.grack.nanojson.JsonWriter;
import dev.boundary.core.data.DataSet;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.train.TrainingSettings;

/**
 * Writes a scenario in the format of {@link ScenarioJson}: pretty (two-space indent, one point or
 * weight row per line, short objects on one line) or compact (no spaces at all, for links). Numbers
 * go through {@link ExactDecimal}, so they read back as the same doubles; strings through nanojson.
 */
final class ScenarioWriter {
    private final StringBuilder out = new StringBuilder();
    private final boolean pretty;

    private ScenarioWriter(boolean pretty) {
        this.pretty = pretty;
    }

    static String write(Scenario scenario, boolean pretty) {
        ScenarioWriter writer = new ScenarioWriter(pretty);
        writer.scenario(scenario);
        return writer.out.toString();
    }

    private void scenario(Scenario s) {
        out.append('{');
        key("format", 1).append(string(ScenarioJson.FORMAT));
        comma().key("version", 1).append(ScenarioJson.VERSION);
        comma().key("title", 1).append(string(s.title()));
        comma().key("description", 1).append(string(s.description()));
        comma().key("data", 1);
        data(s.data());
        comma().key("model", 1);
        model(s.model());
        if (s.hasInitialWeights()) {
            comma().key("initialWeights", 1).append('[');
            LayerWeights[] layers = s.initialWeights();
            for (int l = 0; l < layers.length; l++) {
                if (l > 0) {
                    comma();
                }
                newline(2).append('{').append(string("weights")).append(colon()).append('[');
                LayerWeights layer = layers[l];
                for (int u = 0; u < layer.units(); u++) {
                    if (u > 0) {
                        inlineComma();
                    }
                    out.append('[');
                    for (int i = 0; i < layer.inputs(); i++) {
                        if (i > 0) {
                            inlineComma();
                        }
                        number(layer.weight(u, i));
                    }
                    out.append(']');
                }
                out.append(']');
                inlineComma().append(string("biases")).append(colon());
                numbers(layer.biases());
                out.append('}');
            }
            newline(1).append(']');
        }
        comma().key("seed", 1).append(s.seed());
        comma().key("training", 1);
        training(s.training(), s.epochs());
        comma().key("threshold", 1);
        number(s.threshold());
        if (s.hasTrainedState()) {
            TrainedState trained = s.trained();
            comma().key("trained", 1).append('{').append(string("epoch")).append(colon()).append(trained.epoch());
            inlineComma().append(string("parameters")).append(colon());
            numbers(trained.parameters());
            out.append('}');
        }
        newline(0).append('}');
        if (pretty) {
            out.append('\n');
        }
    }

    private void data(DataSet data) {
        int features = data.featureCount();
        out.append('{');
        key("features", 2).append(features);
        comma().key("points", 2).append('[');
        for (int i = 0; i < data.size(); i++) {
            if (i > 0) {
                comma();
            }
            newline(3).append('[');
            for (int j = 0; j < features; j++) {
                number(data.feature(i, j));
                inlineComma();
            }
            out.append(data.label(i) == 1.0 ? '1' : '0').append(']');
        }
        if (data.size() > 0) {
            newline(2);
        }
        out.append(']');
        newline(1).append('}');
    }

    private void model(ModelSpec model) {
        out.append('{');
        if (!model.features().isRaw()) {
            out.append(string("features")).append(colon()).append('[');
            for (int i = 0; i < model.inputCount(); i++) {
                if (i > 0) {
                    inlineComma();
                }
                out.append(string(model.features().get(i).id()));
            }
            out.append(']');
            inlineComma();
        }
        out.append(string("hiddenLayers")).append(colon()).append('[');
        for (int i = 0; i < model.hiddenLayerCount(); i++) {
            if (i > 0) {
                inlineComma();
            }
            out.append(model.hiddenLayerSize(i));
        }
        out.append(']');
        inlineComma().append(string("activation")).append(colon()).append(string(model.hiddenActivation().id()));
        inlineComma().append(string("bias")).append(colon()).append(model.hasBias());
        out.append('}');
    }

    private void training(TrainingSettings training, int epochs) {
        out.append('{').append(string("loss")).append(colon()).append(string(training.loss().id()));
        inlineComma().append(string("optimizer")).append(colon()).append(string(training.optimizer().id()));
        inlineComma().append(string("learningRate")).append(colon());
        number(training.learningRate());
        inlineComma().append(string("batchSize")).append(colon());
        if (training.batchSize() == TrainingSettings.FULL_BATCH) {
            out.append(string("full"));
        } else {
            out.append(training.batchSize());
        }
        inlineComma().append(string("l2")).append(colon());
        number(training.l2());
        if (training.l1() > 0) {
            inlineComma().append(string("l1")).append(colon());
            number(training.l1());
        }
        if (training.testFraction() > 0) {
            inlineComma().append(string("testFraction")).append(colon());
            number(training.testFraction());
        }
        inlineComma().append(string("epochs")).append(colon()).append(epochs);
        out.append('}');
    }

    private void numbers(double[] values) {
        out.append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                inlineComma();
            }
            number(values[i]);
        }
        out.append(']');
    }

    private void number(double value) {
        out.append(ExactDecimal.format(value));
    }

    private static String string(String value) {
        return JsonWriter.string().value(value).done();
    }

    /** A field name at {@code depth}, on its own line when pretty. */
    private StringBuilder key(String name, int depth) {
        newline(depth);
        return out.append(string(name)).append(colon());
    }

    private StringBuilder newline(int depth) {
        if (pretty) {
            out.append('\n');
            for (int i = 0; i < depth; i++) {
                out.append("  ");
            }
        }
        return out;
    }

    private String colon() {
        return pretty ? ": " : ":";
    }

    /** The comma ending a line. */
    private ScenarioWriter comma() {
        out.append(',');
        return this;
    }

    /** A comma inside a line. */
    private StringBuilder inlineComma() {
        return out.append(pretty ? ", " : ",");
    }
}

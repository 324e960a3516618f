package dev.boundary.core.link;

import dev.boundary.core.data.DataOrigin;
import dev.boundary.core.data.DataSet;
import dev.boundary.core.data.Generators;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.InputFeatures;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.state.LayerWeights;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioChecks;
import dev.boundary.core.state.ScenarioException;
import dev.boundary.core.state.TrainedState;
import dev.boundary.core.train.OptimizerKind;
import dev.boundary.core.train.Regularization;
import dev.boundary.core.train.TrainingSettings;
import java.util.Arrays;

/**
 * Reads one {@link CompactLink}, version 2 (after checking its checksum) or version 1 (unchecked), in
 * the order of its layout, checking every part as it goes.
 */
final class CompactLinkReader {
    private final CompactInput in;
    private String note;

    private CompactLinkReader(byte[] code) {
        in = new CompactInput(code);
    }

    static OpenedLink read(byte[] code) {
        if (code.length > 0 && code[0] == CompactLink.VERSION) {
            int length = code.length - 4;
            if (length < 1 || CompactLink.checksum(code, length) != (code[length] << 24 | (code[length + 1] & 0xFF) << 16
                    | (code[length + 2] & 0xFF) << 8 | (code[length + 3] & 0xFF))) {
                throw new ScenarioException("its checksum does not match (it was cut short or edited)");
            }
            code = Arrays.copyOf(code, length);
        }
        CompactLinkReader reader = new CompactLinkReader(code);
        try {
            Scenario scenario = reader.scenario();
            return new OpenedLink(scenario, reader.note);
        } catch (ScenarioException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(e.getMessage());
        }
    }

    private Scenario scenario() {
        in.part("the version");
        int version = in.readByte();
        if (version != CompactLink.VERSION && version != CompactLink.UNCHECKED_VERSION) {
            throw in.damaged("it is of version " + version + "; this page reads versions "
                    + CompactLink.UNCHECKED_VERSION + " and " + CompactLink.VERSION);
        }
        in.part("the flags");
        int flags = in.readByte();
        int known = CompactLink.ONE_FEATURE | CompactLink.BIAS | CompactLink.INITIAL_WEIGHTS | CompactLink.TRAINED
                | CompactLink.TEST_FRACTION | CompactLink.FEATURES | CompactLink.L1;
        if ((flags & ~known) != 0) {
            throw in.damaged("unknown flags " + flags);
        }
        in.part("the title");
        String title = in.readString(Scenario.MAX_TITLE_LENGTH);
        in.part("the description");
        String description = in.readString(Scenario.MAX_DESCRIPTION_LENGTH);
        in.part("the model");
        int features = (flags & CompactLink.ONE_FEATURE) != 0 ? 1 : 2;
        int[] hidden = new int[in.readCount(ModelSpec.MAX_HIDDEN_LAYERS, "the number of hidden layers")];
        for (int l = 0; l < hidden.length; l++) {
            hidden[l] = in.readByte();
        }
        Activation activation = Activation.fromId(id(CompactLink.ACTIVATIONS, "activation"));
        in.part("the training settings");
        Loss loss = Loss.fromId(id(CompactLink.LOSSES, "loss"));
        OptimizerKind optimizer = OptimizerKind.fromId(id(CompactLink.OPTIMIZERS, "optimiser"));
        InputFeatures inputs = InputFeatures.raw(features);
        if ((flags & CompactLink.FEATURES) != 0) {
            in.part("the input features");
            inputs = inputFeatures(features, in.readByte());
        }
        ModelSpec model = new ModelSpec(inputs, hidden, activation, (flags & CompactLink.BIAS) != 0);
        double learningRate = in.readNumber();
        int batchSize = in.readCount(Scenario.MAX_POINTS, "the batch size");
        double l2 = in.readNumber();
        double testFraction = (flags & CompactLink.TEST_FRACTION) != 0 ? in.readNumber() : 0.0;
        TrainingSettings training = (flags & CompactLink.L1) != 0 && l2 > 0
                ? new TrainingSettings(loss, optimizer, learningRate, batchSize, Regularization.L1, l2, testFraction)
                : new TrainingSettings(loss, optimizer, learningRate, batchSize, l2, testFraction);
        int epochs = in.readCount(Scenario.MAX_EPOCHS, "the number of epochs");
        double threshold = in.readNumber();
        long seed = in.readSigned();
        in.part("the points");
        DataSet data = points(features);
        LayerWeights[] initial = new LayerWeights[0];
        if ((flags & CompactLink.INITIAL_WEIGHTS) != 0) {
            in.part("the initial weights");
            initial = new LayerWeights[model.layerCount()];
            for (int l = 0; l < initial.length; l++) {
                double[] weights = numbers(model.units(l) * model.inputs(l));
                initial[l] = new LayerWeights(model.units(l), model.inputs(l), weights, numbers(model.units(l)));
            }
        }
        TrainedState trained = null;
        if ((flags & CompactLink.TRAINED) != 0) {
            in.part("the trained weights");
            int epoch = in.readCount(Integer.MAX_VALUE, "the trained epoch");
            trained = new TrainedState(epoch, numbers(ScenarioChecks.parameterCount(model)));
        }
        in.part("the end");
        in.end();
        // Checked in the order of Scenario's own checks, so the same part is named first.
        Scenario scenario = Scenario.of(data, model, seed, training).withTitle(title).withDescription(description);
        if (initial.length > 0) {
            scenario = scenario.withInitialWeights(initial);
        }
        scenario = scenario.withEpochs(epochs).withThreshold(threshold);
        return trained == null ? scenario : scenario.withTrained(trained);
    }

    private InputFeatures inputFeatures(int dimension, int mask) {
        try {
            return InputFeatures.fromMask(dimension, mask);
        } catch (IllegalArgumentException e) {
            throw in.damaged("the input features are wrong: " + e.getMessage());
        }
    }

    /** The id whose index in {@code table} comes next. */
    private String id(String[] table, String what) {
        int code = in.readByte();
        if (code >= table.length) {
            throw in.damaged("unknown " + what + " code " + code);
        }
        return table[code];
    }

    private DataSet points(int features) {
        int mode = in.readCount(2, "the kind of points");
        DataSet named = null;
        if (mode > 0) {
            int preset = in.readByte();
            if (preset >= PresetPrefix.PRESETS.length) {
                throw in.damaged("unknown data set code " + preset);
            }
            long seed = in.readSigned();
            DataOrigin origin = null;
            if (mode == 2) {
                int countPerClass = in.readCount(Generators.MAX_COUNT_PER_CLASS, "the points per class");
                double noise = in.readNumber();
                origin = new DataOrigin(PresetPrefix.PRESETS[preset], seed, countPerClass, noise);
            }
            int count = in.readCount(Scenario.MAX_POINTS, "the number of preset points");
            int checksum = in.readByte() << 24 | in.readByte() << 16 | in.readByte() << 8 | in.readByte();
            named = origin != null ? PresetPrefix.regenerate(origin, count) : PresetPrefix.regenerate(preset, seed, count);
            String name = PresetPrefix.PRESETS[preset].title();
            if (named == null || named.featureCount() != features) {
                throw in.damaged("it names " + count + " points of the data set " + name + ", which does not"
                        + " have them");
            }
            if (PresetPrefix.checksum(named, count) != checksum) {
                note = "the points of the data set " + name + " were drawn again in this browser and differ"
                        + " from the sender's in the last digits (its maths library rounds differently)";
            }
        }
        int start = named == null ? 0 : named.size();
        // Each listed point takes at least one label bit and two bytes per coordinate.
        int n = in.readSized(Scenario.MAX_POINTS - start, 2 * features, "the number of points");
        double[] labels = new double[start + n];
        double[] values = new double[(start + n) * features];
        for (int i = 0; i < start; i++) {
            labels[i] = named.label(i);
            for (int j = 0; j < features; j++) {
                values[i * features + j] = named.feature(i, j);
            }
        }
        int bits = 0;
        for (int i = 0; i < n; i++) {
            if (i % 8 == 0) {
                bits = in.readByte();
                if (n - i < 8 && bits >>> (n - i) != 0) {
                    throw in.damaged("the labels have bits set beyond the last point");
                }
            }
            labels[start + i] = (bits >>> (i % 8)) & 1;
        }
        for (int k = start * features; k < values.length; k++) {
            values[k] = in.readNumber();
        }
        DataSet data = new DataSet(features, values, labels);
        return named != null && named.origin() != null ? data.withOrigin(named.origin()) : data;
    }

    private double[] numbers(int count) {
        if (count > in.remaining() / 2) { // every number takes 2 bytes or more
            throw in.cutShort();
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.readNumber();
        }
        return values;
    }
}

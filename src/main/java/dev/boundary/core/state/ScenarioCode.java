package dev.boundary.core.state;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.train.OptimizerKind;
import dev.boundary.core.train.TrainingSettings;

/**
 * A scenario as compact bytes, for links and the autosave: everything {@link ScenarioJson} holds, with
 * the same exact doubles, in a fraction of the size. A few hundred clicked or imported points fit in a
 * link of a few thousand characters, and a preset's points are named rather than listed.
 *
 * <h2>Layout, version 1</h2>
 * Varints, strings and numbers as in {@link CompactOutput}:
 * <pre>
 * byte      1 (the version)
 * byte      flags: 1 = one feature (else two), 2 = biases, 4 = explicit initial weights, 8 = trained state
 * string    title; string description
 * byte      hidden layers h, then h bytes of units
 * 3 bytes   activation, loss and optimiser codes (indexes in the tables below)
 * number    learning rate; varint batch size (0 = full); number L2; varint epochs; number threshold
 * signed    seed
 * points    varint 0, or varint 1 + byte preset code + signed seed + varint count + 4-byte checksum
 *           (the first count points of that preset), then varint n, the n labels as bits (point i is
 *           bit i % 8 of byte i / 8) and the n points' coordinates
 * numbers   the initial weights, when flagged: layer by layer, weights row by row, then biases
 * varint + numbers  the trained epoch and parameters, when flagged, in the same order
 * </pre>
 * Nothing may follow. Reading checks every count against what is left, so damaged bytes give a
 * {@link ScenarioException} and never a huge allocation.
 */
public final class ScenarioCode {
    /** The first byte of a code. */
    public static final int VERSION = 1;

    private static final String[] ACTIVATIONS = {"sigmoid", "tanh", "relu", "linear"};
    private static final String[] LOSSES = {"cross-entropy", "naive-cross-entropy", "squared-error"};
    private static final String[] OPTIMIZERS = {"gradient-descent", "momentum", "adam"};
    private static final int ONE_FEATURE = 1;
    private static final int BIAS = 2;
    private static final int INITIAL_WEIGHTS = 4;
    private static final int TRAINED = 8;
    /** The seed the page's presets are drawn with by default, tried besides the scenario's own. */
    private static final long DEFAULT_SEED = 1;

    /** The last points encoded, with their seed and bytes: the autosave encodes the same points often. */
    private DataSet cachedData;
    private long cachedSeed;
    private byte[] cachedPoints;

    /**
     * The code of {@code scenario}. The points' bytes are kept for the next call, which reuses them
     * when it gets the same points object with the same seed (so saving every few seconds while
     * training does not encode the points again).
     */
    public byte[] encode(Scenario scenario) {
        CompactOutput out = new CompactOutput();
        ModelSpec model = scenario.model();
        out.writeByte(VERSION);
        out.writeByte((scenario.data().featureCount() == 1 ? ONE_FEATURE : 0) | (model.hasBias() ? BIAS : 0)
                | (scenario.hasInitialWeights() ? INITIAL_WEIGHTS : 0) | (scenario.hasTrainedState() ? TRAINED : 0));
        out.writeString(scenario.title());
        out.writeString(scenario.description());
        out.writeByte(model.hiddenLayerCount());
        for (int l = 0; l < model.hiddenLayerCount(); l++) {
            out.writeByte(model.hiddenLayerSize(l));
        }
        TrainingSettings training = scenario.training();
        out.writeByte(indexOf(ACTIVATIONS, model.hiddenActivation().id()));
        out.writeByte(indexOf(LOSSES, training.loss().id()));
        out.writeByte(indexOf(OPTIMIZERS, training.optimizer().id()));
        out.writeNumber(training.learningRate());
        out.writeVarint(training.batchSize());
        out.writeNumber(training.l2());
        out.writeVarint(scenario.epochs());
        out.writeNumber(scenario.threshold());
        out.writeSigned(scenario.seed());
        out.append(points(scenario.data(), scenario.seed()));
        if (scenario.hasInitialWeights()) {
            for (LayerWeights layer : scenario.initialWeights()) {
                numbers(out, layer.weights());
                numbers(out, layer.biases());
            }
        }
        if (scenario.hasTrainedState()) {
            out.writeVarint(scenario.trained().epoch());
            numbers(out, scenario.trained().parameters());
        }
        return out.toByteArray();
    }

    /**
     * The scenario in {@code code}, with a note when its preset points had to be regenerated and came
     * out different in this engine's last bits.
     *
     * @throws ScenarioException saying what is wrong and where, e.g. "it is cut short (it ends inside the
     *     points)"
     */
    public static SharedScenario decode(byte[] code) {
        return CodeReader.read(code);
    }

    private byte[] points(DataSet data, long seed) {
        if (data == cachedData && seed == cachedSeed) {
            return cachedPoints;
        }
        CompactOutput listed = new CompactOutput();
        listed.writeVarint(0);
        listPoints(listed, data, 0);
        byte[] best = listed.toByteArray();
        PresetPrefix prefix = PresetPrefix.find(data, seed, DEFAULT_SEED);
        if (prefix != null) {
            CompactOutput named = new CompactOutput();
            named.writeVarint(1);
            named.writeByte(prefix.presetCode);
            named.writeSigned(prefix.seed);
            named.writeVarint(prefix.count);
            for (int shift = 24; shift >= 0; shift -= 8) {
                named.writeByte(prefix.checksum >>> shift);
            }
            listPoints(named, data, prefix.count);
            if (named.size() < best.length) {
                best = named.toByteArray();
            }
        }
        cachedData = data;
        cachedSeed = seed;
        cachedPoints = best;
        return best;
    }

    /** Points {@code from}…end: their count, labels as bits, then coordinates. */
    private static void listPoints(CompactOutput out, DataSet data, int from) {
        int n = data.size() - from;
        out.writeVarint(n);
        int bits = 0;
        for (int i = 0; i < n; i++) {
            bits |= (data.label(from + i) == 1.0 ? 1 : 0) << (i % 8);
            if (i % 8 == 7 || i == n - 1) {
                out.writeByte(bits);
                bits = 0;
            }
        }
        for (int i = from; i < data.size(); i++) {
            for (int j = 0; j < data.featureCount(); j++) {
                out.writeNumber(data.feature(i, j));
            }
        }
    }

    private static void numbers(CompactOutput out, double[] values) {
        for (double value : values) {
            out.writeNumber(value);
        }
    }

    static int indexOf(String[] table, String id) {
        for (int i = 0; i < table.length; i++) {
            if (table[i].equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("no code for \"" + id + "\"");
    }

    /** Reads a code; one instance per code. */
    private static final class CodeReader {
        private final CompactInput in;
        private String note;

        private CodeReader(byte[] code) {
            in = new CompactInput(code);
        }

        static SharedScenario read(byte[] code) {
            CodeReader reader = new CodeReader(code);
            try {
                Scenario scenario = reader.scenario();
                return new SharedScenario(scenario, reader.note);
            } catch (ScenarioException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(e.getMessage());
            }
        }

        private Scenario scenario() {
            in.part("the version");
            int version = in.readByte();
            if (version != VERSION) {
                throw in.damaged("it is of version " + version + "; this page reads version " + VERSION);
            }
            in.part("the flags");
            int flags = in.readByte();
            if ((flags & ~(ONE_FEATURE | BIAS | INITIAL_WEIGHTS | TRAINED)) != 0) {
                throw in.damaged("unknown flags " + flags);
            }
            in.part("the title");
            String title = in.readString(Scenario.MAX_TITLE_LENGTH);
            in.part("the description");
            String description = in.readString(Scenario.MAX_DESCRIPTION_LENGTH);
            in.part("the model");
            int features = (flags & ONE_FEATURE) != 0 ? 1 : 2;
            int[] hidden = new int[in.readCount(ModelSpec.MAX_HIDDEN_LAYERS, "the number of hidden layers")];
            for (int l = 0; l < hidden.length; l++) {
                hidden[l] = in.readByte();
            }
            Activation activation = Activation.fromId(ACTIVATIONS[code(ACTIVATIONS, "activation")]);
            ModelSpec model = new ModelSpec(features, hidden, activation, (flags & BIAS) != 0);
            in.part("the training settings");
            Loss loss = Loss.fromId(LOSSES[code(LOSSES, "loss")]);
            OptimizerKind optimizer = OptimizerKind.fromId(OPTIMIZERS[code(OPTIMIZERS, "optimiser")]);
            double learningRate = in.readNumber();
            int batchSize = in.readCount(Scenario.MAX_POINTS, "the batch size");
            double l2 = in.readNumber();
            TrainingSettings training = new TrainingSettings(loss, optimizer, learningRate, batchSize, l2);
            int epochs = in.readCount(Scenario.MAX_EPOCHS, "the number of epochs");
            double threshold = in.readNumber();
            long seed = in.readSigned();
            in.part("the points");
            DataSet data = points(features);
            LayerWeights[] initial = new LayerWeights[0];
            if ((flags & INITIAL_WEIGHTS) != 0) {
                in.part("the initial weights");
                initial = new LayerWeights[model.layerCount()];
                for (int l = 0; l < initial.length; l++) {
                    double[] weights = numbers(model.units(l) * model.inputs(l));
                    initial[l] = new LayerWeights(model.units(l), model.inputs(l), weights, numbers(model.units(l)));
                }
            }
            TrainedState trained = null;
            if ((flags & TRAINED) != 0) {
                in.part("the trained weights");
                int epoch = in.readCount(Integer.MAX_VALUE, "the trained epoch");
                trained = new TrainedState(epoch, numbers(ScenarioChecks.parameterCount(model)));
            }
            in.part("the end");
            in.end();
            return new Scenario(title, description, data, model, initial, seed, training, epochs, threshold, trained);
        }

        private int code(String[] table, String what) {
            int code = in.readByte();
            if (code >= table.length) {
                throw in.damaged("unknown " + what + " code " + code);
            }
            return code;
        }

        private DataSet points(int features) {
            int mode = in.readCount(1, "the kind of points");
            DataSet named = null;
            if (mode == 1) {
                int preset = in.readByte();
                if (preset >= PresetPrefix.PRESETS.length) {
                    throw in.damaged("unknown data set code " + preset);
                }
                long seed = in.readSigned();
                int count = in.readCount(Scenario.MAX_POINTS, "the number of preset points");
                int checksum = in.readByte() << 24 | in.readByte() << 16 | in.readByte() << 8 | in.readByte();
                named = PresetPrefix.regenerate(preset, seed, count);
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
            return new DataSet(features, values, labels);
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
}

package dev.boundary.core.link;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.state.LayerWeights;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.train.TrainingSettings;
import java.util.zip.CRC32;

/**
 * The current form of links (and of the autosave): a scenario as compact bytes, everything
 * {@link dev.boundary.core.state.ScenarioJson} holds, with the same exact doubles, in a fraction of
 * the size. A few hundred clicked or imported points fit in a link of a few thousand characters, and a
 * preset's points are named rather than listed.
 *
 * <h2>Layout, version 2</h2>
 * Varints, strings and numbers as in {@link CompactOutput}:
 * <pre>
 * byte      2 (the version)
 * byte      flags: 1 = one feature (else two), 2 = biases, 4 = explicit initial weights, 8 = trained state,
 *           16 = a test fraction, 32 = input features other than the coordinates,
 *           64 = L1 (the regularisation number is then L1's λ, else L2's)
 * string    title; string description
 * byte      hidden layers h, then h bytes of units
 * 3 bytes   activation, loss and optimiser codes (indexes in the tables below)
 * byte      the input features when flagged: bit i for {@code InputFeature.values()[i]}
 * number    learning rate; varint batch size (0 = full); number L2; the test fraction when flagged;
 *           varint epochs; number threshold
 * signed    seed
 * points    varint 0, or varint 1 + byte preset code + signed seed + varint count + 4-byte checksum
 *           (the first count points of that preset), or varint 2 + byte preset code + signed seed +
 *           varint points per class + number noise + varint count + 4-byte checksum (the same, drawn
 *           at that size and noise); then varint n, the n labels as bits (point i is bit i % 8 of byte
 *           i / 8) and the n points' coordinates
 * numbers   the initial weights, when flagged: layer by layer, weights row by row, then biases
 * varint + numbers  the trained epoch and parameters, when flagged, in the same order
 * 4 bytes   the CRC-32 (zip's and PNG's, {@link java.util.zip.CRC32}) of every byte before it, most significant first
 * </pre>
 * Nothing may follow. The checksum makes an edited link fail as damaged instead of opening another
 * session. Version 1, the same without the checksum, is still read (links made before the checksum
 * keep working, unchecked). {@link CompactLinkReader} reads both versions; it checks every count
 * against what is left, so damaged bytes give a {@link dev.boundary.core.state.ScenarioException} and
 * never a huge allocation. Written and read through {@link Link}.
 */
final class CompactLink {
    /** The first byte of a compact link, version 2 (with its checksum). */
    static final int VERSION = 2;
    /** The first byte of an unchecked compact link, version 1 (made before the checksum), still read. */
    static final int UNCHECKED_VERSION = 1;

    static final String[] ACTIVATIONS = {"sigmoid", "tanh", "relu", "linear"};
    static final String[] LOSSES = {"cross-entropy", "naive-cross-entropy", "squared-error"};
    static final String[] OPTIMIZERS = {"gradient-descent", "momentum", "adam"};
    static final int ONE_FEATURE = 1;
    static final int BIAS = 2;
    static final int INITIAL_WEIGHTS = 4;
    static final int TRAINED = 8;
    static final int TEST_FRACTION = 16;
    static final int FEATURES = 32;
    static final int L1 = 64;
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
    byte[] encode(Scenario scenario) {
        CompactOutput out = new CompactOutput();
        ModelSpec model = scenario.model();
        out.writeByte(VERSION);
        out.writeByte((scenario.data().featureCount() == 1 ? ONE_FEATURE : 0) | (model.hasBias() ? BIAS : 0)
                | (scenario.hasInitialWeights() ? INITIAL_WEIGHTS : 0) | (scenario.hasTrainedState() ? TRAINED : 0)
                | (scenario.training().testFraction() > 0 ? TEST_FRACTION : 0)
                | (model.features().isRaw() ? 0 : FEATURES) | (scenario.training().l1() > 0 ? L1 : 0));
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
        if (!model.features().isRaw()) {
            out.writeByte(model.features().mask());
        }
        out.writeNumber(training.learningRate());
        out.writeVarint(training.batchSize());
        out.writeNumber(training.l1() > 0 ? training.l1() : training.l2());
        if (training.testFraction() > 0) {
            out.writeNumber(training.testFraction());
        }
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
        byte[] body = out.toByteArray();
        int checksum = checksum(body, body.length);
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.writeByte(checksum >>> shift);
        }
        return out.toByteArray();
    }

    private byte[] points(DataSet data, long seed) {
        if (data == cachedData && seed == cachedSeed) {
            return cachedPoints;
        }
        CompactOutput listed = new CompactOutput();
        listed.writeVarint(0);
        listPoints(listed, data, 0);
        byte[] best = listed.toByteArray();
        PresetPrefix prefix = PresetPrefix.of(data, seed, DEFAULT_SEED);
        if (prefix != null) {
            CompactOutput named = new CompactOutput();
            named.writeVarint(prefix.origin == null ? 1 : 2);
            named.writeByte(prefix.presetCode);
            named.writeSigned(prefix.seed);
            if (prefix.origin != null) {
                named.writeVarint(prefix.origin.countPerClass());
                named.writeNumber(prefix.origin.noise());
            }
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

    /**
     * The CRC-32 of {@code bytes[0 … length − 1]} as a signed int: it catches every change confined to
     * 32 consecutive bits, so every edited character of a link.
     */
    static int checksum(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }
}

package dev.boundary.core.link;

import dev.boundary.core.data.DataOrigin;
import dev.boundary.core.data.DataSet;
import dev.boundary.core.data.Preset;
import dev.boundary.core.math.SeededRandom;

/**
 * How many leading points of a data set are those of a preset generated from a seed, so that a link
 * can name the preset instead of listing 200 random doubles: the circles of seed 1 plus three clicked
 * points become "circles, seed 1, first 200" and three explicit points.
 *
 * <p>The generators use {@code Math.sin}, {@code cos} and {@code log}, whose last bit may differ
 * between JavaScript engines, so a reference carries a checksum of the points it stands for; the
 * reader regenerates them and says so when the checksum differs.
 */
final class PresetPrefix {
    /** Presets by code, in link order; never reorder (links hold the index). */
    static final Preset[] PRESETS = {Preset.AND, Preset.OR, Preset.XOR, Preset.BLOBS, Preset.CIRCLES,
        Preset.MOONS, Preset.SPIRAL, Preset.LINE, Preset.ROELANTS, Preset.IRIS, Preset.SINE, Preset.CUBIC, Preset.ABS};

    final int presetCode;
    final long seed;
    final int count;
    final int checksum;
    /** The size and noise drawn with, when not the preset's defaults; else null. */
    final DataOrigin origin;

    private PresetPrefix(int presetCode, long seed, int count, int checksum, DataOrigin origin) {
        this.presetCode = presetCode;
        this.seed = seed;
        this.count = count;
        this.checksum = checksum;
        this.origin = origin;
    }

    /**
     * The prefix the data's own {@link DataSet#origin()} stands for, when it has one and its points
     * still start the data; else {@link #find}.
     */
    static PresetPrefix of(DataSet data, long... seeds) {
        DataOrigin origin = data.origin();
        if (origin != null) {
            DataSet drawn = origin.generate();
            int length = commonPrefix(data, drawn);
            if (length > 0) {
                return new PresetPrefix(code(origin.preset()), origin.seed(), length, checksum(drawn, length),
                        origin.isDefault() ? null : origin);
            }
        }
        return find(data, seeds);
    }

    private static int code(Preset preset) {
        for (int code = 0; code < PRESETS.length; code++) {
            if (PRESETS[code] == preset) {
                return code;
            }
        }
        throw new IllegalArgumentException("no link code for " + preset.id());
    }

    /**
     * The first {@code count} points drawn by {@code origin}, carrying it when that is all of them;
     * null when it draws fewer.
     */
    static DataSet regenerate(DataOrigin origin, int count) {
        DataSet drawn = origin.generate();
        if (count > drawn.size()) {
            return null;
        }
        return count == drawn.size() ? drawn : firstPoints(drawn, count);
    }

    /**
     * The longest prefix of {@code data} that some preset generated from one of {@code seeds} starts
     * with, or null when no preset matches even the first point.
     */
    static PresetPrefix find(DataSet data, long... seeds) {
        PresetPrefix best = null;
        if (data.size() == 0) {
            return null;
        }
        for (int code = 0; code < PRESETS.length; code++) {
            long[] candidates = usesSeed(PRESETS[code]) ? seeds : new long[] {0};
            for (int s = 0; s < candidates.length; s++) {
                if (s > 0 && candidates[s] == candidates[0]) {
                    continue;
                }
                DataSet generated = PRESETS[code].generate(new SeededRandom(candidates[s]));
                int length = commonPrefix(data, generated);
                if (length > 0 && (best == null || length > best.count)) {
                    best = new PresetPrefix(code, candidates[s], length, checksum(generated, length), null);
                }
            }
        }
        return best;
    }

    /** Whether the preset draws its points from the generator (the gates and Iris do not). */
    static boolean usesSeed(Preset preset) {
        return preset != Preset.AND && preset != Preset.OR && preset != Preset.XOR && preset != Preset.IRIS;
    }

    /**
     * The first {@code count} points of the preset at its default size and noise, or null when the
     * preset has fewer; a generated preset's whole set carries its {@link DataOrigin}.
     */
    static DataSet regenerate(int presetCode, long seed, int count) {
        Preset preset = PRESETS[presetCode];
        if (preset.isGenerated()) {
            return regenerate(new DataOrigin(preset, seed, preset.defaultCountPerClass(), preset.defaultNoise()), count);
        }
        DataSet generated = preset.generate(new SeededRandom(seed));
        return count > generated.size() ? null : firstPoints(generated, count);
    }

    private static DataSet firstPoints(DataSet generated, int count) {
        int features = generated.featureCount();
        double[] values = new double[count * features];
        double[] labels = new double[count];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < features; j++) {
                values[i * features + j] = generated.feature(i, j);
            }
            labels[i] = generated.label(i);
        }
        return new DataSet(features, values, labels);
    }

    private static int commonPrefix(DataSet a, DataSet b) {
        if (a.featureCount() != b.featureCount()) {
            return 0;
        }
        int n = Math.min(a.size(), b.size());
        int features = a.featureCount();
        for (int i = 0; i < n; i++) {
            if (a.label(i) != b.label(i)) {
                return i;
            }
            for (int j = 0; j < features; j++) {
                if (Double.doubleToRawLongBits(a.feature(i, j)) != Double.doubleToRawLongBits(b.feature(i, j))) {
                    return i;
                }
            }
        }
        return n;
    }

    /** FNV-1a over the bits of the first {@code count} points' features and labels. */
    static int checksum(DataSet data, int count) {
        int hash = 0x811C9DC5;
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < data.featureCount(); j++) {
                hash = mix(hash, Double.doubleToRawLongBits(data.feature(i, j)));
            }
            hash = mix(hash, data.label(i) == 1.0 ? 1 : 0);
        }
        return hash;
    }

    private static int mix(int hash, long value) {
        int h = hash;
        for (int shift = 0; shift < 64; shift += 8) {
            h = (h ^ (int) ((value >>> shift) & 0xFF)) * 0x01000193;
        }
        return h;
    }
}

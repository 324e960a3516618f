package dev.boundary.core.state;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.InputFeatures;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.train.OptimizerKind;
import dev.boundary.core.train.TrainingSettings;

/** Random but valid scenarios and awkward doubles, for property-style round-trip tests. */
public final class RandomScenarios {
    private static final String[] TEXTS = {"", "XOR", "quote \" and backslash \\", "tab\tnew\nline", "é ü ß",
        "emoji 😀 and 𝔁", "control \u0001\u001f", "</script>", "ünïcödé & <b>"};

    private RandomScenarios() {
    }

    /** A finite double, often an awkward one: random bits, subnormals, ±0, extremes, small decimals. */
    public static double awkwardDouble(SeededRandom random) {
        switch (random.nextInt(8)) {
            case 0:
                return 0.0;
            case 1:
                return -0.0;
            case 2:
                return Double.longBitsToDouble(random.nextLong() & 0x800FFFFFFFFFFFFFL); // subnormal
            case 3:
                return random.nextInt(2001) - 1000;
            case 4:
                return (random.nextInt(2001) - 1000) / 100.0;
            case 5:
                return random.nextGaussian(0, 10);
            default:
                double value = Double.longBitsToDouble(random.nextLong());
                return Double.isNaN(value) || Double.isInfinite(value) ? Double.MAX_VALUE : value;
        }
    }

    /** An awkward double within the coordinate limit (those beyond become the limit, signed). */
    public static double awkwardCoordinate(SeededRandom random) {
        double value = awkwardDouble(random);
        return Math.abs(value) <= DataSet.MAX_COORDINATE ? value : Math.copySign(DataSet.MAX_COORDINATE, value);
    }

    public static Scenario scenario(SeededRandom random) {
        int features = 1 + random.nextInt(2);
        int size = random.nextInt(12);
        double[] coordinates = new double[size * features];
        double[] labels = new double[size];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = awkwardCoordinate(random);
        }
        for (int i = 0; i < size; i++) {
            labels[i] = random.nextInt(2);
        }
        int[] hidden = new int[random.nextInt(4)];
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] = 1 + random.nextInt(ModelSpec.MAX_UNITS);
        }
        Activation activation = Activation.values()[random.nextInt(Activation.values().length)];
        boolean bias = random.nextInt(3) > 0;
        // Half the time engineered input features: any non-empty set (on a line, of x, x² and sin x).
        int mask = features == 2 ? 1 + random.nextInt(127) : new int[] {1, 4, 5, 32, 33, 36, 37}[random.nextInt(7)];
        InputFeatures inputs = random.nextInt(2) == 0 ? InputFeatures.raw(features)
                : InputFeatures.fromMask(features, mask);
        ModelSpec model = new ModelSpec(inputs, hidden, activation, bias);
        TrainingSettings training = new TrainingSettings(Loss.values()[random.nextInt(Loss.values().length)],
                OptimizerKind.values()[random.nextInt(OptimizerKind.values().length)],
                random.nextInt(4) == 0 ? Double.MIN_VALUE : 1000 * (1 - random.nextDouble()),
                random.nextInt(5) == 0 ? TrainingSettings.FULL_BATCH : 1 + random.nextInt(64),
                random.nextInt(2) == 0 ? 0.0 : 100 * random.nextDouble(),
                random.nextInt(3) > 0 ? 0.0 : TrainingSettings.MAX_TEST_FRACTION * random.nextDouble());
        double threshold = random.nextDouble();
        Scenario scenario = Scenario.of(new DataSet(features, coordinates, labels), model, random.nextLong(), training)
                .withTitle(TEXTS[random.nextInt(TEXTS.length)])
                .withDescription(TEXTS[random.nextInt(TEXTS.length)])
                .withEpochs(random.nextInt(Scenario.MAX_EPOCHS + 1))
                .withThreshold(threshold == 0 ? 0.5 : threshold);
        if (random.nextInt(2) == 0) {
            LayerWeights[] layers = new LayerWeights[model.layerCount()];
            for (int l = 0; l < layers.length; l++) {
                layers[l] = new LayerWeights(model.units(l), model.inputs(l),
                        values(random, model.units(l) * model.inputs(l), true),
                        values(random, model.units(l), bias));
            }
            scenario = scenario.withInitialWeights(layers);
        }
        if (random.nextInt(2) == 0) {
            double[] parameters = values(random, ScenarioChecks.parameterCount(model), true);
            for (int index : ScenarioChecks.biasIndexes(model)) {
                parameters[index] = bias ? parameters[index] : 0.0;
            }
            scenario = scenario.withTrained(new TrainedState(random.nextInt(Integer.MAX_VALUE), parameters));
        }
        return scenario;
    }

    private static double[] values(SeededRandom random, int count, boolean nonZero) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = nonZero ? awkwardDouble(random) : 0.0;
        }
        return values;
    }
}

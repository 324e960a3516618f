package dev.boundary.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.data.Generators;
import dev.boundary.core.export.NumpyScript;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.DenseLayer;
import dev.boundary.core.nn.InputFeature;
import dev.boundary.core.nn.InputFeatures;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioJson;
import dev.boundary.core.state.Utf8;
import dev.boundary.core.train.OptimizerKind;
import dev.boundary.core.train.Regularization;
import dev.boundary.core.train.Trainer;
import dev.boundary.core.train.TrainingSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported NumPy script, run by python3, prints what the replay command prints: for every
 * example file and for generated scenarios that together use every model option, the same rows,
 * every cost within 1e-9 relative and the same accuracies. The script's arithmetic is NumPy's own
 * (its matrix products, exp, log and tanh), so it is an independent reproduction, not a copy.
 *
 * <p>Skipped, saying so, where python3 with NumPy is missing ({@code .ci/run} installs it).
 */
class NumpyExportTest {
    /** Updates a scenario may make here: Python pays for each batch, and the fast tier stays fast. */
    private static final int UPDATES_PER_SCENARIO = 400;
    private static final double RELATIVE = 1e-9;
    /** A generated scenario in which L1 carries a useless feature's weight across 0, where it stops. */
    private static final String L1_ONE_NEURON = "features-squares-product-gd-l1-full";

    @TempDir
    Path directory;

    @Test
    void everyExampleFileAndEveryModelOptionMatchTheReplay() throws Exception {
        Assumptions.assumeTrue(pythonWithNumpy(), "python3 with NumPy is not installed: the exported scripts"
                + " cannot be run here (Debian: apt-get install python3-numpy)");
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Paths.get("web/examples"))) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                if (file.toString().endsWith(".json")) {
                    scenarios.put(file.getFileName().toString(), Replay.load(file));
                }
            }
        }
        assertTrue(scenarios.size() >= 8, "the example files were not found");
        scenarios.putAll(generated());
        // All scripts run at once (python3 starts slowly), then each is compared with its replay.
        Map<String, Process> runs = new LinkedHashMap<>();
        Map<String, Path> inputs = new LinkedHashMap<>();
        for (Map.Entry<String, Scenario> entry : scenarios.entrySet()) {
            Scenario scenario = capped(entry.getValue());
            entry.setValue(scenario);
            Path json = directory.resolve(entry.getKey().replace(".json", "") + ".json");
            Files.write(json, Utf8.encode(ScenarioJson.write(scenario)));
            inputs.put(entry.getKey(), json);
            Path script = directory.resolve(entry.getKey().replace(".json", "").replace('-', '_') + ".py");
            Files.write(script, NumpyScript.write(scenario).getBytes(StandardCharsets.UTF_8));
            runs.put(entry.getKey(), new ProcessBuilder("python3", script.toString())
                    .redirectOutput(directory.resolve(script.getFileName() + ".out").toFile())
                    .redirectError(directory.resolve(script.getFileName() + ".err").toFile()).start());
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Process> run : runs.entrySet()) {
            String name = run.getKey();
            Process python = run.getValue();
            assertTrue(python.waitFor(120, TimeUnit.SECONDS), name + ": python3 did not finish");
            ReplayTest.Run replay = ReplayTest.replay(inputs.get(name).toString());
            String script = name.replace(".json", "").replace('-', '_') + ".py";
            String printed = Files.readString(directory.resolve(script + ".out"));
            String errors = Files.readString(directory.resolve(script + ".err"));
            assertEquals(replay.status, python.exitValue(), name + ": exit status; python3 said " + errors);
            compare(name, replay.out, printed, problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theReplaysNumpyOptionWritesTheScriptOfTheRunItReplays() throws IOException {
        Path script = directory.resolve("xor.py");
        ReplayTest.Run run = ReplayTest.replay("web/examples/xor-network.json", "--epochs", "3", "--numpy",
                script.toString());
        assertEquals(0, run.status, run.err);
        assertEquals(5, run.lines().length, "the rows are printed as without --numpy");
        String expected = NumpyScript.write(Replay.load(Paths.get("web/examples/xor-network.json")).withEpochs(3));
        assertEquals(expected, Files.readString(script));
        assertTrue(expected.contains("\nEPOCHS = 3\n"), "the script trains the --epochs count");
        ReplayTest.Run missing = ReplayTest.replay("web/examples/xor-network.json", "--numpy");
        assertEquals(2, missing.status);
        assertTrue(missing.err.startsWith("--numpy needs a value"), missing.err);
    }

    @Test
    void theL1ScenarioStopsAWeightAtExactlyZeroSoTheScriptMustToo() {
        // Circles are symmetric in x₁x₂: the data do not pull its weight, L1 carries it to 0 and across.
        Scenario scenario = capped(generated().get(L1_ONE_NEURON));
        Trainer trainer = scenario.newTrainer();
        DenseLayer neuron = trainer.network().layer(0);
        assertTrue(neuron.weight(0, 2) != 0.0, "the x₁x₂ weight starts away from 0");
        int stoppedAt = -1;
        for (int epoch = 1; epoch <= scenario.epochs() && stoppedAt < 0; epoch++) {
            trainer.trainEpoch();
            stoppedAt = neuron.weight(0, 2) == 0.0 ? epoch : -1;
        }
        assertTrue(stoppedAt > 0 && stoppedAt < scenario.epochs() - 5, "stopped at epoch " + stoppedAt);
        String script = NumpyScript.write(scenario);
        assertTrue(script.contains("stop_at_zero("), "the script stops weights at 0 under L1");
        assertFalse(NumpyScript.write(scenario.withTraining(scenario.training().withRegularization(Regularization.L2,
                1.0))).contains("stop_at_zero("), "only L1 stops weights at 0");
    }

    @Test
    void theScriptComputesTheChosenFeaturesInThePagesOrder() {
        Scenario scenario = Scenario.of(Generators.circles(new SeededRandom(1), 5, 0.1),
                new ModelSpec(InputFeatures.parse(2, "sinx2,x1sq,x1x2"), new int[0], Activation.SIGMOID, true), 1,
                TrainingSettings.gradientDescent(0.1));
        String script = NumpyScript.write(scenario);
        int square = script.indexOf("x1 * x1,  # x₁²");
        int product = script.indexOf("x1 * x2,  # x₁x₂");
        int sine = script.indexOf("np.sin(x2),  # sin x₂");
        assertTrue(square > 0 && square < product && product < sine, script);
        assertTrue(script.contains("INPUTS = features(POINTS[:, :2])"), script);
        Scenario line = Scenario.of(Generators.lineGaussians(new SeededRandom(2), 5, 0.0, 1.0, 3.0, 0.7),
                new ModelSpec(InputFeatures.parse(1, "x1sq"), new int[0], Activation.SIGMOID, true), 1,
                TrainingSettings.gradientDescent(0.1));
        assertTrue(NumpyScript.write(line).contains("x * x,  # x²"), NumpyScript.write(line));
    }

    @Test
    void aTitleCannotBreakOutOfItsComment() {
        Scenario scenario = Scenario.of(Generators.moons(new SeededRandom(1), 5, 0.1),
                ModelSpec.logistic(2), 1, TrainingSettings.gradientDescent(0.1))
                .withTitle("line one\nimport os\u2028os.system('x')\r\"\"\"");
        String script = NumpyScript.write(scenario);
        for (String line : script.split("\n")) {
            assertTrue(!line.contains("import os") || line.startsWith("#"), line);
        }
        assertTrue(script.contains("# line one import os os.system('x') \"\"\"\n"), script.substring(0, 200));
    }

    /** Adds to {@code problems} every way {@code actual} differs from the replay's {@code expected}. */
    private static void compare(String name, String expected, String actual, List<String> problems) {
        String[] want = expected.split("\n");
        String[] got = actual.split("\n");
        if (want.length != got.length) {
            problems.add(name + ": " + (want.length - 1) + " rows from the replay, " + (got.length - 1) + " from python3");
            return;
        }
        if (!got[0].equals("epoch,cost,accuracy")) {
            problems.add(name + ": header " + got[0]);
        }
        for (int i = 1; i < want.length; i++) {
            String[] w = want[i].split(",");
            String[] g = got[i].split(",");
            double cost = Double.parseDouble(w[1]);
            double difference = Math.abs(Double.parseDouble(g[1]) - cost) / Math.abs(cost);
            if (!w[0].equals(g[0]) || !(difference <= RELATIVE) || !w[2].equals(g[2])) {
                problems.add(name + ": replay " + want[i] + ", python3 " + got[i]);
                return;
            }
        }
    }

    /** The scenario with at most as many epochs as fit {@link #UPDATES_PER_SCENARIO} updates (at least 2). */
    private static Scenario capped(Scenario scenario) {
        int perEpoch = scenario.newTrainer().updatesPerEpoch();
        return scenario.withEpochs(Math.min(scenario.epochs(), Math.max(2, UPDATES_PER_SCENARIO / perEpoch)));
    }

    /**
     * Scenarios that together use every activation, loss and optimiser, full batches, mini-batches
     * with a smaller last batch, a batch larger than the data, stochastic descent, L2, L1 (with and
     * without hidden layers), every input feature of the plane and of the line, test sets, a model
     * without bias, seeded weights and a title that tries to break out of its comment.
     */
    private static Map<String, Scenario> generated() {
        DataSet moons = Generators.moons(new SeededRandom(11), 40, 0.15);
        DataSet circles = Generators.circles(new SeededRandom(12), 30, 0.1);
        DataSet line = Generators.lineGaussians(new SeededRandom(13), 25, 0.0, 1.0, 3.0, 0.7);
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        scenarios.put("tanh-adam-minibatch-l2-test", scenario(moons, new int[] {5, 3}, Activation.TANH, true,
                new TrainingSettings(Loss.CROSS_ENTROPY, OptimizerKind.ADAM, 0.02, 7, 0.05, 0.3), 21, 60)
                .withTitle("\"\"\" quotes\nimport os; os.exit(3) # and a line break \u2028 here"));
        scenarios.put("relu-momentum-stochastic-squared", scenario(circles, new int[] {6}, Activation.RELU, true,
                new TrainingSettings(Loss.SQUARED_ERROR, OptimizerKind.MOMENTUM, 0.05, 1, 0.0, 0.0), -7, 20));
        scenarios.put("linear-naive-full-l2-test-nobias", scenario(moons, new int[] {3}, Activation.LINEAR, false,
                new TrainingSettings(Loss.NAIVE_CROSS_ENTROPY, OptimizerKind.GRADIENT_DESCENT, 0.5, 0, 0.1, 0.2), 5,
                200));
        scenarios.put("sigmoid-momentum-large-batch-test", scenario(circles, new int[] {4, 4}, Activation.SIGMOID,
                true, new TrainingSettings(Loss.CROSS_ENTROPY, OptimizerKind.MOMENTUM, 0.3, 500, 0.0, 0.5), 8, 150));
        scenarios.put("line-adam-batch4-test", scenario(line, new int[0], Activation.SIGMOID, true,
                new TrainingSettings(Loss.SQUARED_ERROR, OptimizerKind.ADAM, 0.05, 4, 0.01, 0.25), 3, 80));
        scenarios.putAll(withFeaturesOrL1(moons, circles, line));
        return scenarios;
    }

    /** Input features (every one of the plane's and the line's) and L1, alone and with hidden layers. */
    private static Map<String, Scenario> withFeaturesOrL1(DataSet moons, DataSet circles, DataSet line) {
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        scenarios.put("features-every-tanh-adam-l1-test", scenario(circles, InputFeatures.of(2, InputFeature.values()),
                new int[] {4}, Activation.TANH, true,
                new TrainingSettings(Loss.CROSS_ENTROPY, OptimizerKind.ADAM, 0.05, 8, Regularization.L1, 0.02, 0.2),
                31, 60));
        scenarios.put(L1_ONE_NEURON, scenario(circles, InputFeatures.parse(2, "x1sq,x2sq,x1x2"), new int[0],
                Activation.SIGMOID, true, new TrainingSettings(Loss.CROSS_ENTROPY, OptimizerKind.GRADIENT_DESCENT, 0.5,
                        TrainingSettings.FULL_BATCH, Regularization.L1, 1.0, 0.0), 32, 150));
        scenarios.put("features-cross-sine-relu-momentum-l1-stochastic", scenario(moons,
                InputFeatures.parse(2, "sinx2,x1x2,x2"), new int[] {3, 2}, Activation.RELU, true,
                new TrainingSettings(Loss.SQUARED_ERROR, OptimizerKind.MOMENTUM, 0.05, 1, Regularization.L1, 0.01, 0.0),
                33, 5));
        scenarios.put("features-sine-linear-nobias-l1-naive", scenario(moons, InputFeatures.parse(2, "x1,sinx1,x2sq"),
                new int[] {2}, Activation.LINEAR, false, new TrainingSettings(Loss.NAIVE_CROSS_ENTROPY,
                        OptimizerKind.GRADIENT_DESCENT, 0.3, 30, Regularization.L1, 0.1, 0.0), 34, 100));
        scenarios.put("line-features-every-sigmoid-l2", scenario(line, InputFeatures.parse(1, "x1,x1sq,sinx1"),
                new int[] {3}, Activation.SIGMOID, true, new TrainingSettings(Loss.CROSS_ENTROPY,
                        OptimizerKind.GRADIENT_DESCENT, 0.5, TrainingSettings.FULL_BATCH, 0.01, 0.0), 35, 120));
        scenarios.put("line-features-square-sine-adam-l1-nobias", scenario(line, InputFeatures.parse(1, "sinx1,x1sq"),
                new int[0], Activation.SIGMOID, false, new TrainingSettings(Loss.CROSS_ENTROPY, OptimizerKind.ADAM,
                        0.1, 4, Regularization.L1, 0.2, 0.25), 36, 80));
        return scenarios;
    }

    private static Scenario scenario(DataSet data, int[] hidden, Activation activation, boolean bias,
            TrainingSettings training, long seed, int epochs) {
        return scenario(data, InputFeatures.raw(data.featureCount()), hidden, activation, bias, training, seed, epochs);
    }

    private static Scenario scenario(DataSet data, InputFeatures features, int[] hidden, Activation activation,
            boolean bias, TrainingSettings training, long seed, int epochs) {
        ModelSpec model = new ModelSpec(features, hidden, activation, bias);
        return Scenario.of(data, model, seed, training).withEpochs(epochs);
    }

    private static boolean pythonWithNumpy() {
        try {
            Process check = new ProcessBuilder("python3", "-c", "import numpy").redirectErrorStream(true).start();
            check.getInputStream().readAllBytes();
            return check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

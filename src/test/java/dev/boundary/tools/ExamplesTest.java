package dev.boundary.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.NothingButNumPy;
import dev.boundary.core.data.DataSet;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.state.LayerWeights;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioJson;
import dev.boundary.core.train.TrainingSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of web/examples: in step with {@link Examples}, and holding the sources' exact settings. */
class ExamplesTest {
    private static final Path DIRECTORY = Paths.get("web/examples");

    private static Scenario load(String name) throws IOException {
        return ScenarioJson.read(new String(Files.readAllBytes(DIRECTORY.resolve(name)), StandardCharsets.UTF_8));
    }

    @Test
    void theFilesAreWhatTheToolWrites(@TempDir Path dir) throws IOException {
        Examples.write(dir, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        for (Map.Entry<String, Scenario> example : Examples.all().entrySet()) {
            byte[] expected = Files.readAllBytes(dir.resolve(example.getKey()));
            assertArrayEquals(expected, Files.readAllBytes(DIRECTORY.resolve(example.getKey())),
                    example.getKey() + " differs from Examples; run dev.boundary.tools.Examples");
            assertFalse(load(example.getKey()).description().isEmpty());
        }
    }

    private static void assertGate(Scenario scenario, double... labels) {
        DataSet data = scenario.data();
        assertArrayEquals(NothingButNumPy.GATE_INPUTS, data.featureArray());
        assertArrayEquals(labels, data.labelArray());
    }

    private static void assertFullBatchDescent(Scenario scenario, Loss loss, double learningRate, int epochs) {
        TrainingSettings training = scenario.training();
        assertEquals(loss, training.loss());
        assertEquals(learningRate, training.learningRate());
        assertEquals(TrainingSettings.FULL_BATCH, training.batchSize());
        assertEquals(0.0, training.l2());
        assertEquals(epochs, scenario.epochs());
        assertEquals(0.5, scenario.threshold());
    }

    private static void assertNeuron(Scenario scenario, double w1, double w2, double b) {
        assertEquals(0, scenario.model().hiddenLayerCount());
        LayerWeights layer = scenario.initialWeights()[0];
        assertArrayEquals(new double[] {w1, w2}, layer.weights());
        assertArrayEquals(new double[] {b}, layer.biases());
    }

    @Test
    void andNeuron() throws IOException {
        Scenario scenario = load("and-neuron.json");
        assertGate(scenario, 0, 0, 0, 1);
        assertNeuron(scenario, 0.1, 0.6, 0);
        assertFullBatchDescent(scenario, Loss.CROSS_ENTROPY, 1, 5000);
    }

    @Test
    void xorNetwork() throws IOException {
        Scenario scenario = load("xor-network.json");
        assertGate(scenario, 0, 1, 1, 0);
        assertEquals("2-3-1", scenario.model().describe());
        LayerWeights[] layers = scenario.initialWeights();
        assertArrayEquals(new double[] {0.1, 0.6, 0.2, 0.4, 0.3, 0.7}, layers[0].weights());
        assertArrayEquals(new double[3], layers[0].biases());
        assertArrayEquals(new double[] {0.1, 0.4, 0.9}, layers[1].weights());
        assertArrayEquals(new double[1], layers[1].biases());
        assertFullBatchDescent(scenario, Loss.CROSS_ENTROPY, 1, 5000);
    }

    @Test
    void andFromFarOffWithEachLoss() throws IOException {
        String[] files = {"and-naive-cross-entropy.json", "and-stable-cross-entropy.json", "and-squared-error.json"};
        Loss[] losses = {Loss.NAIVE_CROSS_ENTROPY, Loss.CROSS_ENTROPY, Loss.SQUARED_ERROR};
        for (int i = 0; i < files.length; i++) {
            Scenario scenario = load(files[i]);
            assertGate(scenario, 0, 0, 0, 1);
            assertNeuron(scenario, -10, 60, 0);
            assertFullBatchDescent(scenario, losses[i], 1, 5000);
        }
        // “Nothing but NumPy”: from W = [-10, 60] the stable cost is 15.173298.
        assertEquals(15.173298, load("and-stable-cross-entropy.json").newTrainer().cost(), 1e-6);
    }

    @Test
    void irisPetals() throws IOException {
        Scenario scenario = load("iris-petals.json");
        assertEquals(150, scenario.data().size());
        assertEquals(50, scenario.data().positives());
        // Row 1 of Fisher's data: setosa, petal 1.4 × 0.2 cm; row 150: virginica, 5.1 × 1.8 cm.
        assertEquals(1.4, scenario.data().feature(0, 0));
        assertEquals(0.2, scenario.data().feature(0, 1));
        assertEquals(0.0, scenario.data().label(0));
        assertEquals(5.1, scenario.data().feature(149, 0));
        assertEquals(1.8, scenario.data().feature(149, 1));
        assertEquals(1.0, scenario.data().label(149));
        assertNeuron(scenario, 0, 0, 0);
        assertFullBatchDescent(scenario, Loss.CROSS_ENTROPY, 1, 5000);
    }

    @Test
    void irisReplayEndsWhereNothingButNumPyDoes() {
        // “Nothing but NumPy”: "Cost at epoch#4999: 0.08047611054333165", accuracy 96%.
        ReplayTest.Run run = ReplayTest.replay("web/examples/iris-petals.json");
        assertEquals(0, run.status);
        assertEquals(0.0805, run.cost(4999), 0.002);
        String[] last = run.lines()[5001].split(",");
        assertEquals(0.96, Double.parseDouble(last[2]), 1e-12);
    }

    @Test
    void gaussians1d() throws IOException {
        Scenario scenario = load("gaussians-1d.json");
        DataSet data = scenario.data();
        assertEquals(1, data.featureCount());
        assertEquals(1000, data.size());
        assertEquals(500, data.positives());
        double mean0 = 0;
        double mean1 = 0;
        for (int i = 0; i < 1000; i++) {
            assertEquals(i < 500 ? 0.0 : 1.0, data.label(i));
            mean0 += i < 500 ? data.feature(i, 0) / 500 : 0;
            mean1 += i < 500 ? 0 : data.feature(i, 0) / 500;
        }
        // Sample means of 500 draws: within 4 standard errors (1/√500 ≈ 0.045, 0.5/√500 ≈ 0.022).
        assertEquals(0, mean0, 0.18);
        assertEquals(5, mean1, 0.09);
        assertArrayEquals(new double[] {0.01}, scenario.initialWeights()[0].weights());
        assertArrayEquals(new double[] {0.01}, scenario.initialWeights()[0].biases());
        TrainingSettings training = scenario.training();
        assertEquals(Loss.CROSS_ENTROPY, training.loss());
        assertEquals(0.001, training.learningRate());
        assertEquals(1, training.batchSize());
        assertEquals(120, scenario.epochs());
    }

    @Test
    void roelantsNoBias() throws IOException {
        Scenario scenario = load("roelants-no-bias.json");
        DataSet data = scenario.data();
        assertEquals(40, data.size());
        double[] sum = new double[4];
        for (int i = 0; i < 40; i++) {
            assertEquals(i < 20 ? 0.0 : 1.0, data.label(i)); // red stars t = 0 first, then blue circles t = 1
            sum[(i < 20 ? 0 : 2)] += data.feature(i, 0) / 20;
            sum[(i < 20 ? 1 : 3)] += data.feature(i, 1) / 20;
        }
        // Means of 20 draws with sd 1: within 4 standard errors (1/√20 ≈ 0.22) of (-1, 0) and (1, 0).
        assertEquals(-1, sum[0], 0.9);
        assertEquals(0, sum[1], 0.9);
        assertEquals(1, sum[2], 0.9);
        assertEquals(0, sum[3], 0.9);
        assertFalse(scenario.model().hasBias());
        assertNeuron(scenario, -4, -2, 0);
        // Roelants: lr 0.05 on the sum over 40 points = lr 2 on Boundary's mean.
        assertFullBatchDescent(scenario, Loss.CROSS_ENTROPY, 2, 10);
        assertTrue(scenario.description().contains("0.05 × 40 = 2"));
    }
}

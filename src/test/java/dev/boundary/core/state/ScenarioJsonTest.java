package dev.boundary.core.state;

import static dev.boundary.core.state.ScenarioAssertions.assertSameFields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.train.OptimizerKind;
import dev.boundary.core.train.TrainingSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading and writing scenario JSON: round trips, exact numbers, defaults and layout. */
class ScenarioJsonTest {
    static Stream<Path> exampleFiles() throws IOException {
        try (Stream<Path> files = Files.list(Paths.get("web/examples"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList()).stream();
        }
    }

    @ParameterizedTest
    @MethodSource("exampleFiles")
    void everyExampleFileRoundTripsFieldForField(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        Scenario first = ScenarioJson.read(text);
        String written = ScenarioJson.write(first);
        Scenario second = ScenarioJson.read(written);
        assertSameFields(first, second);
        assertEquals(first, second);
        assertEquals(written, ScenarioJson.write(second));
        assertEquals(first, ScenarioJson.read(ScenarioJson.writeCompact(first)));
    }

    @Test
    void awkwardNumbersComeBackAsTheSameDoubles() {
        double[] awkward = {0.1, 1e-300, -0.0, 123456.789e10, Double.MIN_VALUE, DataSet.MAX_COORDINATE, -DataSet.MAX_COORDINATE,
            Double.MIN_NORMAL, Math.nextUp(1.0), 1.0 / 3, 2.0 / 3, Math.PI, -1e-320, 0.0};
        double[] labels = new double[awkward.length / 2];
        Scenario scenario = Scenario.of(new DataSet(2, awkward, labels), ModelSpec.logistic(2), Long.MIN_VALUE,
                new TrainingSettings(Loss.SQUARED_ERROR, OptimizerKind.ADAM, Double.MIN_VALUE, 3, 1e-300))
                .withInitialWeights(new LayerWeights(1, 2, new double[] {-0.0, 1e-300}, new double[] {Math.E}))
                .withThreshold(Math.nextDown(1.0))
                .withTrained(new TrainedState(7, new double[] {0.1, -0.0, 123456.789e10}));
        Scenario back = ScenarioJson.read(ScenarioJson.write(scenario));
        assertSameFields(scenario, back);
        assertEquals(Long.MIN_VALUE, back.seed());
    }

    @Test
    void writesNumbersAndTextAsPeopleWouldTypeThem() {
        DataSet line = new DataSet(1, new double[] {-0.5, 2}, new double[] {0, 1});
        Scenario scenario = Scenario.of(line, ModelSpec.logistic(1), 7, TrainingSettings.gradientDescent(0.001)
                .withBatchSize(1)).withTitle("say \"hi\"").withDescription("").withEpochs(120).withThreshold(0.25);
        String expected = "{\n"
                + "  \"format\": \"boundary-scenario\",\n"
                + "  \"version\": 1,\n"
                + "  \"title\": \"say \\\"hi\\\"\",\n"
                + "  \"description\": \"\",\n"
                + "  \"data\": {\n"
                + "    \"features\": 1,\n"
                + "    \"points\": [\n"
                + "      [-0.5, 0],\n"
                + "      [2, 1]\n"
                + "    ]\n"
                + "  },\n"
                + "  \"model\": {\"hiddenLayers\": [], \"activation\": \"sigmoid\", \"bias\": true},\n"
                + "  \"seed\": 7,\n"
                + "  \"training\": {\"loss\": \"cross-entropy\", \"optimizer\": \"gradient-descent\","
                + " \"learningRate\": 0.001, \"batchSize\": 1, \"l2\": 0, \"epochs\": 120},\n"
                + "  \"threshold\": 0.25\n"
                + "}\n";
        assertEquals(expected, ScenarioJson.write(scenario));
        String compact = "{\"format\":\"boundary-scenario\",\"version\":1,\"title\":\"say \\\"hi\\\"\",\"description\":\"\","
                + "\"data\":{\"features\":1,\"points\":[[-0.5,0],[2,1]]},"
                + "\"model\":{\"hiddenLayers\":[],\"activation\":\"sigmoid\",\"bias\":true},\"seed\":7,"
                + "\"training\":{\"loss\":\"cross-entropy\",\"optimizer\":\"gradient-descent\",\"learningRate\":0.001,"
                + "\"batchSize\":1,\"l2\":0,\"epochs\":120},\"threshold\":0.25}";
        assertEquals(compact, ScenarioJson.writeCompact(scenario));
    }

    @Test
    void missingOptionalFieldsTakeTheDocumentedDefaults() {
        Scenario scenario = ScenarioJson.read("{\"format\":\"boundary-scenario\",\"version\":1,\"data\":{}}");
        assertEquals("Untitled", scenario.title());
        assertEquals("", scenario.description());
        assertEquals(2, scenario.data().featureCount());
        assertEquals(0, scenario.data().size());
        assertEquals(0, scenario.model().hiddenLayerCount());
        assertEquals(2, scenario.model().inputCount());
        assertTrue(scenario.model().hasBias());
        assertFalse(scenario.hasInitialWeights());
        assertEquals(1, scenario.seed());
        assertEquals(Loss.CROSS_ENTROPY, scenario.training().loss());
        assertEquals(OptimizerKind.GRADIENT_DESCENT, scenario.training().optimizer());
        assertEquals(1.0, scenario.training().learningRate());
        assertEquals(TrainingSettings.FULL_BATCH, scenario.training().batchSize());
        assertEquals(0.0, scenario.training().l2());
        assertEquals(5000, scenario.epochs());
        assertEquals(0.5, scenario.threshold());
        assertNull(scenario.trained());
    }

    @Test
    void readsTheFormatAsDocumented() {
        String json = "{\"format\": \"boundary-scenario\", \"version\": 1, \"title\": \"XOR\",\n"
                + " \"data\": {\"features\": 2, \"points\": [[0, 0, 0], [0, 1, 1], [1, 0, 1], [1, 1, 0]]},\n"
                + " \"model\": {\"hiddenLayers\": [3], \"activation\": \"tanh\", \"bias\": true},\n"
                + " \"initialWeights\": [{\"weights\": [[0.1, 0.6], [0.2, 0.4], [0.3, 0.7]]},\n"
                + "                    {\"weights\": [[0.1, 0.4, 0.9]], \"biases\": [-1.5]}],\n"
                + " \"seed\": -12, \"training\": {\"optimizer\": \"momentum\", \"batchSize\": 2, \"l2\": 0.01},\n"
                + " \"threshold\": 0.3, \"trained\": null}";
        Scenario scenario = ScenarioJson.read(json);
        assertEquals(4, scenario.data().size());
        assertEquals(1.0, scenario.data().label(1));
        assertEquals(Activation.TANH, scenario.model().hiddenActivation());
        assertEquals(0.3, scenario.initialWeights()[0].weight(2, 0)); // row = unit 3, column = input 1
        assertEquals(0.0, scenario.initialWeights()[0].bias(2));
        assertEquals(-1.5, scenario.initialWeights()[1].bias(0));
        assertEquals(-12, scenario.seed());
        assertEquals(OptimizerKind.MOMENTUM, scenario.training().optimizer());
        assertEquals(2, scenario.training().batchSize());
        assertEquals(0.01, scenario.training().l2());
        assertFalse(scenario.hasTrainedState());
    }

    @Test
    void randomScenariosRoundTrip() {
        SeededRandom random = new SeededRandom(2024);
        for (int i = 0; i < 300; i++) {
            Scenario scenario = RandomScenarios.scenario(random);
            assertSameFields(scenario, ScenarioJson.read(ScenarioJson.write(scenario)));
            assertSameFields(scenario, ScenarioJson.read(ScenarioJson.writeCompact(scenario)));
        }
    }
}

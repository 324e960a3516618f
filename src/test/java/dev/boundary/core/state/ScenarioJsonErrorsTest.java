package dev.boundary.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a scenario file can be wrong, each with the message people get. */
class ScenarioJsonErrorsTest {
    /** Rafay Khan's XOR network, valid; each case below breaks one part of it. */
    private static final String VALID = "{\"format\":\"boundary-scenario\",\"version\":1,\"title\":\"t\","
            + "\"data\":{\"features\":2,\"points\":[[0,0,0],[0,1,1],[1,0,1],[1,1,0]]},"
            + "\"model\":{\"hiddenLayers\":[3],\"activation\":\"sigmoid\",\"bias\":true},"
            + "\"initialWeights\":[{\"weights\":[[0.1,0.6],[0.2,0.4],[0.3,0.7]],\"biases\":[0,0,0]},"
            + "{\"weights\":[[0.1,0.4,0.9]],\"biases\":[0]}],\"seed\":1,"
            + "\"training\":{\"loss\":\"cross-entropy\",\"optimizer\":\"gradient-descent\",\"learningRate\":1,"
            + "\"batchSize\":\"full\",\"l2\":0,\"epochs\":5000},\"threshold\":0.5}";

    static Stream<Arguments> brokenFields() {
        return Stream.of(
            Arguments.of("\"learningRate\":1", "\"learningRate\":\"abc\"",
                "training.learningRate must be a number above 0, found \"abc\""),
            Arguments.of("\"learningRate\":1", "\"learningRate\":0", "training.learningRate must be a number above 0, found 0"),
            Arguments.of("\"learningRate\":1", "\"learningRate\":5e3", "training.learningRate must be at most 1000, found 5e3"),
            Arguments.of("[1,1,0]]", "[1,1]]", "data.points[3] has 2 values; 2-feature points need 3 (x1, x2, label)"),
            Arguments.of("[1,0,1]", "5", "data.points[2] must be a list like [x1, x2, label], found 5"),
            Arguments.of("[1,1,0]]", "[1,1,0.5]]", "data.points[3][2] must be a label, 0 or 1, found 0.5"),
            Arguments.of("[0,1,1]", "[0,\"x\",1]", "data.points[1][1] must be a finite number, found \"x\""),
            Arguments.of("[0,1,1]", "[1e999,1,1]", "data.points[1][0] must be a finite number, found 1e999"),
            Arguments.of("\"features\":2", "\"features\":3", "data.features must be 1 or 2, found 3"),
            Arguments.of("\"version\":1", "\"version\":7", "unknown version 7 (this page reads version 1)"),
            Arguments.of("\"version\":1", "\"version\":\"1\"", "unknown version \"1\" (this page reads version 1)"),
            Arguments.of("\"version\":1,", "", "missing \"version\" (this page reads version 1)"),
            Arguments.of("\"format\":\"boundary-scenario\",", "", "not a Boundary scenario (missing \"format\")"),
            Arguments.of("\"boundary-scenario\"", "\"other\"",
                "not a Boundary scenario (\"format\" is \"other\", expected \"boundary-scenario\")"),
            Arguments.of("\"hiddenLayers\":[3]", "\"hiddenLayers\":[3,17]",
                "model.hiddenLayers[1] must be between 1 and 16, found 17"),
            Arguments.of("\"hiddenLayers\":[3]", "\"hiddenLayers\":[1,1,1,1,1,1,1]",
                "model.hiddenLayers has 7 layers; at most 6 are allowed"),
            Arguments.of("\"hiddenLayers\":[3]", "\"hiddenLayers\":3",
                "model.hiddenLayers must be a list like [3] (units per hidden layer) or [], found 3"),
            Arguments.of("\"sigmoid\"", "\"softmax\"",
                "model.activation must be one of sigmoid, tanh, relu, linear, found \"softmax\""),
            Arguments.of("\"bias\":true", "\"bias\":\"yes\"", "model.bias must be true or false, found \"yes\""),
            Arguments.of("[[0.1,0.6],[0.2,0.4],[0.3,0.7]]", "[[0.1,0.6],[0.2,0.4]]",
                "initialWeights[0].weights has 2 rows; the layer has 3 units"),
            Arguments.of("[0.3,0.7]", "[0.3,0.7,0.1]", "initialWeights[0].weights[2] has 3 values; the layer has 2 inputs"),
            Arguments.of("\"biases\":[0,0,0]", "\"biases\":[0,0]", "initialWeights[0].biases has 2 values; the layer has 3 units"),
            Arguments.of(",{\"weights\":[[0.1,0.4,0.9]],\"biases\":[0]}", "", "initialWeights lists 1 layer; the model 2-3-1 has 2"),
            Arguments.of("\"bias\":true", "\"bias\":false,\"x\":1", "model has an unknown field \"x\"; the known fields are"
                + " hiddenLayers, activation, bias"),
            Arguments.of("\"seed\":1", "\"seed\":1.5", "seed must be a whole number, found 1.5"),
            Arguments.of("\"seed\":1", "\"seed\":9223372036854775808", "seed must be a whole number, found 9223372036854775808"),
            Arguments.of("\"cross-entropy\"", "\"hinge\"",
                "training.loss must be one of cross-entropy, naive-cross-entropy, squared-error, found \"hinge\""),
            Arguments.of("\"gradient-descent\"", "3", "training.optimizer must be one of gradient-descent, momentum, adam, found 3"),
            Arguments.of("\"full\"", "0", "training.batchSize must be \"full\" or a whole number from 1 to 100000, found 0"),
            Arguments.of("\"l2\":0", "\"l2\":-1", "training.l2 must be a number from 0 to 100, found -1"),
            Arguments.of("\"l2\":0", "\"L2\":0", "training has an unknown field \"L2\"; the known fields are loss, optimizer,"
                + " learningRate, batchSize, l2, testFraction, epochs"),
            Arguments.of("\"l2\":0", "\"l2\":0,\"testFraction\":0.95",
                "training.testFraction must be a number from 0 to 0.9, found 0.95"),
            Arguments.of("\"l2\":0", "\"l2\":0,\"testFraction\":\"half\"",
                "training.testFraction must be a number from 0 to 0.9, found \"half\""),
            Arguments.of("\"epochs\":5000", "\"epochs\":2.5", "training.epochs must be a whole number from 0 to 10000000, found 2.5"),
            Arguments.of("\"threshold\":0.5", "\"threshold\":1", "threshold must be a number above 0 and below 1, found 1"),
            Arguments.of("\"threshold\":0.5", "\"threshold\":0.5,\"trained\":{\"epoch\":5,\"parameters\":[1,2]}",
                "trained.parameters has 2 values; the model 2-3-1 has 13 parameters (each layer's weights row by row,"
                    + " then its biases)"),
            Arguments.of("\"threshold\":0.5", "\"threshold\":0.5,\"trained\":{\"epoch\":-1,\"parameters\":[]}",
                "trained.epoch must be a whole number, 0 or more, found -1"),
            Arguments.of("\"training\":{", "\"training\":[{", "the JSON is malformed near character 450 (line 1):"
                + " expected a comma or end of the array"),
            Arguments.of("\"title\":\"t\"", "\"title\":5", "title must be text in quotes, found 5"),
            Arguments.of("\"title\":\"t\"", "\"sub\":\"t\"", "the scenario has an unknown field \"sub\"; the known fields are"
                + " format, version, title, description, data, model, initialWeights, seed, training, threshold, trained"),
            Arguments.of("\"data\":{\"features\":2,\"points\":[[0,0,0],[0,1,1],[1,0,1],[1,1,0]]},", "",
                "data is missing; a scenario needs {\"features\": 2, \"points\": [[x1, x2, label], …]}"));
    }

    @ParameterizedTest
    @MethodSource("brokenFields")
    void saysWhatIsWrongAndWhere(String part, String replacement, String message) {
        assertTrue(VALID.contains(part), part);
        String broken = VALID.replace(part, replacement);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioJson.read(broken));
        assertEquals(message, e.getMessage());
    }

    @Test
    void theValidFileIsValid() {
        assertEquals(4, ScenarioJson.read(VALID).data().size());
    }

    @Test
    void aModelWithoutBiasesRefusesNonZeroBiases() {
        String noBias = VALID.replace("\"bias\":true", "\"bias\":false");
        assertFalse(ScenarioJson.read(noBias).model().hasBias()); // zero biases are fine
        ScenarioException weights = assertThrows(ScenarioException.class,
                () -> ScenarioJson.read(noBias.replace("\"biases\":[0,0,0]", "\"biases\":[0,0.5,0]")));
        assertEquals("initialWeights[0].biases[1] must be 0 because the model has no biases, found 0.5",
                weights.getMessage());
        // Flat order of 2-3-1: W1 (6), b1 (3), W2 (3), b2 (1); index 12 is the output bias.
        String trained = noBias.replace("\"threshold\":0.5", "\"threshold\":0.5,\"trained\":{\"epoch\":1,"
                + "\"parameters\":[1,2,3,4,5,6,0,0,0,7,8,9,0.25]}");
        ScenarioException bias = assertThrows(ScenarioException.class, () -> ScenarioJson.read(trained));
        assertEquals("trained.parameters[12] must be 0, a bias of a model without biases, found 0.25", bias.getMessage());
    }

    @Test
    void oneFeaturePointsHaveTwoValues() {
        String line = "{\"format\":\"boundary-scenario\",\"version\":1,\"data\":{\"features\":1,\"points\":[[0.5,1,0]]}}";
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioJson.read(line));
        assertEquals("data.points[0] has 3 values; 1-feature points need 2 (x, label)", e.getMessage());
    }

    @Test
    void textThatIsNotAScenarioAtAll() {
        assertEquals("not a Boundary scenario (the text is empty)",
                assertThrows(ScenarioException.class, () -> ScenarioJson.read("  \n")).getMessage());
        assertEquals("not a Boundary scenario (the JSON holds a list, not an object)",
                assertThrows(ScenarioException.class, () -> ScenarioJson.read("[1, 2]")).getMessage());
        String cut = VALID.substring(0, 50);
        String message = assertThrows(ScenarioException.class, () -> ScenarioJson.read(cut)).getMessage();
        assertTrue(message.startsWith("the JSON ends too early, after character 50 (was it cut off?): "), message);
        String title = VALID.replace("\"title\":\"t\"", "\"title\":\"" + "x".repeat(201) + "\"");
        assertEquals("title is 201 characters long; at most 200 are allowed",
                assertThrows(ScenarioException.class, () -> ScenarioJson.read(title)).getMessage());
    }

    @Test
    void aScenarioExceptionIsAnIllegalArgumentException() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScenarioJson.read("{}"));
        assertEquals("not a Boundary scenario (missing \"format\")", e.getMessage());
    }
}

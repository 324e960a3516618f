package dev.boundary.core.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.nn.Activation;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.train.OptimizerKind;
import dev.boundary.core.train.Regularization;
import dev.boundary.core.train.TrainingSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageOptionsTest {
    @Test
    void configuresTheStartScenario() {
        PageOptions options = PageOptions.parse("?dataset=blobs&points=1000&hidden=8,8&activation=tanh&batch=10"
                + "&optimizer=adam&lr=0.05&seed=7&play&frametimes&speed=0", Defaults.playground());
        Scenario scenario = options.scenario();
        assertEquals(1000, scenario.data().size());
        assertEquals(500, scenario.data().positives());
        assertArrayEquals(new int[] {8, 8}, scenario.model().hiddenLayerSizes());
        assertEquals(Activation.TANH, scenario.model().hiddenActivation());
        assertEquals(10, scenario.training().batchSize());
        assertEquals(OptimizerKind.ADAM, scenario.training().optimizer());
        assertEquals(0.05, scenario.training().learningRate(), 0);
        assertEquals(7, scenario.seed());
        assertTrue(options.play());
        assertTrue(options.frameTimes());
        assertEquals(0, options.speed());
        assertEquals(0, options.problems().size());
        assertEquals("blobs", options.dataset());
    }

    @Test
    void badValuesAreSkippedWithAMessageAndTheRestApplies() {
        PageOptions options = PageOptions.parse("lr=fast&hidden=3&bogus=1&points=3&dataset=nope",
                Defaults.playground());
        assertArrayEquals(new int[] {3}, options.scenario().model().hiddenLayerSizes());
        assertEquals(0.1, options.scenario().training().learningRate(), 0);
        assertEquals(4, options.problems().size(), options.problems().toString());
        assertEquals("lr: \"fast\" is not a number", options.problems().get(0));
        assertEquals("bogus: unknown option", options.problems().get(1));
        assertEquals("points: points must be between 4 and 100000, was 3", options.problems().get(2));
        assertTrue(options.problems().get(3).startsWith("dataset: unknown data set \"nope\""));
        assertFalse(options.play());
    }

    @Test
    void noiseAndTestShareSetTheDrawnDataAndTheSplit() {
        PageOptions options = PageOptions.parse("dataset=moons&points=60&noise=0.5&test=0.2", Defaults.playground());
        Scenario scenario = options.scenario();
        assertEquals(0, options.problems().size(), options.problems().toString());
        assertEquals(30, scenario.data().origin().countPerClass());
        assertEquals(0.5, scenario.data().origin().noise(), 0);
        assertEquals(0.2, scenario.training().testFraction(), 0);
    }

    @Test
    void noiseOutOfRangeAndTooLargeATestShareAreSkippedWithAMessage() {
        PageOptions options = PageOptions.parse("dataset=moons&noise=5&test=0.95", Defaults.playground());
        assertEquals(2, options.problems().size(), options.problems().toString());
        assertEquals("test: the test fraction must be between 0 and 0.9, was 0.95", options.problems().get(0));
        assertEquals("noise: the moons data set takes noise from 0 to 0.6, was 5", options.problems().get(1));
        assertEquals(0.15, options.scenario().data().origin().noise(), 0);
        assertEquals(0, options.scenario().training().testFraction(), 0);
    }

    @Test
    void oneFeatureDataGetsAOneInputModel() {
        PageOptions options = PageOptions.parse("dataset=line&hidden=none", Defaults.playground());
        assertEquals(1, options.scenario().model().inputCount());
        assertEquals(0, options.scenario().model().hiddenLayerCount());
        assertEquals(1000, options.scenario().data().size());
    }

    @Test
    void featuresChooseTheModelsInputs() {
        PageOptions options = PageOptions.parse("features=x1sq%2Cx2sq&hidden=none&dataset=circles",
                Defaults.playground());
        assertEquals("x1sq,x2sq", options.scenario().model().features().ids());
        assertEquals(2, options.scenario().model().inputCount());
        assertEquals(0, options.problems().size(), options.problems().toString());
        PageOptions line = PageOptions.parse("dataset=line&features=x1,sinx1", Defaults.playground());
        assertEquals("x1,sinx1", line.scenario().model().features().ids());
    }

    @Test
    void unknownOrMisplacedFeaturesAreSkippedWithAMessage() {
        PageOptions options = PageOptions.parse("dataset=line&features=x1,x2", Defaults.playground());
        assertEquals("[features: the feature x2 needs two coordinates, but the points have one]",
                options.problems().toString());
        assertEquals("x1", options.scenario().model().features().ids());
        PageOptions unknown = PageOptions.parse("features=cos", Defaults.playground());
        assertEquals("[features: unknown feature \"cos\"; the features are x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2]",
                unknown.problems().toString());
    }

    @Test
    void regularisationAndItsStrength() {
        TrainingSettings l1 = PageOptions.parse("regularization=l1&lambda=0.003", Defaults.playground()).scenario()
                .training();
        assertEquals(Regularization.L1, l1.regularization());
        assertEquals(0.003, l1.l1(), 0.0);
        assertEquals(0.0, l1.l2(), 0.0);
        TrainingSettings l2 = PageOptions.parse("lambda=0.1", Defaults.playground()).scenario().training();
        assertEquals(0.1, l2.l2(), 0.0);
        PageOptions bad = PageOptions.parse("lambda=500&regularization=l3", Defaults.playground());
        assertEquals("[lambda: λ must be between 0 and 100.0, was 500, regularization: unknown regularisation \"l3\"; "
                + "expected none, l1 or l2]", bad.problems().toString());
    }

    @Test
    void percentEncodingIsDecoded() {
        PageOptions options = PageOptions.parse("hidden=4%2C2", Defaults.playground());
        assertArrayEquals(new int[] {4, 2}, options.scenario().model().hiddenLayerSizes());
    }

    @Test
    void notANumberAndInfinityAreRefusedByName() {
        PageOptions options = PageOptions.parse("?dataset=moons&noise=NaN&lr=Infinity", Defaults.playground());
        assertEquals(List.of("noise: \"NaN\" is not a finite number", "lr: \"Infinity\" is not a finite number"),
                options.problems());
    }

    @Test
    void longValuesAndKeysAreQuotedShort() {
        PageOptions options = PageOptions.parse("?seed=" + "9".repeat(100_000) + "&" + "k".repeat(500) + "=1",
                Defaults.playground());
        assertEquals("seed: \"" + "9".repeat(60) + "\u2026\" is not a whole number", options.problems().get(0));
        assertEquals("k".repeat(60) + "\u2026: unknown option", options.problems().get(1));
    }
}

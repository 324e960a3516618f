package dev.boundary.core.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.Gates;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioJson;
import dev.boundary.core.train.OptimizerKind;
import dev.boundary.core.train.TrainingSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    /** log(1 + e^z), written stably. */
    private static double softplus(double z) {
        return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    private static Scenario roelants() throws IOException {
        return ScenarioJson.read(Files.readString(Path.of("web/examples/roelants-no-bias.json")));
    }

    @Test
    void naiveCrossEntropyIsNaNAtEpochZeroWhileTheStableOneIsFinite() {
        Comparison comparison = Comparison.of(ComparisonKind.STABLE_VS_NAIVE, null, 5000,
                Comparison.DEFAULT_WORK_BUDGET);
        comparison.runToEnd();
        // AND from W = [−10, 60], b = 0: z = 0, 60, −10, 50 for labels 0, 0, 0, 1.
        double byHand = (softplus(0) + softplus(60) + softplus(-10) + softplus(-50)) / 4;
        assertEquals(15.173298, byHand, 1e-6, "the hand calculation agrees with Rafay Khan's figure");
        assertEquals(byHand, comparison.history(0).cost(0), 1e-12);
        assertEquals(Loss.NAIVE_CROSS_ENTROPY, comparison.contender(1).settings().loss());
        assertTrue(Double.isNaN(comparison.history(1).cost(0)), "naive cost at epoch 0");
        assertEquals(1, comparison.history(1).size(), "the naive run stops at epoch 0");
        assertEquals(1.0, comparison.progress(), "a stopped run counts as complete");
        assertEquals(0, comparison.trainer(1).epoch());
        assertTrue(comparison.trainer(1).divergence().contains("log(0)"), comparison.trainer(1).divergence());
        assertEquals(5000, comparison.trainer(0).epoch());
        assertFalse(comparison.trainer(0).hasDiverged());
        assertTrue(comparison.finalCost(0) < 0.01, "the stable run learns AND: " + comparison.finalCost(0));
    }

    @Test
    void crossEntropyLearnsAndWhileSquaredErrorStaysAtThreeOfFour() {
        // “Nothing but NumPy”: from W = [−10, 60] squared error plateaus at 75 % accuracy, cross-entropy reaches 100 %.
        Comparison comparison = Comparison.of(ComparisonKind.CROSS_ENTROPY_VS_SQUARED_ERROR, null, 5000,
                Comparison.DEFAULT_WORK_BUDGET);
        comparison.runToEnd();
        assertEquals(5000, comparison.epochs());
        assertEquals(Loss.SQUARED_ERROR, comparison.contender(1).settings().loss());
        assertEquals(1.0, comparison.finalAccuracy(0));
        assertEquals(0.75, comparison.finalAccuracy(1));
        // Squared error at the start: ½(p̂ − y)² averaged, p̂ = 0.5, 1, σ(−10), 1 (to double precision).
        double p3 = 1 / (1 + Math.exp(10));
        double byHand = (0.25 + 1 + p3 * p3 + 0) / 8;
        assertEquals(byHand, comparison.history(1).cost(0), 1e-9);
    }

    @Test
    void theLossComparisonsStartFromTheSaturatedAndNeuron() {
        Scenario start = ComparisonKind.saturatedAnd();
        assertEquals(4, start.data().size());
        assertArrayEquals(new double[] {-10, 60}, start.initialWeights()[0].weights());
        assertArrayEquals(new double[] {0}, start.initialWeights()[0].biases());
        assertEquals(1.0, start.training().learningRate());
        assertEquals(TrainingSettings.FULL_BATCH, start.training().batchSize());
        assertEquals(OptimizerKind.GRADIENT_DESCENT, start.training().optimizer());
    }

    @Test
    void batchComparisonsFromTheSameStartShareRowZero() throws IOException {
        Scenario scenario = roelants();
        Comparison comparison = Comparison.of(ComparisonKind.BATCH_SIZES, scenario, 50,
                Comparison.DEFAULT_WORK_BUDGET);
        assertEquals(0, comparison.contender(0).settings().batchSize());
        assertEquals(10, comparison.contender(1).settings().batchSize(), "40 points: mini-batches of 10");
        assertEquals(1, comparison.contender(2).settings().batchSize());
        comparison.runToEnd();
        // Row 0 is w = (−4, −2) for all three: the same bits.
        for (int i = 1; i < 3; i++) {
            assertEquals(comparison.history(0).cost(0), comparison.history(i).cost(0));
            assertEquals(comparison.history(0).accuracy(0), comparison.history(i).accuracy(0));
        }
        // Updates per epoch: 1, ⌈40/10⌉ = 4 and 40.
        assertEquals(50, comparison.trainer(0).updates());
        assertEquals(200, comparison.trainer(1).updates());
        assertEquals(2000, comparison.trainer(2).updates());
        assertEquals(51, comparison.history(2).size());
    }

    @Test
    void optimiserComparisonsShareRowZeroAndDifferAfter() throws IOException {
        Comparison comparison = Comparison.of(ComparisonKind.OPTIMIZERS, roelants(), 5,
                Comparison.DEFAULT_WORK_BUDGET);
        comparison.runToEnd();
        assertEquals(OptimizerKind.ADAM, comparison.contender(2).settings().optimizer());
        assertEquals(comparison.history(0).cost(0), comparison.history(1).cost(0));
        assertEquals(comparison.history(0).cost(0), comparison.history(2).cost(0));
        // The first momentum step equals the gradient-descent step (v = g); Adam's differs.
        assertEquals(comparison.history(0).cost(1), comparison.history(1).cost(1));
        assertTrue(comparison.history(0).cost(1) != comparison.history(2).cost(1));
    }

    @Test
    void workPerEpochCountsExamplesParametersAndBatches() {
        // One neuron on 2 features: 3 parameters. Full batch of 4: 4·(5·3 + 10) + 1·(4·3 + 40) = 152.
        assertEquals(152, Comparison.workPerEpoch(ModelSpec.logistic(2), 4, TrainingSettings.gradientDescent(1)));
        // Stochastic: 4 batches, 4·25 + 4·52 = 308.
        assertEquals(308, Comparison.workPerEpoch(ModelSpec.logistic(2), 4,
                TrainingSettings.gradientDescent(1).withBatchSize(1)));
    }

    @Test
    void epochsAreCutToTheWorkBudget() {
        // Two full-batch runs on AND cost 2 · 152 = 304 a epoch: a budget of 1000 pays for 3 epochs.
        Comparison comparison = Comparison.of(ComparisonKind.CROSS_ENTROPY_VS_SQUARED_ERROR, null, 5000, 1000);
        assertEquals(3, comparison.epochs());
        assertEquals(5000, comparison.requestedEpochs());
        comparison.runToEnd();
        assertEquals(3, comparison.trainer(0).epoch());
        assertEquals(3, comparison.trainer(1).epoch());
        assertTrue(ComparisonText.explain(comparison).contains("Trained 3 of the 5000 epochs"));
        // Never fewer than one epoch.
        assertEquals(1, Comparison.of(ComparisonKind.CROSS_ENTROPY_VS_SQUARED_ERROR, null, 10, 1).epochs());
    }

    @Test
    void advanceTrainsInBoundedChunks() {
        Comparison comparison = Comparison.of(ComparisonKind.CROSS_ENTROPY_VS_SQUARED_ERROR, null, 4,
                Comparison.DEFAULT_WORK_BUDGET);
        assertEquals(0.0, comparison.progress());
        assertFalse(comparison.advance(3));
        assertEquals(3, comparison.trainer(0).epoch());
        assertEquals(0, comparison.trainer(1).epoch());
        assertEquals(3.0 / 8, comparison.progress());
        assertFalse(comparison.advance(3));
        assertEquals(4, comparison.trainer(0).epoch());
        assertEquals(2, comparison.trainer(1).epoch());
        assertEquals(6.0 / 8, comparison.progress());
        assertTrue(comparison.advance(100));
        assertEquals(4, comparison.trainer(1).epoch());
        assertTrue(comparison.isFinished());
        assertEquals(1.0, comparison.progress());
    }

    @Test
    void miniBatchSizeFitsTheData() {
        assertEquals(32, ComparisonKind.miniBatchSize(32, 200), "the page's own mini-batch");
        assertEquals(10, ComparisonKind.miniBatchSize(0, 200));
        assertEquals(10, ComparisonKind.miniBatchSize(1, 21));
        assertEquals(10, ComparisonKind.miniBatchSize(0, 20), "half of 20");
        assertEquals(2, ComparisonKind.miniBatchSize(0, 4), "AND: half of 4");
        assertEquals(2, ComparisonKind.miniBatchSize(0, 1), "never below 2");
    }

    @Test
    void costRisesAndFirstEpochBelowReadTheHistory() {
        Comparison comparison = Comparison.of(ComparisonKind.STABLE_VS_NAIVE, null, 20,
                Comparison.DEFAULT_WORK_BUDGET);
        comparison.runToEnd();
        // Gradient descent on a convex cost at α = 1 from the saturated start: the cost only falls.
        assertEquals(0, comparison.costRises(0));
        assertEquals(0, comparison.firstEpochAtOrBelow(0, 15.2));
        assertEquals(-1, comparison.firstEpochAtOrBelow(0, 0.0));
        assertEquals(-1, comparison.firstEpochAtOrBelow(1, 100), "NaN is never at or below anything");
    }

    @Test
    void kindsAreNamedForThePage() {
        for (ComparisonKind kind : ComparisonKind.values()) {
            assertEquals(kind, ComparisonKind.fromId(kind.id()));
        }
        assertTrue(ComparisonKind.STABLE_VS_NAIVE.usesArticleStart());
        assertFalse(ComparisonKind.BATCH_SIZES.usesArticleStart());
    }

    @Test
    void theLossComparisonsIgnoreThePagesData() {
        Scenario xor = ComparisonKind.saturatedAnd().withData(Gates.xor());
        Comparison comparison = Comparison.of(ComparisonKind.STABLE_VS_NAIVE, xor, 1, Comparison.DEFAULT_WORK_BUDGET);
        assertEquals(1.0, comparison.start().data().label(3), "AND's (1, 1) is class 1; XOR's is class 0");
    }
}

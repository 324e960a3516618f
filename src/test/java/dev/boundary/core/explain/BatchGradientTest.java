package dev.boundary.core.explain;

import static dev.boundary.core.NothingButNumPy.and;
import static dev.boundary.core.NothingButNumPy.andNeuron;
import static dev.boundary.core.NothingButNumPy.xor;
import static dev.boundary.core.NothingButNumPy.xorNetwork;
import static dev.boundary.core.explain.Examples.sigmoid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import dev.boundary.core.nn.Workspace;
import dev.boundary.core.train.OptimizerKind;
import dev.boundary.core.train.Trainer;
import dev.boundary.core.train.TrainingSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The averaged gradient over m examples (the vectorised form of the logistic-regression notes) against
 * hand numbers and finite differences.
 */
class BatchGradientTest {
    private static final double SIX_PLACES = 1e-6;
    private static final double H = 1e-6;

    @Test
    void andNeuronOverTheFourPoints() {
        // p̂ = σ(0), σ(0.6), σ(0.1), σ(0.7) = 0.5, 0.645656, 0.524979, 0.668188 for y = 0, 0, 0, 1, so
        // dZ = p̂ − y = (0.5, 0.645656, 0.524979, −0.331812);
        // ∂J/∂w1 = (1/4)(0.524979 − 0.331812) = 0.048292, ∂J/∂w2 = (1/4)(0.645656 − 0.331812) = 0.078461,
        // ∂J/∂b = (1/4)(0.5 + 0.645656 + 0.524979 − 0.331812) = 0.334706.
        BatchGradient batch = new BatchGradient().compute(andNeuron(0.1, 0.6), and(), TrainingSettings.gradientDescent(1.0));
        assertEquals(4, batch.exampleCount());
        double[] dz = {0.5, 0.645656, 0.524979, -0.331812};
        for (int i = 0; i < 4; i++) {
            assertEquals(dz[i], batch.outputDelta(i), SIX_PLACES, "dZ " + i);
        }
        assertEquals(0.048292, batch.gradient(0), SIX_PLACES);
        assertEquals(0.078461, batch.gradient(1), SIX_PLACES);
        assertEquals(0.334706, batch.gradient(2), SIX_PLACES);
        // “Nothing but NumPy”: cost 0.719554 before, 0.618313 after one step at α = 1.
        assertEquals(0.719554, batch.cost(), SIX_PLACES);
        assertEquals(0.618313, batch.costAfterStep(), SIX_PLACES);
        assertEquals(0.1 - 0.048292, batch.updatedParameter(0), SIX_PLACES);
        assertEquals(0.6 - 0.078461, batch.updatedParameter(1), SIX_PLACES);
        assertEquals(-0.334706, batch.updatedParameter(2), SIX_PLACES);
        assertEquals(sigmoid(0.6), batch.probability(1), 1e-15);
        assertEquals(0.6, batch.logit(1), 1e-15);
        assertEquals(1.0, batch.label(3));
    }

    @Test
    void andGradientEqualsFiniteDifferencesOfTheCost() {
        Network network = andNeuron(0.1, 0.6);
        BatchGradient batch = new BatchGradient().compute(network, and(), TrainingSettings.gradientDescent(1.0));
        double[] parameters = {0.1, 0.6, 0.0};
        for (int p = 0; p < 3; p++) {
            double[] plus = parameters.clone();
            double[] minus = parameters.clone();
            plus[p] += H;
            minus[p] -= H;
            double numeric = (andCost(plus) - andCost(minus)) / (2 * H);
            assertEquals(numeric, batch.gradient(p), 1e-8, "parameter " + p);
        }
    }

    /** J(w1, w2, b) over the AND points, written out: −(1/4)·Σ [y log p̂ + (1 − y) log(1 − p̂)]. */
    private static double andCost(double[] p) {
        double[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        double[] y = {0, 0, 0, 1};
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            double pHat = sigmoid(p[0] * x[i][0] + p[1] * x[i][1] + p[2]);
            sum += -(y[i] * Math.log(pHat) + (1 - y[i]) * Math.log(1 - pHat));
        }
        return sum / 4;
    }

    @Test
    void xorNetworkGradientsAreTheSeedsFigures() {
        // “Nothing but NumPy” (rounded there at every intermediate step, so within 0.0015):
        // ∂J/∂W2 = (0.118, 0.115, 0.124), ∂J/∂b2 = 0.199,
        // ∂J/∂W1 = ((0.002, 0.002), (0.009, 0.010), (0.015, 0.018)), ∂J/∂b1 = (0.004, 0.019, 0.039).
        // Worked again by hand without rounding: ∂J/∂W2 = (0.117621, 0.114962, 0.123575), ∂J/∂b2 = 0.198917,
        // ∂J/∂W1 = ((0.002087, 0.002387), (0.008919, 0.009731), (0.015015, 0.017828)),
        // ∂J/∂b1 = (0.004616, 0.018706, 0.038237); J = 0.779514.
        BatchGradient batch = new BatchGradient().compute(xorNetwork(), xor(), TrainingSettings.gradientDescent(1.0));
        double[] seedW2 = {0.118, 0.115, 0.124};
        double[] handW2 = {0.117621, 0.114962, 0.123575};
        double[][] seedW1 = {{0.002, 0.002}, {0.009, 0.010}, {0.015, 0.018}};
        double[][] handW1 = {{0.002087, 0.002387}, {0.008919, 0.009731}, {0.015015, 0.017828}};
        double[] seedB1 = {0.004, 0.019, 0.039};
        double[] handB1 = {0.004616, 0.018706, 0.038237};
        for (int u = 0; u < 3; u++) {
            double w2 = batch.gradient(batch.weightIndex(1, 0, u));
            assertEquals(seedW2[u], w2, 0.0015, "W2 " + u);
            assertEquals(handW2[u], w2, SIX_PLACES, "W2 " + u);
            for (int i = 0; i < 2; i++) {
                double w1 = batch.gradient(batch.weightIndex(0, u, i));
                assertEquals(seedW1[u][i], w1, 0.0015, "W1 " + u + "," + i);
                assertEquals(handW1[u][i], w1, SIX_PLACES, "W1 " + u + "," + i);
            }
            double b1 = batch.gradient(batch.biasIndex(0, u));
            assertEquals(seedB1[u], b1, 0.0015, "b1 " + u);
            assertEquals(handB1[u], b1, SIX_PLACES, "b1 " + u);
        }
        assertEquals(0.199, batch.gradient(batch.biasIndex(1, 0)), 0.0015);
        assertEquals(0.198917, batch.gradient(batch.biasIndex(1, 0)), SIX_PLACES);
        assertEquals(0.779514, batch.cost(), SIX_PLACES);
        // “Nothing but NumPy”: 0.715106 after one step at α = 1.
        assertEquals(0.715106, batch.costAfterStep(), SIX_PLACES);
        assertEquals(9, batch.weightIndex(1, 0, 0));
        assertEquals(12, batch.biasIndex(1, 0));
    }

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Activation activation : Activation.values()) {
            for (Loss loss : Loss.values()) {
                cases.add(Arguments.of(activation, loss, new int[] {3, 2}, 0.0, true));
                cases.add(Arguments.of(activation, loss, new int[0], 0.4, true));
            }
        }
        cases.add(Arguments.of(Activation.TANH, Loss.CROSS_ENTROPY, new int[] {4}, 0.1, false));
        return cases;
    }

    @ParameterizedTest(name = "{0} {1} hidden={2} l2={3} bias={4}")
    @MethodSource("cases")
    void agreesWithTheMatrixBackPropagation(Activation activation, Loss loss, int[] hidden, double l2, boolean bias) {
        SeededRandom random = new SeededRandom(11L * hidden.length + 3L * activation.ordinal() + loss.ordinal());
        Network network = new Network(new ModelSpec(2, hidden, activation, bias));
        network.initialize(random);
        int m = 9;
        double[] features = new double[2 * m];
        double[] labels = new double[m];
        for (int i = 0; i < m; i++) {
            features[2 * i] = random.nextDouble(-2, 2);
            features[2 * i + 1] = random.nextDouble(-2, 2);
            labels[i] = i % 3 == 0 ? 1 : 0;
        }
        DataSet data = new DataSet(2, features, labels);
        TrainingSettings settings = new TrainingSettings(loss, OptimizerKind.GRADIENT_DESCENT, 0.3, 0, l2);
        BatchGradient batch = new BatchGradient().compute(network, data, settings);

        Workspace workspace = network.newWorkspace(m);
        workspace.input().setRows(m);
        System.arraycopy(features, 0, workspace.input().data(), 0, features.length);
        network.forward(workspace);
        network.backward(workspace, labels, loss, l2);
        double[] expected = new double[network.parameterCount()];
        network.copyGradients(expected);
        double[] actual = new double[expected.length];
        batch.copyGradients(actual);
        for (int p = 0; p < expected.length; p++) {
            assertEquals(expected[p], actual[p], 1e-14 + 1e-12 * Math.abs(expected[p]), "parameter " + p);
        }
        double cost = loss.cost(workspace.logits(), workspace.probabilities(), labels, m) + network.l2Penalty(l2, m);
        assertEquals(cost, batch.cost(), 1e-12);
    }

    @Test
    void costAfterTheStepIsWhatTheTrainerReachesWithL2() {
        // One full-batch epoch of plain gradient descent is exactly the step shown.
        TrainingSettings settings = new TrainingSettings(Loss.CROSS_ENTROPY, OptimizerKind.GRADIENT_DESCENT, 0.7, 0, 0.5);
        BatchGradient batch = new BatchGradient().compute(xorNetwork(), xor(), settings);
        Network trained = xorNetwork();
        Trainer trainer = new Trainer(trained, xor(), settings, new SeededRandom(1));
        assertEquals(trainer.cost(), batch.cost(), 1e-12);
        assertTrue(batch.l2Penalty() > 0);
        trainer.trainEpoch();
        assertEquals(trainer.cost(), batch.costAfterStep(), 1e-12);
        double[] after = new double[trained.parameterCount()];
        trained.copyParameters(after);
        for (int p = 0; p < after.length; p++) {
            assertEquals(after[p], batch.updatedParameter(p), 1e-14, "parameter " + p);
        }
    }

    @Test
    void withoutPointsEverythingIsUndefined() {
        BatchGradient batch = new BatchGradient().compute(andNeuron(0.1, 0.6), DataSet.empty(2),
                TrainingSettings.gradientDescent(1.0));
        assertEquals(0, batch.exampleCount());
        assertTrue(Double.isNaN(batch.cost()));
        assertTrue(Double.isNaN(batch.gradient(0)));
        assertEquals(0.6, batch.updatedParameter(1));
        assertThrows(IllegalArgumentException.class, () -> batch.outputDelta(0));
    }

    @Test
    void refusesDataOfAnotherShape() {
        DataSet line = new DataSet(1, new double[] {0, 1}, new double[] {0, 1});
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new BatchGradient().compute(andNeuron(0.1, 0.6), line, TrainingSettings.gradientDescent(1.0)));
        assertEquals("the data have 1 feature but the model 2-1 takes 2", error.getMessage());
    }
}

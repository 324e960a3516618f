package dev.boundary.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundary.core.math.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Back-propagated gradients against central finite differences of the cost, for every activation ×
 * loss, networks with 0, 1 and 2 hidden layers, with and without L2 and bias.
 */
class GradientCheckTest {
    private static final int EXAMPLES = 7;
    private static final double H = 1e-5;

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        int[][] shapes = {{}, {3}, {4, 3}};
        for (Activation activation : Activation.values()) {
            for (Loss loss : Loss.values()) {
                for (int[] hidden : shapes) {
                    for (double l2 : new double[] {0.0, 0.3}) {
                        cases.add(Arguments.of(activation, loss, hidden, l2, true));
                    }
                }
            }
        }
        cases.add(Arguments.of(Activation.TANH, Loss.CROSS_ENTROPY, new int[] {3}, 0.0, false));
        cases.add(Arguments.of(Activation.SIGMOID, Loss.CROSS_ENTROPY, new int[0], 0.1, false));
        return cases;
    }

    @ParameterizedTest(name = "{0} {1} hidden={2} l2={3} bias={4}")
    @MethodSource("cases")
    void backPropagationMatchesFiniteDifferences(Activation activation, Loss loss, int[] hidden, double l2, boolean bias) {
        SeededRandom random = new SeededRandom(hidden.length * 31L + activation.ordinal() * 7L + loss.ordinal());
        Network network = new Network(new ModelSpec(2, hidden, activation, bias));
        network.initialize(random);
        // Non-zero biases, so the check covers them; ReLU inputs kept away from the kink at 0.
        double[] parameters = new double[network.parameterCount()];
        network.copyParameters(parameters);
        int offset = 0;
        for (int l = 0; l < network.layerCount(); l++) {
            offset += network.layer(l).weights().data().length;
            for (int u = 0; u < network.layer(l).units(); u++) {
                parameters[offset++] = bias ? random.nextDouble(-0.5, 0.5) : 0.0;
            }
        }
        network.setParameters(parameters);

        Workspace workspace = network.newWorkspace(EXAMPLES);
        double[] labels = new double[EXAMPLES];
        workspace.input().setRows(EXAMPLES);
        for (int i = 0; i < EXAMPLES; i++) {
            workspace.input().set(i, 0, random.nextDouble(-2, 2));
            workspace.input().set(i, 1, random.nextDouble(-2, 2));
            labels[i] = i % 2;
        }
        network.forward(workspace);
        network.backward(workspace, labels, loss, l2);
        double[] analytic = new double[network.parameterCount()];
        network.copyGradients(analytic);

        for (int p = 0; p < parameters.length; p++) {
            if (!bias && isBias(network, p)) {
                assertEquals(0.0, analytic[p], "a fixed bias gets no gradient");
                continue;
            }
            double saved = parameters[p];
            parameters[p] = saved + H;
            double plus = cost(network, parameters, workspace, labels, loss, l2);
            parameters[p] = saved - H;
            double minus = cost(network, parameters, workspace, labels, loss, l2);
            parameters[p] = saved;
            double numeric = (plus - minus) / (2 * H);
            double tolerance = 1e-6 + 1e-5 * Math.abs(numeric);
            assertEquals(numeric, analytic[p], tolerance, "parameter " + p);
        }
    }

    /** The L1 term's gradient (λ/m)·sign(w), away from w = 0 where |w| has a slope, for every loss and shape. */
    @ParameterizedTest(name = "{0} {1} hidden={2} l1")
    @MethodSource("cases")
    void l1TermMatchesFiniteDifferences(Activation activation, Loss loss, int[] hidden, double l2, boolean bias) {
        if (l2 != 0.0 || !bias) {
            return; // one L1 case per activation × loss × shape
        }
        SeededRandom random = new SeededRandom(5 + hidden.length * 31L + activation.ordinal() * 7L + loss.ordinal());
        Network network = new Network(new ModelSpec(2, hidden, activation, true));
        network.initialize(random);
        double[] parameters = new double[network.parameterCount()];
        network.copyParameters(parameters);
        for (int p = 0; p < parameters.length; p++) {
            if (isBias(network, p)) {
                parameters[p] = random.nextDouble(-0.5, 0.5); // ReLU inputs away from the kink at 0
            }
        }
        network.setParameters(parameters);
        Workspace workspace = network.newWorkspace(EXAMPLES);
        double[] labels = new double[EXAMPLES];
        workspace.input().setRows(EXAMPLES);
        for (int i = 0; i < EXAMPLES; i++) {
            workspace.input().set(i, 0, random.nextDouble(-2, 2));
            workspace.input().set(i, 1, random.nextDouble(-2, 2));
            labels[i] = i % 2;
        }
        double l1 = 0.3;
        network.forward(workspace);
        network.backward(workspace, labels, loss, l1, 0.0);
        double[] analytic = new double[network.parameterCount()];
        network.copyGradients(analytic);
        for (int p = 0; p < parameters.length; p++) {
            double saved = parameters[p];
            parameters[p] = saved + H;
            double plus = costL1(network, parameters, workspace, labels, loss, l1);
            parameters[p] = saved - H;
            double minus = costL1(network, parameters, workspace, labels, loss, l1);
            parameters[p] = saved;
            double numeric = (plus - minus) / (2 * H);
            assertEquals(numeric, analytic[p], 1e-6 + 1e-5 * Math.abs(numeric), "parameter " + p);
        }
    }

    private static double costL1(Network network, double[] parameters, Workspace workspace, double[] labels, Loss loss,
            double l1) {
        network.setParameters(parameters);
        network.forward(workspace);
        int m = workspace.rows();
        return loss.cost(workspace.logits(), workspace.probabilities(), labels, m) + network.l1Penalty(l1, m);
    }

    private static boolean isBias(Network network, int flatIndex) {
        int offset = 0;
        for (int l = 0; l < network.layerCount(); l++) {
            offset += network.layer(l).weights().data().length;
            int end = offset + network.layer(l).units();
            if (flatIndex >= offset && flatIndex < end) {
                return true;
            }
            offset = end;
        }
        return false;
    }

    private static double cost(Network network, double[] parameters, Workspace workspace, double[] labels, Loss loss, double l2) {
        network.setParameters(parameters);
        network.forward(workspace);
        int m = workspace.rows();
        double value = loss.cost(workspace.logits(), workspace.probabilities(), labels, m) + network.l2Penalty(l2, m);
        return value;
    }
}

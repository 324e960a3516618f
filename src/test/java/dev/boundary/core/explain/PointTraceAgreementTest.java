package dev.boundary.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import dev.boundary.core.nn.Workspace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The node-by-node trace of one example against finite differences of that example's loss and against
 * the matrix back-propagation of {@link Network#backward} with m = 1, for every activation × loss and
 * networks with 0, 1 and 2 hidden layers.
 */
class PointTraceAgreementTest {
    private static final double H = 1e-5;

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        int[][] shapes = {{}, {3}, {4, 2}};
        for (Activation activation : Activation.values()) {
            for (Loss loss : Loss.values()) {
                for (int[] hidden : shapes) {
                    cases.add(Arguments.of(activation, loss, hidden));
                }
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} {1} hidden={2}")
    @MethodSource("cases")
    void traceMatchesFiniteDifferencesAndTheMatrixForm(Activation activation, Loss loss, int[] hidden) {
        SeededRandom random = new SeededRandom(17L * hidden.length + 5L * activation.ordinal() + loss.ordinal());
        Network network = new Network(new ModelSpec(2, hidden, activation, true));
        network.initialize(random);
        double[] parameters = new double[network.parameterCount()];
        network.copyParameters(parameters);
        for (int p = 0; p < parameters.length; p++) {
            parameters[p] += random.nextDouble(-0.3, 0.3); // non-zero biases too
        }
        network.setParameters(parameters);
        double[] x = {random.nextDouble(-2, 2), random.nextDouble(-2, 2)};
        double y = 1.0;

        PointTrace trace = new PointTrace().compute(network, x, y, loss, 0.5);
        double[] traced = flatGradients(trace, network.parameterCount());

        Workspace workspace = network.newWorkspace(1);
        workspace.input().setRows(1);
        workspace.input().set(0, 0, x[0]);
        workspace.input().set(0, 1, x[1]);
        network.forward(workspace);
        assertEquals(workspace.probabilities()[0], trace.probability(), 1e-15, "p̂");
        network.backward(workspace, new double[] {y}, loss, 0.0);
        double[] matrix = new double[network.parameterCount()];
        network.copyGradients(matrix);

        for (int p = 0; p < parameters.length; p++) {
            assertEquals(matrix[p], traced[p], 1e-14 + 1e-12 * Math.abs(matrix[p]), "matrix form, parameter " + p);
            double saved = parameters[p];
            parameters[p] = saved + H;
            double plus = lossAt(network, parameters, x, y, loss);
            parameters[p] = saved - H;
            double minus = lossAt(network, parameters, x, y, loss);
            parameters[p] = saved;
            network.setParameters(parameters);
            double numeric = (plus - minus) / (2 * H);
            assertEquals(numeric, traced[p], 1e-6 + 1e-5 * Math.abs(numeric), "finite difference, parameter " + p);
        }
    }

    /** The trace's ∂L/∂W and ∂L/∂b in the network's flat order. */
    static double[] flatGradients(PointTrace trace, int count) {
        double[] out = new double[count];
        int k = 0;
        for (int l = 0; l < trace.layerCount(); l++) {
            for (int u = 0; u < trace.unitCount(l); u++) {
                for (int i = 0; i < trace.inputCount(l); i++) {
                    out[k++] = trace.weightGradient(l, u, i);
                }
            }
            for (int u = 0; u < trace.unitCount(l); u++) {
                out[k++] = trace.biasGradient(l, u);
            }
        }
        assertEquals(count, k, "every parameter has a gradient");
        return out;
    }

    private static double lossAt(Network network, double[] parameters, double[] x, double y, Loss loss) {
        network.setParameters(parameters);
        Workspace workspace = network.newWorkspace(1);
        workspace.input().setRows(1);
        workspace.input().set(0, 0, x[0]);
        workspace.input().set(0, 1, x[1]);
        network.forward(workspace);
        return loss.loss(workspace.logits()[0], workspace.probabilities()[0], y);
    }
}

package dev.boundary.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActivationTest {
    @Test
    void valuesWorkedOutByHand() {
        assertEquals(0.5, Activation.SIGMOID.value(0), 0);
        assertEquals(1 / (1 + Math.exp(-2)), Activation.SIGMOID.value(2), 1e-15);
        assertEquals(0.7615941559557649, Activation.TANH.value(1), 1e-15); // tanh 1
        assertEquals(0.0, Activation.RELU.value(-3), 0);
        assertEquals(3.0, Activation.RELU.value(3), 0);
        assertEquals(-3.0, Activation.LINEAR.value(-3), 0);
    }

    @Test
    void theLogitUndoesTheSigmoid() {
        // logit(0.5) = log 1 = 0; logit(0.75) = log 3; logit(0.1) = log(1/9) = −log 9.
        assertEquals(0.0, Elementary.logit(0.5), 0);
        assertEquals(1.0986122886681098, Elementary.logit(0.75), 1e-15);
        assertEquals(-2.1972245773362196, Elementary.logit(0.1), 1e-15);
        assertEquals(2.0, Elementary.logit(Elementary.sigmoid(2)), 1e-14);
    }

    @Test
    void sigmoidNeverOverflows() {
        assertEquals(0.0, Elementary.sigmoid(-1000), 1e-300);
        assertEquals(1.0, Elementary.sigmoid(1000), 0);
        assertEquals(Math.exp(-745), Elementary.sigmoid(-745), 1e-320);
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void derivativeMatchesFiniteDifferences(Activation activation) {
        double h = 1e-6;
        for (double z : new double[] {-2.5, -0.7, 0.3, 1.9}) {
            double numeric = (activation.value(z + h) - activation.value(z - h)) / (2 * h);
            assertEquals(numeric, activation.derivative(z, activation.value(z)), 1e-8, activation + " at " + z);
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void arrayFormsAgreeWithScalarForms(Activation activation) {
        double[] z = {-2, -0.5, 0.5, 2};
        double[] a = new double[4];
        double[] dA = {1, 2, 3, 4};
        double[] dZ = new double[4];
        activation.apply(z, a, 4);
        activation.backward(z, a, dA, dZ, 4);
        for (int i = 0; i < 4; i++) {
            assertEquals(activation.value(z[i]), a[i], 0);
            assertEquals(dA[i] * activation.derivative(z[i], a[i]), dZ[i], 1e-15);
        }
    }

    @Test
    void namesRoundTripAndUnknownNamesAreExplained() {
        for (Activation activation : Activation.values()) {
            assertEquals(activation, Activation.fromId(activation.id()));
        }
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Activation.fromId("softmax"));
        assertEquals("unknown activation \"softmax\"; expected sigmoid, tanh, relu or linear", error.getMessage());
    }

    @Test
    void tanhIsWithinTwoUlpsOfTheJvmsStrictTanhAndNeverNaN() {
        for (int i = -40_000; i <= 40_000; i++) {
            double z = i / 1000.0;
            double expected = StrictMath.tanh(z);
            double actual = Elementary.tanh(z);
            assertEquals(expected, actual, 2 * Math.ulp(expected), "tanh(" + z + ")");
        }
        for (double tiny : new double[] {1e-300, -1e-200, 3e-9, 1e-5}) {
            assertEquals(StrictMath.tanh(tiny), Elementary.tanh(tiny), 2 * Math.ulp(StrictMath.tanh(tiny)));
        }
        assertEquals(1.0, Elementary.tanh(800), 0);
        assertEquals(-1.0, Elementary.tanh(-1e308), 0);
        assertEquals(0.0, Elementary.tanh(0.0), 0);
        assertTrue(Double.isNaN(Elementary.tanh(Double.NaN)));
    }
}

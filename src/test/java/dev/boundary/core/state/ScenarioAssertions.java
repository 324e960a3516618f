package dev.boundary.core.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenario comparisons for the tests of the file and link forms. */
public final class ScenarioAssertions {
    private ScenarioAssertions() {
    }

    /** Compares field by field, doubles by their bits, so a failure names the field. */
    public static void assertSameFields(Scenario a, Scenario b) {
        assertEquals(a.title(), b.title());
        assertEquals(a.description(), b.description());
        assertEquals(a.data().featureCount(), b.data().featureCount());
        assertArrayEquals(bits(a.data().featureArray()), bits(b.data().featureArray()));
        assertArrayEquals(a.data().labelArray(), b.data().labelArray());
        assertTrue(a.model().sameAs(b.model()), "model");
        assertEquals(a.initialWeights().length, b.initialWeights().length);
        for (int l = 0; l < a.initialWeights().length; l++) {
            assertArrayEquals(bits(a.initialWeights()[l].weights()), bits(b.initialWeights()[l].weights()));
            assertArrayEquals(bits(a.initialWeights()[l].biases()), bits(b.initialWeights()[l].biases()));
        }
        assertEquals(a.seed(), b.seed());
        assertEquals(a.training().loss(), b.training().loss());
        assertEquals(a.training().optimizer(), b.training().optimizer());
        assertEquals(Double.doubleToRawLongBits(a.training().learningRate()),
                Double.doubleToRawLongBits(b.training().learningRate()));
        assertEquals(a.training().batchSize(), b.training().batchSize());
        assertEquals(Double.doubleToRawLongBits(a.training().l2()), Double.doubleToRawLongBits(b.training().l2()));
        assertEquals(a.epochs(), b.epochs());
        assertEquals(Double.doubleToRawLongBits(a.threshold()), Double.doubleToRawLongBits(b.threshold()));
        assertEquals(a.hasTrainedState(), b.hasTrainedState());
        if (a.hasTrainedState()) {
            assertEquals(a.trained().epoch(), b.trained().epoch());
            assertArrayEquals(bits(a.trained().parameters()), bits(b.trained().parameters()));
        }
    }

    public static long[] bits(double[] values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Double.doubleToRawLongBits(values[i]);
        }
        return bits;
    }
}

package dev.boundary.core.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import org.junit.jupiter.api.Test;

class ParameterIndexTest {
    private static final ModelSpec XOR_SPEC = new ModelSpec(2, new int[] {3}, Activation.SIGMOID, true);

    private static Network xorNetwork() {
        Network network = new Network(XOR_SPEC);
        network.setLayer(0, new double[] {0.1, 0.6, 0.2, 0.4, 0.3, 0.7}, new double[] {-1, -2, -3});
        network.setLayer(1, new double[] {0.1, 0.4, 0.9}, new double[] {0.5});
        return network;
    }

    @Test
    void readsInTheFlatOrderOfTheNetwork() {
        // W1 row-major (0–5), b1 (6–8), W2 (9–11), b2 (12).
        double[] expected = {0.1, 0.6, 0.2, 0.4, 0.3, 0.7, -1, -2, -3, 0.1, 0.4, 0.9, 0.5};
        Network network = xorNetwork();
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], ParameterIndex.get(network, i));
        }
    }

    @Test
    void writesOneParameterInPlace() {
        Network network = xorNetwork();
        ParameterIndex.set(network, 5, 7.5);
        ParameterIndex.set(network, 12, -4);
        assertEquals(7.5, network.layer(0).weight(2, 1));
        assertEquals(-4, network.layer(1).biases()[0]);
        double[] flat = new double[13];
        network.copyParameters(flat);
        assertArrayEquals(new double[] {0.1, 0.6, 0.2, 0.4, 0.3, 7.5, -1, -2, -3, 0.1, 0.4, 0.9, -4}, flat, 0);
    }

    @Test
    void namesParametersForAxes() {
        assertEquals("W1[1,1]", ParameterIndex.name(XOR_SPEC, 0));
        assertEquals("W1[1,2]", ParameterIndex.name(XOR_SPEC, 1));
        assertEquals("W1[3,2]", ParameterIndex.name(XOR_SPEC, 5));
        assertEquals("b1[1]", ParameterIndex.name(XOR_SPEC, 6));
        assertEquals("b1[3]", ParameterIndex.name(XOR_SPEC, 8));
        assertEquals("W2[1,3]", ParameterIndex.name(XOR_SPEC, 11));
        assertEquals("b2[1]", ParameterIndex.name(XOR_SPEC, 12));
        assertTrue(ParameterIndex.isBias(XOR_SPEC, 7));
        assertFalse(ParameterIndex.isBias(XOR_SPEC, 9));
    }

    @Test
    void rejectsIndicesOutsideTheModel() {
        Network network = xorNetwork();
        assertThrows(IllegalArgumentException.class, () -> ParameterIndex.get(network, 13));
        assertThrows(IllegalArgumentException.class, () -> ParameterIndex.set(network, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> ParameterIndex.name(XOR_SPEC, 13));
    }
}

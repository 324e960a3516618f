package dev.boundary.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import dev.boundary.core.nn.Workspace;
import org.junit.jupiter.api.Test;

/**
 * Each unit's picture against hand calculations: a 2-2-1 network with W1 = [[1, 2], [−0.5, 0.5]],
 * b1 = (0.25, 0), W2 = [1, −1], b2 = 0, on a 4 × 4 grid over [−1, 1]², whose cell centres are ±0.25
 * and ±0.75 (row 0 at y = 0.75, column 0 at x = −0.75). So z1 = x + 2y + 0.25 and z2 = 0.5(y − x).
 */
class UnitFieldsTest {
    private static final double EXACT = 1e-12;
    private static final Viewport SQUARE = new Viewport(-1, 1, -1, 1, 40, 40);

    private static Network network(Activation hidden) {
        Network network = new Network(new ModelSpec(2, new int[] {2}, hidden, true));
        network.setLayer(0, new double[] {1, 2, -0.5, 0.5}, new double[] {0.25, 0});
        network.setLayer(1, new double[] {1, -1}, new double[] {0});
        return network;
    }

    @Test
    void tanhUnitsAndTheOutputMatchTheHandCalculation() {
        UnitFields fields = new UnitFields();
        fields.compute(network(Activation.TANH), SQUARE, 4, 4, 0.5);
        assertEquals(2, fields.layerCount());
        assertEquals(2, fields.units(0));
        assertEquals(1, fields.units(1));
        // Top-left cell, (x, y) = (−0.75, 0.75): z1 = −0.75 + 1.5 + 0.25 = 1, z2 = 0.5·1.5 = 0.75.
        assertEquals(0.7615941559557649, fields.value(0, 0, 0, 0), EXACT); // tanh 1
        assertEquals(0.6351489523872873, fields.value(0, 1, 0, 0), EXACT); // tanh 0.75
        // p̂ = σ(tanh 1 − tanh 0.75) = σ(0.1264452035684776).
        assertEquals(0.5315692503070001, fields.value(1, 0, 0, 0), EXACT);
        // Bottom-right cell, (0.75, −0.75): z1 = 0.75 − 1.5 + 0.25 = −0.5, z2 = 0.5·(−1.5) = −0.75.
        assertEquals(-0.46211715726000974, fields.value(0, 0, 3, 3), EXACT);
        assertEquals(-0.6351489523872873, fields.value(0, 1, 3, 3), EXACT);
        // Cell (1, 2), (−0.25, −0.25): z1 = −0.25 − 0.5 + 0.25 = −0.5, z2 = 0.
        assertEquals(-0.46211715726000974, fields.value(0, 0, 1, 2), EXACT);
        assertEquals(0.0, fields.value(0, 1, 1, 2), EXACT);
        assertEquals(-1.0, fields.low(0, 0));
        assertEquals(1.0, fields.high(0, 1));
        assertEquals(0.0, fields.low(1, 0));
        assertEquals(1.0, fields.high(1, 0));
    }

    @Test
    void reluAndLinearScalesSpanTheLargestValueOnTheGrid() {
        UnitFields fields = new UnitFields();
        fields.compute(network(Activation.RELU), SQUARE, 4, 4, 0.5);
        // z1 is largest at (0.75, 0.75): 0.75 + 1.5 + 0.25 = 2.5; z2 at (−0.75, 0.75): 0.5·1.5 = 0.75.
        assertEquals(0.0, fields.low(0, 0));
        assertEquals(2.5, fields.high(0, 0), EXACT);
        assertEquals(0.75, fields.high(0, 1), EXACT);
        // At (0.75, −0.75) z1 = −0.5, so ReLU gives 0.
        assertEquals(0.0, fields.value(0, 0, 3, 3));
        fields.compute(network(Activation.LINEAR), SQUARE, 4, 4, 0.5);
        // z1 runs from −0.75 − 1.5 + 0.25 = −2 to 2.5, so |a| ≤ 2.5; the scale is symmetric.
        assertEquals(-2.5, fields.low(0, 0), EXACT);
        assertEquals(2.5, fields.high(0, 0), EXACT);
        assertEquals(-2.0, fields.value(0, 0, 0, 3), EXACT);
        fields.compute(network(Activation.SIGMOID), SQUARE, 4, 4, 0.5);
        assertEquals(0.0, fields.low(0, 0));
        assertEquals(1.0, fields.high(0, 0));
        // σ(1) at the top-left cell.
        assertEquals(1 / (1 + Math.exp(-1)), fields.value(0, 0, 0, 0), EXACT);
    }

    @Test
    void zeroIsWhitePositiveBlueNegativeOrange() {
        UnitFields fields = new UnitFields();
        fields.compute(network(Activation.LINEAR), SQUARE, 4, 4, 0.5);
        int[] unit2 = fields.pixels(0, 1);
        assertEquals(16, unit2.length);
        // z2 = 0.5(y − x) is 0 on the cells with x = y: (col 0, row 3), (col 3, row 0).
        assertEquals(0xFFFFFFFF, unit2[3 * 4]);
        assertEquals(0xFFFFFFFF, unit2[3]);
        // Top-left, z2 = 0.75 = the scale's top: bluish. Bottom-right, z2 = −0.75: orange.
        int top = unit2[0];
        int bottom = unit2[15];
        assertTrue(FieldColors.blue(top) > FieldColors.red(top) + 100, Integer.toHexString(top));
        assertTrue(FieldColors.red(bottom) > FieldColors.blue(bottom) + 100, Integer.toHexString(bottom));
        assertEquals(255, FieldColors.alpha(top));
        // A unit whose a is 0 everywhere (all its weights 0) is white, not a colour of an empty scale.
        Network flat = network(Activation.RELU);
        flat.setLayer(0, new double[] {0, 0, 0, 0}, new double[] {0, 0});
        fields.compute(flat, SQUARE, 4, 4, 0.5);
        assertEquals(0xFFFFFFFF, fields.pixels(0, 0)[5]);
        flat = network(Activation.LINEAR);
        flat.setLayer(0, new double[] {0, 0, 0, 0}, new double[] {0, 0});
        fields.compute(flat, SQUARE, 4, 4, 0.5);
        assertEquals(0xFFFFFFFF, fields.pixels(0, 1)[5]);
    }

    @Test
    void theOutputIsColouredAsThePlotWithItsNeutralAtTheThreshold() {
        // p̂ = σ(tanh 1 − tanh 0.75) = 0.531569 at the top-left cell: above t = 0.5 (bluish), below t = 0.6.
        UnitFields fields = new UnitFields();
        fields.compute(network(Activation.TANH), SQUARE, 4, 4, 0.5);
        int above = fields.pixels(1, 0)[0];
        assertTrue(FieldColors.blue(above) > FieldColors.red(above), Integer.toHexString(above));
        fields.compute(network(Activation.TANH), SQUARE, 4, 4, 0.6);
        int below = fields.pixels(1, 0)[0];
        assertTrue(FieldColors.red(below) > FieldColors.blue(below), Integer.toHexString(below));
    }

    @Test
    void aOneInputNetworkGivesAStripAlongX() {
        Network network = new Network(new ModelSpec(1, new int[] {1}, Activation.TANH, true));
        network.setLayer(0, new double[] {2}, new double[] {-1});
        network.setLayer(1, new double[] {1}, new double[] {0});
        UnitFields fields = new UnitFields();
        // Centres −1.5, −0.5, 0.5, 1.5: a = tanh(2x − 1) = tanh(−4), tanh(−2), tanh(0), tanh(2).
        fields.compute(network, new Viewport(-2, 2, 0, 1, 80, 20), 4, 1, 0.5);
        assertEquals(Math.tanh(-4), fields.value(0, 0, 0, 0), EXACT);
        assertEquals(Math.tanh(-2), fields.value(0, 0, 1, 0), EXACT);
        assertEquals(0.0, fields.value(0, 0, 2, 0), EXACT);
        assertEquals(Math.tanh(2), fields.value(0, 0, 3, 0), EXACT);
        assertEquals(4, fields.pixels(0, 0).length);
    }

    @Test
    void steadyStateComputationAllocatesNothing() {
        UnitFields fields = new UnitFields();
        Network network = new Network(new ModelSpec(2, new int[] {8, 8}, Activation.TANH, true));
        network.initialize(new SeededRandom(5));
        Viewport view = new Viewport(-3, 3, -3, 3, 48, 48);
        // The baseline is the one forward pass of 24 × 24 points the pictures are made of.
        Workspace workspace = network.newWorkspace(576);
        Runnable pass = () -> {
            workspace.input().setRows(576);
            network.forward(workspace);
        };
        Allocations.assertNoMoreThan(pass, () -> fields.compute(network, view, 24, 24, 0.5));
    }

    @Test
    void rejectsAnEmptyGrid() {
        assertThrows(IllegalArgumentException.class,
                () -> new UnitFields().compute(network(Activation.TANH), SQUARE, 0, 4, 0.5));
    }
}

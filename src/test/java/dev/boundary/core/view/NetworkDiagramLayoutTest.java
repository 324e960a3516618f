package dev.boundary.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.nn.Network;
import org.junit.jupiter.api.Test;

class NetworkDiagramLayoutTest {
    private static final double EXACT = 1e-12;

    private static Network xorNetwork() {
        Network network = new Network(new ModelSpec(2, new int[] {3}, Activation.SIGMOID, true));
        network.setLayer(0, new double[] {0.1, 0.6, 0.2, 0.4, 0.3, 0.7}, new double[] {-1, -2, -3});
        network.setLayer(1, new double[] {0.1, 0.4, -0.9}, new double[] {0.5});
        return network;
    }

    @Test
    void placesColumnsEvenlyAndCentresEachColumn() {
        // 2-3-1: columns at x = 0, ½, 1; the largest column (3) sets the step ⅓.
        NetworkDiagramLayout layout = new NetworkDiagramLayout();
        layout.update(xorNetwork());
        assertEquals(3, layout.columnCount());
        assertEquals(6, layout.nodeCount());
        assertEquals(2, layout.columnSize(0));
        assertEquals(3, layout.columnSize(1));
        assertEquals(1, layout.columnSize(2));
        assertEquals(0, layout.nodeX(layout.node(0, 1)), EXACT);
        assertEquals(0.5, layout.nodeX(layout.node(1, 0)), EXACT);
        assertEquals(1, layout.nodeX(layout.node(2, 0)), EXACT);
        assertEquals(1.0 / 3, layout.nodeY(layout.node(0, 0)), EXACT);
        assertEquals(2.0 / 3, layout.nodeY(layout.node(0, 1)), EXACT);
        assertEquals(1.0 / 6, layout.nodeY(layout.node(1, 0)), EXACT);
        assertEquals(0.5, layout.nodeY(layout.node(1, 1)), EXACT);
        assertEquals(5.0 / 6, layout.nodeY(layout.node(1, 2)), EXACT);
        assertEquals(0.5, layout.nodeY(layout.node(2, 0)), EXACT);
    }

    @Test
    void linksCarryTheWeightsInFlatOrder() {
        NetworkDiagramLayout layout = new NetworkDiagramLayout();
        layout.update(xorNetwork());
        assertEquals(9, layout.linkCount());
        // Link 3 is W1[2,2] = 0.4: from input 2 (node 1) to hidden unit 2 (node 3), flat index 3.
        assertEquals(1, layout.linkFrom(3));
        assertEquals(3, layout.linkTo(3));
        assertEquals(0.4, layout.linkWeight(3));
        assertEquals(3, layout.linkParameterIndex(3));
        // Link 8 is W2[1,3] = −0.9: hidden unit 3 (node 4) to the output (node 5); flat index 11,
        // after W1 (0–5) and b1 (6–8).
        assertEquals(4, layout.linkFrom(8));
        assertEquals(5, layout.linkTo(8));
        assertEquals(-0.9, layout.linkWeight(8));
        assertEquals(11, layout.linkParameterIndex(8));
        assertEquals(0.9, layout.maxAbsWeight());
        assertTrue(Double.isNaN(layout.nodeBias(0)));
        assertEquals(-2, layout.nodeBias(3));
        assertEquals(0.5, layout.nodeBias(5));
    }

    @Test
    void updatesWeightsWithoutAllocatingAndRelaysOutNewShapes() {
        Network network = xorNetwork();
        NetworkDiagramLayout layout = new NetworkDiagramLayout();
        layout.update(network);
        network.setLayer(1, new double[] {2, 0, 0}, new double[] {0});
        layout.update(network);
        assertEquals(2, layout.linkWeight(6));
        assertEquals(2, layout.maxAbsWeight());
        Allocations.assertNoneAfterWarmUp(() -> layout.update(network));
        Network logistic = new Network(ModelSpec.logistic(1));
        layout.update(logistic);
        assertEquals(2, layout.nodeCount());
        assertEquals(1, layout.linkCount());
        assertEquals(0.5, layout.nodeY(0), EXACT);
        assertEquals(0, layout.maxAbsWeight());
    }
}

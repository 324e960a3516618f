package dev.boundary.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.boundary.core.NothingButNumPy;
import dev.boundary.core.view.NetworkDiagramLayout;
import org.junit.jupiter.api.Test;

/** Finding the node or link under the pointer in a diagram placed in a pixel frame. */
class LinkPickerTest {

    private static LinkPicker picker() {
        LinkPicker picker = new LinkPicker();
        picker.setFrame(20, 10, 200, 100);
        return picker;
    }

    private static NetworkDiagramLayout neuron() {
        NetworkDiagramLayout layout = new NetworkDiagramLayout();
        layout.update(NothingButNumPy.andNeuron(0.1, 0.6));
        return layout;
    }

    @Test
    void placesTheNodesOfOneNeuron() {
        // Inputs at layout (0, 0.25) and (0, 0.75), the output at (1, 0.5): in the frame
        // (20 + 0·200, 10 + 0.25·100) = (20, 35), (20, 85) and (220, 60).
        LinkPicker picker = picker();
        NetworkDiagramLayout layout = neuron();
        assertEquals(20.0, picker.x(layout, 0));
        assertEquals(35.0, picker.y(layout, 0));
        assertEquals(85.0, picker.y(layout, 1));
        assertEquals(220.0, picker.x(layout, 2));
        assertEquals(60.0, picker.y(layout, 2));
    }

    @Test
    void findsTheNodeWithinItsRadius() {
        LinkPicker picker = picker();
        NetworkDiagramLayout layout = neuron();
        assertEquals(2, picker.nodeAt(layout, 223, 57, 8));
        assertEquals(1, picker.nodeAt(layout, 20, 90, 8));
        assertEquals(-1, picker.nodeAt(layout, 120, 60, 8));
    }

    @Test
    void findsTheNearestLink() {
        // Link 0 runs (20, 35) → (220, 60), through (120, 47.5); link 1 runs (20, 85) → (220, 60), through (120, 72.5).
        LinkPicker picker = picker();
        NetworkDiagramLayout layout = neuron();
        assertEquals(0, picker.linkAt(layout, 120, 49, 4));
        assertEquals(1, picker.linkAt(layout, 120, 71, 4));
        assertEquals(-1, picker.linkAt(layout, 120, 60, 4), "12.5 px from both");
        assertEquals(-1, picker.linkAt(layout, 250, 60, 4), "past the segment's end");
    }

    @Test
    void distanceToASegmentClampsToItsEnds() {
        assertEquals(25.0, LinkPicker.squaredDistanceToSegment(0, 5, 0, 0, 10, 0), 1e-12);
        assertEquals(25.0, LinkPicker.squaredDistanceToSegment(-5, 0, 0, 0, 10, 0), 1e-12);
        assertEquals(2.0, LinkPicker.squaredDistanceToSegment(1, 1, 0, 0, 0, 0), 1e-12);
    }

    @Test
    void refusesAnEmptyFrame() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new LinkPicker().setFrame(0, 0, 0, 10));
        assertEquals("the diagram's frame must have a positive size, was 0.0×10.0", error.getMessage());
    }
}

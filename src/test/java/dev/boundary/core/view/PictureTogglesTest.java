package dev.boundary.core.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.boundary.core.data.DataSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "Discretize" and "show test points" change the picture and leave the numbers as they were. */
class PictureTogglesTest {

    @Test
    void discreteFieldHasTwoColoursSplitAtTheThreshold() {
        FieldColors colors = new FieldColors();
        colors.setThreshold(0.3);
        double[] p = {0.0, 0.1, 0.29, 0.3, 0.31, 0.9, 1.0};
        double[] copy = p.clone();
        int[] shaded = new int[p.length];
        colors.fill(p, p.length, shaded);
        colors.setDiscrete(true);
        int[] discrete = new int[p.length];
        colors.fill(p, p.length, discrete);
        assertArrayEquals(copy, p, "the probabilities are not touched");
        assertEquals(colors.colour(0.0), discrete[0]);
        assertEquals(colors.colour(0.0), discrete[2], "below t: class 0's full tint");
        assertEquals(colors.colour(1.0), discrete[3], "at t: class 1's (p̂ ≥ t is predicted 1)");
        assertEquals(colors.colour(1.0), discrete[4]);
        Set<Integer> distinct = new HashSet<>();
        for (int pixel : discrete) {
            distinct.add(pixel);
        }
        assertEquals(2, distinct.size());
        assertNotEquals(shaded[4], discrete[4], "the shading near the threshold is pale, the discrete colour is not");
        colors.setDiscrete(false);
        int[] again = new int[p.length];
        colors.fill(p, p.length, again);
        assertArrayEquals(shaded, again);
    }

    @Test
    void hiddenTestPointsLeaveOnlyTheTrainingMarkers() {
        DataSet data = new DataSet(2, new double[] {-1, -1, 1, 1}, new double[] {0, 1});
        boolean[] test = {false, true};
        double[] p = {0.2, 0.9};
        Viewport view = Viewport.fit(data, 100, 100, 0.2, true);
        PointLayer layer = new PointLayer(0x1D4ED8, 0xD97706);
        layer.render(data, test, p, 0.5, view, 1.0);
        int shown = painted(layer);
        layer.setShowTest(false);
        assertEquals(true, layer.render(data, test, p, 0.5, view, 1.0), "the picture changed");
        int hidden = painted(layer);
        assertEquals(true, hidden > 0 && hidden < shown, shown + " painted pixels, then " + hidden);
        assertArrayEquals(new double[] {0.2, 0.9}, p);
        layer.setShowTest(true);
        layer.render(data, test, p, 0.5, view, 1.0);
        assertEquals(shown, painted(layer));
    }

    private static int painted(PointLayer layer) {
        int count = 0;
        for (int i = 0; i < layer.width() * layer.height(); i++) {
            count += layer.pixels()[i] != 0 ? 1 : 0;
        }
        return count;
    }
}

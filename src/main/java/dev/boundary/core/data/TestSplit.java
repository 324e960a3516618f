package dev.boundary.core.data;

/**
 * Which points are held out as the test set. Each point gets a fixed position in [0, 1) from a hash
 * of its coordinates and label, and it is a test point when that position is below the test
 * fraction. So a point's side never depends on the other points or on their order: adding or
 * removing a point moves no other point between the sets, and raising the fraction only moves
 * training points into the test set. The hash is exact integer arithmetic on the bits of the
 * coordinates rounded to single precision: the engines' maths libraries may draw a generated point
 * one last bit apart, and that must not move it to the other set.
 */
public final class TestSplit {
    private TestSplit() {
    }

    /**
     * Marks the test points of {@code data} for {@code fraction} (0 to 1) in {@code test}, which must
     * hold at least {@code data.size()} entries; returns how many are test points.
     */
    public static int mark(DataSet data, double fraction, boolean[] test) {
        int count = 0;
        for (int i = 0; i < data.size(); i++) {
            boolean held = isTest(data, i, fraction);
            test[i] = held;
            count += held ? 1 : 0;
        }
        return count;
    }

    /** Whether point {@code index} of {@code data} is a test point for {@code fraction} (0 to 1), as {@link #mark} says. */
    public static boolean isTest(DataSet data, int index, double fraction) {
        double x2 = data.featureCount() == 2 ? data.feature(index, 1) : 0.0;
        return fraction > 0 && position(data.feature(index, 0), x2, data.label(index)) < fraction;
    }

    /**
     * The point's fixed position in [0, 1): the top 53 bits of SplitMix64's finaliser applied to a
     * mix of the bits of x1 and x2 (as floats) and the label.
     */
    static double position(double x1, double x2, double label) {
        long z = (Float.floatToIntBits((float) x1) + 0x100000000L) * 0x9E3779B97F4A7C15L;
        z = (z ^ Float.floatToIntBits((float) x2)) * 0xC2B2AE3D27D4EB4FL;
        z += label == 1.0 ? 0x165667B19E3779F9L : 0L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }
}

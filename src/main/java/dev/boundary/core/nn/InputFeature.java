package dev.boundary.core.nn;

/**
 * One input the network can be given, computed from a point's coordinates: x₁, x₂, x₁², x₂², x₁x₂,
 * sin x₁ and sin x₂, as in TensorFlow Playground. On a line (one coordinate) only x, x² and sin x
 * exist; they are the x₁ features. sin is {@link StrictMath#sin}, so every engine gets the same bits.
 */
public enum InputFeature {
    X1("x1", "x₁", "x"),
    X2("x2", "x₂", null),
    X1_SQUARED("x1sq", "x₁²", "x²"),
    X2_SQUARED("x2sq", "x₂²", null),
    X1_X2("x1x2", "x₁x₂", null),
    SIN_X1("sinx1", "sin x₁", "sin x"),
    SIN_X2("sinx2", "sin x₂", null);

    private final String id;
    private final String planeName;
    private final String lineName;

    InputFeature(String id, String planeName, String lineName) {
        this.id = id;
        this.planeName = planeName;
        this.lineName = lineName;
    }

    /** The name in files, links and the page's address, e.g. "x1sq". */
    public String id() {
        return id;
    }

    /** The name people read, e.g. "x₁²" on the plane, "x²" on a line. */
    public String label(int dimension) {
        return dimension == 1 ? lineName : planeName;
    }

    /** Whether the feature exists for points with {@code dimension} coordinates (1 or 2). */
    public boolean existsIn(int dimension) {
        return dimension == 2 || lineName != null;
    }

    /** The feature's value at (x1, x2); x2 is ignored by the features of x₁ alone. */
    public double value(double x1, double x2) {
        switch (this) {
            case X1:
                return x1;
            case X2:
                return x2;
            case X1_SQUARED:
                return x1 * x1;
            case X2_SQUARED:
                return x2 * x2;
            case X1_X2:
                return x1 * x2;
            case SIN_X1:
                return StrictMath.sin(x1);
            default:
                return StrictMath.sin(x2);
        }
    }

    /** The feature with this id, or null. */
    public static InputFeature fromId(String id) {
        for (InputFeature feature : values()) {
            if (feature.id.equals(id)) {
                return feature;
            }
        }
        return null;
    }
}

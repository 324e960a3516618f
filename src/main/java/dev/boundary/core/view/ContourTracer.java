package dev.boundary.core.view;

/**
 * The contour {@code value = level} of a grid (marching squares), as line segments in world
 * coordinates: the decision boundary p̂ = t of a {@link ProbabilityField}, or an iso-cost line of a
 * {@link LossSurface}.
 *
 * <p>The grid is the package's layout: {@code cols × rows} values, row-major, row 0 at the top, each
 * at its cell centre of the {@link Viewport}. The squares between four neighbouring centres are
 * marched; a corner is "above" when its value is ≥ level (p̂ ≥ t is predicted positive), NaN counts as
 * below. Where an edge joins an above and a below corner, the crossing is placed by linear
 * interpolation along that edge, always from its top or left end, so the two squares sharing an edge
 * compute bit-identical points and the segments join without gaps. A saddle (diagonal corners above,
 * the other two below) is resolved by the average of its four corners: if it is ≥ level the above
 * corners are taken to be connected through the middle, otherwise the below corners are.
 *
 * <p>The contour covers the rectangle of cell centres, half a cell inside the viewport on every side.
 * Segments are unoriented and in no particular order. The buffer grows (doubling) only when a contour
 * is longer than every one before, so tracing every frame allocates nothing in steady state.
 */
public final class ContourTracer {
    private static final int TOP = 0;
    private static final int RIGHT = 1;
    private static final int BOTTOM = 2;
    private static final int LEFT = 3;

    private double[] segments = new double[4 * 256];
    private int count;

    // The square being marched: corner values and the world coordinates of its sides.
    private double topLeft;
    private double topRight;
    private double bottomRight;
    private double bottomLeft;
    private double xLeft;
    private double xRight;
    private double yTop;
    private double yBottom;
    private double level;

    /** Traces p̂ = {@code threshold} over the field's last computation; returns the segment count. */
    public int trace(ProbabilityField field, double threshold) {
        return trace(field.probabilities(), field.cols(), field.rows(), field.viewport(), threshold);
    }

    /**
     * Traces {@code values = level}; returns the number of segments (0 when every value is on one
     * side of the level, or when the grid has fewer than 2 columns or rows).
     *
     * @param values at least {@code cols × rows} values, row-major, row 0 at the top
     * @param viewport the world rectangle whose cell centres the values sample
     * @param level a finite contour level
     */
    public int trace(double[] values, int cols, int rows, Viewport viewport, double level) {
        if (cols < 0 || rows < 0 || values.length < cols * rows) {
            throw new IllegalArgumentException("a " + cols + "×" + rows + " grid needs " + cols * rows
                    + " values, got " + values.length);
        }
        if (level - level != 0.0) {
            throw new IllegalArgumentException("the contour level must be a finite number, was " + level);
        }
        this.level = level;
        count = 0;
        for (int r = 0; r + 1 < rows; r++) {
            int top = r * cols;
            int bottom = top + cols;
            yTop = viewport.cellCentreY(r, rows);
            yBottom = viewport.cellCentreY(r + 1, rows);
            for (int c = 0; c + 1 < cols; c++) {
                topLeft = values[top + c];
                topRight = values[top + c + 1];
                bottomRight = values[bottom + c + 1];
                bottomLeft = values[bottom + c];
                int index = (topLeft >= level ? 8 : 0) | (topRight >= level ? 4 : 0)
                        | (bottomRight >= level ? 2 : 0) | (bottomLeft >= level ? 1 : 0);
                if (index == 0 || index == 15) {
                    continue;
                }
                xLeft = viewport.cellCentreX(c, cols);
                xRight = viewport.cellCentreX(c + 1, cols);
                march(index);
            }
        }
        return count;
    }

    /** Emits the segments of one square whose corners are classified by {@code index} (TL 8, TR 4, BR 2, BL 1). */
    private void march(int index) {
        switch (index) {
            case 1:
            case 14:
                add(LEFT, BOTTOM);
                break;
            case 2:
            case 13:
                add(BOTTOM, RIGHT);
                break;
            case 3:
            case 12:
                add(LEFT, RIGHT);
                break;
            case 4:
            case 11:
                add(TOP, RIGHT);
                break;
            case 6:
            case 9:
                add(TOP, BOTTOM);
                break;
            case 7:
            case 8:
                add(TOP, LEFT);
                break;
            default:
                saddle(index);
        }
    }

    /** Index 5 (top-right and bottom-left above) or 10 (top-left and bottom-right above). */
    private void saddle(int index) {
        boolean middleAbove = 0.25 * (topLeft + topRight + bottomRight + bottomLeft) >= level;
        // Cutting off the two below corners joins the above ones through the middle, and vice versa.
        boolean cutTopLeftAndBottomRight = (index == 5) == middleAbove;
        if (cutTopLeftAndBottomRight) {
            add(TOP, LEFT);
            add(RIGHT, BOTTOM);
        } else {
            add(TOP, RIGHT);
            add(LEFT, BOTTOM);
        }
    }

    private void add(int from, int to) {
        int at = 4 * count;
        if (at + 4 > segments.length) {
            double[] larger = new double[2 * segments.length];
            System.arraycopy(segments, 0, larger, 0, at);
            segments = larger;
        }
        segments[at] = edgeX(from);
        segments[at + 1] = edgeY(from);
        segments[at + 2] = edgeX(to);
        segments[at + 3] = edgeY(to);
        count++;
    }

    private double edgeX(int edge) {
        switch (edge) {
            case TOP:
                return xLeft + crossing(topLeft, topRight) * (xRight - xLeft);
            case BOTTOM:
                return xLeft + crossing(bottomLeft, bottomRight) * (xRight - xLeft);
            case RIGHT:
                return xRight;
            default:
                return xLeft;
        }
    }

    private double edgeY(int edge) {
        switch (edge) {
            case LEFT:
                return yTop + crossing(topLeft, bottomLeft) * (yBottom - yTop);
            case RIGHT:
                return yTop + crossing(topRight, bottomRight) * (yBottom - yTop);
            case TOP:
                return yTop;
            default:
                return yBottom;
        }
    }

    /** Where in [0, 1] along an edge from value a to value b the level is crossed (a ≠ b here). */
    private double crossing(double a, double b) {
        return (level - a) / (b - a);
    }

    /** Segments of the last trace. */
    public int segmentCount() {
        return count;
    }

    /**
     * The live buffer: segment i is {@code (x1, y1, x2, y2)} at {@code [4i, 4i + 4)}, world
     * coordinates; only the first {@code 4 × segmentCount()} values are meaningful. Replaced when it
     * grows, so fetch it after each trace.
     */
    public double[] segments() {
        return segments;
    }

    /** World x of the first end of segment i. */
    public double x1(int i) {
        return segments[4 * i];
    }

    /** World y of the first end of segment i. */
    public double y1(int i) {
        return segments[4 * i + 1];
    }

    /** World x of the second end of segment i. */
    public double x2(int i) {
        return segments[4 * i + 2];
    }

    /** World y of the second end of segment i. */
    public double y2(int i) {
        return segments[4 * i + 3];
    }
}

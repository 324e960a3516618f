package dev.boundary.core.view;

/**
 * How many cells per side the plot's field is evaluated on. At rest it is {@link #FULL}. While
 * training plays, the field is redrawn every frame, so its cost must stay within a budget whatever
 * the network's size: the cost grows with the number of cells, so after each frame the side is
 * scaled by √(budget / time taken), within {@link #MIN} and {@link #FULL}, and the picture is
 * stretched to the plot. Changes of less than a tenth are ignored, so the resolution does not
 * flicker from frame to frame. Before any field has been timed (a page opened to play at once), play
 * starts from {@link #MIN}: the first frame then costs little, and the next ones grow the side to what
 * the budget allows.
 */
public final class FieldResolution {
    /** Cells per side at rest. */
    public static final int FULL = 100;
    /** The fewest cells per side while playing. */
    public static final int MIN = 32;

    private final double budgetMs;
    private int cells = FULL;

    /** A resolution that aims to keep the field within {@code budgetMs} milliseconds a frame. */
    public FieldResolution(double budgetMs) {
        this.budgetMs = budgetMs;
    }

    /** The cells per side for a still picture: {@link #FULL}, and play starts from there again. */
    public int atRest() {
        cells = FULL;
        return cells;
    }

    /**
     * The cells per side for the next frame of play, after the last field at {@link #current()} cells
     * took {@code lastMs} milliseconds; NaN when no field has been timed yet.
     */
    public int whilePlaying(double lastMs) {
        if (Double.isNaN(lastMs)) {
            cells = MIN;
        } else if (lastMs > 0 && !Double.isInfinite(lastMs)) {
            double ideal = cells * Math.sqrt(budgetMs / lastMs);
            int next = (int) Math.max(MIN, Math.min(FULL, Math.round(ideal)));
            if (Math.abs(next - cells) >= cells / 10 || next == FULL || next == MIN) {
                cells = next;
            }
        }
        return cells;
    }

    /** The cells per side last given. */
    public int current() {
        return cells;
    }
}

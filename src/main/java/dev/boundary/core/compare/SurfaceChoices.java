package dev.boundary.core.compare;

import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.view.ParameterIndex;
import dev.boundary.core.view.Viewport;

/**
 * The choices behind the loss-surface picture: which parameters can span it, what to call them, the
 * parameter range it shows and how fine a grid the data size allows. Parameters are flat indices (see
 * {@link ParameterIndex}).
 */
public final class SurfaceChoices {
    /** Work units (one per parameter per example per grid cell) one surface may cost. */
    public static final double GRID_BUDGET = 1.5e6;
    /** Fewest and most cells across (and down) the grid. */
    public static final int MIN_CELLS = 12;
    public static final int MAX_CELLS = 72;
    /** Cells across a first surface, before its computing time is known. */
    public static final int FIRST_CELLS = 32;
    /** The range shows at least ± this much around 0. */
    public static final double MIN_HALF_SPAN = 1.0;
    /** The point is kept within this fraction of the half-span from the centre when a range is chosen. */
    private static final double HEADROOM = 0.8;

    private SurfaceChoices() {
    }

    /**
     * The flat indices of the parameters training changes, in flat order: every weight, and the biases
     * when the model has them (a model without bias keeps them at 0).
     */
    public static int[] trainable(ModelSpec spec) {
        int total = 0;
        for (int l = 0; l < spec.layerCount(); l++) {
            total += spec.units(l) * spec.inputs(l) + (spec.hasBias() ? spec.units(l) : 0);
        }
        int[] indices = new int[total];
        int flat = 0;
        int next = 0;
        for (int l = 0; l < spec.layerCount(); l++) {
            int weights = spec.units(l) * spec.inputs(l);
            for (int i = 0; i < weights; i++) {
                indices[next++] = flat++;
            }
            for (int u = 0; u < spec.units(l); u++) {
                if (spec.hasBias()) {
                    indices[next++] = flat;
                }
                flat++;
            }
        }
        return indices;
    }

    /**
     * A short name: {@code w1}, {@code w2} and {@code b} for one neuron on two features, {@code w} and
     * {@code b} on one, as the sources write them; {@link ParameterIndex#name} ({@code W2[1,3]},
     * {@code b1[2]}) for a network.
     */
    public static String label(ModelSpec spec, int index) {
        if (spec.layerCount() == 1) {
            if (index >= spec.inputCount()) {
                return "b";
            }
            return spec.inputCount() == 1 ? "w" : "w" + (index + 1);
        }
        return ParameterIndex.name(spec, index);
    }

    /**
     * A square range centred on the origin that shows (x, y) well inside it: the half-span is the
     * smallest 1, 2 or 5 × 10^k (at least {@link #MIN_HALF_SPAN}) with max(|x|, |y|) within 80 % of it,
     * so Roelants' start (−4, −2) gets [−5, 5]², and Rafay Khan's (−10, 60) gets [−100, 100]².
     *
     * @param x a finite value of the parameter across
     * @param y a finite value of the parameter up
     */
    public static Viewport rangeAround(double x, double y, int width, int height) {
        double reach = Math.max(Math.abs(x), Math.abs(y)) / HEADROOM;
        double half = MIN_HALF_SPAN;
        double decade = 1.0;
        while (half < reach && half < 1e12) {
            if (half == decade) {
                half = 2 * decade;
            } else if (half == 2 * decade) {
                half = 5 * decade;
            } else {
                decade *= 10;
                half = decade;
            }
        }
        return new Viewport(-half, half, -half, half, width, height);
    }

    /**
     * The range to show next: {@code current} while (x, y) stays inside it (a stable picture while
     * training walks), else a wider {@link #rangeAround}. Non-finite points keep the range.
     */
    public static Viewport follow(Viewport current, double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y)) {
            return current;
        }
        if (current != null && current.contains(x, y)) {
            return current;
        }
        int width = current == null ? 100 : current.width();
        int height = current == null ? 100 : current.height();
        return rangeAround(x, y, width, height);
    }

    /**
     * A clicked parameter value rounded to a tidy step of the range: about a hundredth of its span as
     * 1, 2 or 5 × 10^k ({@link Viewport#niceStep}), so a click on [−5, 5] gives 1.2, not 1.2036…, and
     * the learner can copy the start into a hand calculation. Steps below 1 divide by their exact
     * inverse (10, 5 or 2 × 10^k), so 1.2 is the double nearest 1.2.
     */
    public static double snap(double value, Viewport range) {
        double step = Viewport.niceStep(range.xMax() - range.xMin(), 100);
        if (step >= 1) {
            return Math.round(value / step) * step;
        }
        double inverse = Math.round(1 / step);
        return Math.round(value * inverse) / inverse;
    }

    /** Keyboard steps across the range's span: coarse ones, and fine ones (with Shift). */
    public static final int CURSOR_STEPS = 20;
    public static final int FINE_CURSOR_STEPS = 100;

    /**
     * Where a keyboard cursor on the surface goes from {@code value} after one step ({@code direction}
     * −1 or +1) along an axis: a twentieth of {@code range}'s span, or a hundredth when {@code fine},
     * {@link #snap snapped} to the range's tidy step and kept within [{@code min}, {@code max}] (that
     * axis's ends). On [−5, 5] a step is 0.5, or 0.1 when fine.
     */
    public static double moveCursor(double value, int direction, boolean fine, double min, double max,
            Viewport range) {
        double step = (range.xMax() - range.xMin()) / (fine ? FINE_CURSOR_STEPS : CURSOR_STEPS);
        double moved = snap(value + direction * step, range);
        return Math.max(min, Math.min(max, moved));
    }

    /**
     * Cells across (and down) a grid whose every cell costs a forward pass over {@code m} examples of a
     * model with {@code parameterCount} parameters, within {@link #GRID_BUDGET}: between
     * {@link #MIN_CELLS} and {@link #MAX_CELLS}.
     */
    /**
     * Whether a grid of {@code cells} across and down over {@code m} examples costs more than
     * {@link #GRID_BUDGET} even at this size (the grid cannot shrink below {@link #MIN_CELLS}), so the
     * page computes it a few rows at a time rather than at once. Work counted, not time measured, so
     * every engine decides the same.
     */
    public static boolean overBudget(int cells, int m, int parameterCount) {
        return (double) cells * cells * m * Math.max(1, parameterCount) > 2 * GRID_BUDGET;
    }

    public static int gridCells(int m, int parameterCount) {
        double perCell = Math.max(1.0, (double) m * Math.max(1, parameterCount));
        int cells = (int) Math.floor(Math.sqrt(GRID_BUDGET / perCell));
        return Math.max(MIN_CELLS, Math.min(MAX_CELLS, cells));
    }

    /**
     * The cells across for the next surface, from what the last one cost: its cells across
     * {@code current} scaled by √(targetMs / measuredMs), since the work grows with the square, between
     * {@link #MIN_CELLS} and {@code maxCells}; a change of less than a fifth either way keeps
     * {@code current}, so timing noise does not make every frame recompute at a new size. A measurement
     * of 0 (below the clock's resolution) allows the most. So a slow engine or device draws a coarser map
     * rather than a slower page.
     */
    public static int adaptCells(int current, double measuredMs, double targetMs, int maxCells) {
        int cells = measuredMs > 0 ? (int) Math.floor(current * Math.sqrt(targetMs / measuredMs)) : maxCells;
        if (cells > 0.8 * current && cells < 1.25 * current) {
            cells = current;
        }
        return Math.max(MIN_CELLS, Math.min(maxCells, cells));
    }
}

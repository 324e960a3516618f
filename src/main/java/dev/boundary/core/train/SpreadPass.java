package dev.boundary.core.train;

import dev.boundary.core.math.Matrix;
import dev.boundary.core.nn.Network;
import dev.boundary.core.nn.Workspace;

/**
 * The forward pass over every point after an epoch, made a few hundred points at a time, so that on a
 * large data set the evaluation at the end of an epoch is spread over several calls (and the page's
 * frames) instead of taking one long one. Each point's z, e^−|z| and p̂ are those of a whole pass, bit
 * for bit: a layer's pass treats each row on its own.
 */
final class SpreadPass {
    /** Points passed forward per step: about the work of a few mini-batch updates. */
    static final int ROWS_PER_STEP = 256;
    /** The fewest points whose evaluation is spread; below this it takes well under a millisecond or two. */
    static final int SPREAD_FROM = 5000;

    private Workspace rows;
    /** The pass's z, e^−|z| and p̂ so far, handed over at the end so that no one reads half a pass. */
    private double[] logits = new double[0];
    private double[] outputExp = new double[0];
    private double[] probabilities = new double[0];
    /** The next point to pass forward; −1 when no pass is under way. */
    private int next = -1;

    /** Whether a pass is under way. */
    boolean underWay() {
        return next >= 0;
    }

    /** Starts a pass from the first point. */
    void start() {
        next = 0;
    }

    /** Forgets the pass under way. */
    void cancel() {
        next = -1;
    }

    /**
     * Passes the next {@link #ROWS_PER_STEP} points of {@code features [m × inputs]} forward through
     * {@code network}; after the last point, puts every point's z, e^−|z| and p̂ at its place in
     * {@code target}'s output arrays (capacity at least m) and returns true. Until then {@code target}
     * keeps the previous pass's.
     */
    boolean step(Network network, Matrix features, Workspace target) {
        int m = features.rows();
        if (rows == null) {
            rows = network.newWorkspace(ROWS_PER_STEP);
        }
        if (probabilities.length < m) {
            logits = new double[m + m / 2];
            outputExp = new double[logits.length];
            probabilities = new double[logits.length];
        }
        int count = Math.min(ROWS_PER_STEP, m - next);
        int k = features.columns();
        Matrix input = rows.input();
        input.setRows(count);
        System.arraycopy(features.data(), next * k, input.data(), 0, count * k);
        network.forward(rows);
        System.arraycopy(rows.logits(), 0, logits, next, count);
        System.arraycopy(rows.outputExp(), 0, outputExp, next, count);
        System.arraycopy(rows.probabilities(), 0, probabilities, next, count);
        next += count;
        if (next < m) {
            return false;
        }
        System.arraycopy(logits, 0, target.logits(), 0, m);
        System.arraycopy(outputExp, 0, target.outputExp(), 0, m);
        System.arraycopy(probabilities, 0, target.probabilities(), 0, m);
        next = -1;
        return true;
    }
}

package dev.boundary.core.compare;

import dev.boundary.core.nn.Network;
import dev.boundary.core.train.Trainer;
import dev.boundary.core.view.GradientPath;
import dev.boundary.core.view.ParameterIndex;

/**
 * Follows a training run as a {@link GradientPath} of two parameters, for drawing on the loss surface.
 * Call {@link #follow} at every repaint: it starts a new path when the run is another one (a new
 * trainer after a load, a reset or a restart from a clicked point), when its epoch went back, or when
 * the pair of parameters changed; otherwise it adds the current values when they moved (training, or a
 * weight edited by hand). Call {@link #afterEpoch} after every epoch trained between two repaints, so a
 * frame of play that trains a hundred epochs adds a hundred points, not one; the path thins itself, so
 * a long run stays bounded. Allocates only in its constructor.
 */
public final class DescentTracker {
    private final GradientPath path;
    private Trainer followed;
    private int epoch = -1;
    private int parameterX = -1;
    private int parameterY = -1;

    /** A tracker keeping at most {@link GradientPath#DEFAULT_MAX_POINTS} points. */
    public DescentTracker() {
        this(GradientPath.DEFAULT_MAX_POINTS);
    }

    /** A tracker keeping at most {@code maxPoints} points (even, at least 2; longer runs are thinned). */
    public DescentTracker(int maxPoints) {
        this.path = new GradientPath(maxPoints);
    }

    /**
     * Brings the path up to date with {@code trainer}'s network; returns true when it started a new
     * path (whose first point is then the current weights).
     *
     * @param parameterX flat index of the parameter across
     * @param parameterY flat index of the parameter up
     */
    public boolean follow(Trainer trainer, int parameterX, int parameterY) {
        Network network = trainer.network();
        double x = ParameterIndex.get(network, parameterX);
        double y = ParameterIndex.get(network, parameterY);
        boolean fresh = trainer != followed || trainer.epoch() < epoch || parameterX != this.parameterX
                || parameterY != this.parameterY || path.isEmpty();
        followed = trainer;
        epoch = trainer.epoch();
        this.parameterX = parameterX;
        this.parameterY = parameterY;
        if (fresh) {
            path.clear();
            path.add(x, y);
            return true;
        }
        if (x != path.latestX() || y != path.latestY()) {
            path.add(x, y);
        }
        return false;
    }

    /**
     * Adds the current values after an epoch, when they moved and this tracker already follows
     * {@code trainer} with this pair from an earlier epoch; otherwise does nothing and leaves starting a
     * new path to the next {@link #follow}, which also frames it.
     *
     * @param parameterX flat index of the parameter across
     * @param parameterY flat index of the parameter up
     */
    public void afterEpoch(Trainer trainer, int parameterX, int parameterY) {
        if (trainer != followed || trainer.epoch() < epoch || parameterX != this.parameterX
                || parameterY != this.parameterY || path.isEmpty()) {
            return;
        }
        epoch = trainer.epoch();
        Network network = trainer.network();
        double x = ParameterIndex.get(network, parameterX);
        double y = ParameterIndex.get(network, parameterY);
        if (x != path.latestX() || y != path.latestY()) {
            path.add(x, y);
        }
    }

    /** Forgets the run, so the next {@link #follow} starts a new path. */
    public void clear() {
        followed = null;
        epoch = -1;
        path.clear();
    }

    /** The path so far (live: updated by {@link #follow}). */
    public GradientPath path() {
        return path;
    }

    /** The epoch of the followed run at the last {@link #follow}, −1 before the first. */
    public int epoch() {
        return epoch;
    }
}

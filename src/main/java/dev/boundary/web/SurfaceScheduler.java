package dev.boundary.web;

import dev.boundary.core.compare.SurfaceChoices;
import dev.boundary.core.data.DataSet;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.Network;
import dev.boundary.core.session.Session;
import dev.boundary.core.view.LossSurface;
import dev.boundary.core.view.Viewport;
import org.teavm.jso.browser.Window;

/**
 * When the loss surface of {@link LossSurfacePanel} is computed, and how much at once. It is recomputed
 * when what it depends on changes; when only the held parameters moved (a model with more than two), at
 * most once per ten times its own computing time, so it never takes more than a tenth of the page's
 * time, with a deferred refresh so the last state is always drawn. A surface that takes longer than
 * {@link #SLICE_MS} is computed a few rows at a time in later timer callbacks, the last complete map
 * staying on screen meanwhile, so adding a point to 10 000 never holds up the page. The grid's size
 * adapts so a surface stays within {@link #TARGET_MS}.
 */
final class SurfaceScheduler {
    /** Computing time a surface should stay within (milliseconds): the grid adapts to it. */
    private static final double TARGET_MS = 12;
    /** The most computing a surface does at once (milliseconds); the rest follows in later callbacks. */
    private static final double SLICE_MS = 8;

    private final LossSurface surface = new LossSurface();
    /** Called from a timer when more is to be computed: the panel renders again. */
    private final Runnable refresh;
    private double[] parameters = new double[0];
    private double[] surfaceParameters = new double[0];

    // What the drawn surface was computed for.
    private boolean surfaceValid;
    private DataSet surfaceData;
    private Loss surfaceLoss;
    private double surfaceL2 = Double.NaN;
    private double surfaceL1 = Double.NaN;
    private Viewport surfaceRange;
    private int surfaceCells;
    private int surfaceX = -1;
    private int surfaceY = -1;
    /** Cells across the next surface may have, from the time the last one took. */
    private int cellLimit = SurfaceChoices.FIRST_CELLS;
    private double lastComputeMs;
    /** Computing time so far of the surface under way. */
    private double jobMs;
    private double lastComputeAt = Double.NEGATIVE_INFINITY;
    private int refreshTimer = -1;

    SurfaceScheduler(Runnable refresh) {
        this.refresh = refresh;
    }

    /** The surface; its values are the last complete map's while the next one is computed. */
    LossSurface surface() {
        return surface;
    }

    /** Whether a complete surface is there to draw. */
    boolean valid() {
        return surfaceValid;
    }

    /** Forgets the drawn surface (the model changed): nothing is drawn until a new one is complete. */
    void invalidate() {
        surfaceValid = false;
    }

    /**
     * Starts or goes on with the surface for the pair (parameterX, parameterY) over {@code range}, the
     * other parameters as they are in the session's network. Returns true when a surface was completed
     * by this call, to be painted.
     */
    boolean update(Session session, int parameterX, int parameterY, Viewport range) {
        Network network = session.network();
        if (parameters.length != network.parameterCount()) {
            parameters = new double[network.parameterCount()];
            surfaceParameters = new double[network.parameterCount()];
            surfaceValid = false;
        }
        network.copyParameters(parameters);
        DataSet data = session.trainingData();
        Loss loss = session.scenario().training().loss();
        double l2 = session.scenario().training().l2();
        double l1 = session.scenario().training().l1();
        int maxCells = SurfaceChoices.gridCells(data.size(), network.parameterCount());
        int cells = Math.min(maxCells, cellLimit);
        // The surface* fields describe the surface under way, or else the one drawn.
        boolean structural = !(surfaceValid || surface.computing()) || data != surfaceData || loss != surfaceLoss
                || l2 != surfaceL2 || l1 != surfaceL1 || range != surfaceRange || cells != surfaceCells || parameterX != surfaceX
                || parameterY != surfaceY;
        boolean heldMoved = !structural && !surface.computing() && heldParametersMoved(parameterX, parameterY);
        if (structural || heldMoved) {
            double now = Dom.now();
            if (!structural && now - lastComputeAt < 10 * lastComputeMs) {
                scheduleRefresh(10 * lastComputeMs - (now - lastComputeAt));
                return false;
            }
            surface.setL1(l1);
            surface.begin(network, data, loss, l2, parameterX, parameterY, range, cells, cells);
            jobMs = 0;
            System.arraycopy(parameters, 0, surfaceParameters, 0, parameters.length);
            surfaceData = data;
            surfaceLoss = loss;
            surfaceL2 = l2;
            surfaceL1 = l1;
            surfaceRange = range;
            surfaceCells = cells;
            surfaceX = parameterX;
            surfaceY = parameterY;
        }
        if (surface.computing()) {
            return goOn(maxCells, SurfaceChoices.overBudget(surfaceCells, data.size(), network.parameterCount()));
        }
        return false;
    }

    /**
     * Computes the surface under way, all of it or ({@code sliced}) for up to {@link #SLICE_MS}; true
     * when it is done.
     */
    private boolean goOn(int maxCells, boolean sliced) {
        double start = Dom.now();
        boolean done = false;
        while (!done && (!sliced || Dom.now() - start < SLICE_MS)) {
            done = surface.computeCells(sliced ? 1 : Integer.MAX_VALUE);
        }
        jobMs += Dom.now() - start;
        if (!done) {
            scheduleRefresh(0);
            return false;
        }
        int cells = surface.cols();
        lastComputeAt = Dom.now();
        lastComputeMs = jobMs;
        surfaceValid = true;
        cellLimit = SurfaceChoices.adaptCells(cells, lastComputeMs, TARGET_MS, SurfaceChoices.MAX_CELLS);
        if (Math.min(maxCells, cellLimit) > cells) {
            scheduleRefresh(0); // fast enough for a finer grid: sharpen the map in a moment
        }
        return true;
    }

    private boolean heldParametersMoved(int parameterX, int parameterY) {
        for (int i = 0; i < parameters.length; i++) {
            if (i != parameterX && i != parameterY && parameters[i] != surfaceParameters[i]) {
                return true;
            }
        }
        return false;
    }

    private void scheduleRefresh(double delayMs) {
        if (refreshTimer >= 0) {
            return;
        }
        refreshTimer = Window.setTimeout(() -> {
            refreshTimer = -1;
            refresh.run();
        }, Math.max(16, delayMs));
    }
}

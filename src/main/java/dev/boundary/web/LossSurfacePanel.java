package dev.boundary.web;

import dev.boundary.core.compare.DescentTracker;
import dev.boundary.core.compare.SurfaceChoices;
import dev.boundary.core.math.Numbers;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.session.Session;
import dev.boundary.core.train.Trainer;
import dev.boundary.core.view.GradientPath;
import dev.boundary.core.view.LossSurface;
import dev.boundary.core.view.Viewport;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The loss surface of Peter Roelants' “Logistic classification” ({@code #loss-surface-panel}): the cost
 * over two chosen parameters, the others held at their current values, and the path training walks on
 * it, updated at every render
 * (drawn by {@link SurfaceCanvas}; the readout {@code #surface-readout} names the pair and its values).
 * The path gets a point after every epoch ({@link #afterEpoch}), so fast play draws each step. A click
 * restarts training from the clicked point ({@link Session#startFrom}); so does Enter on the keyboard's
 * cursor ({@link SurfaceKeys}). When the surface is computed again, and how much at once, is up to
 * {@link SurfaceScheduler}, so it never holds up the page.
 */
final class LossSurfacePanel implements Panel {
    private final Workbench bench;
    private final SurfaceScheduler scheduler = new SurfaceScheduler(this::refresh);
    private final DescentTracker tracker = new DescentTracker();
    private SurfaceCanvas picture;
    private SurfaceKeys keys;

    private ModelSpec spec;
    private int parameterX = -1;
    private int parameterY = -1;
    private Viewport range;
    private boolean restartedByClick;
    private Session lastSession;

    LossSurfacePanel(Workbench bench) {
        this.bench = bench;
    }

    @Override
    public void bind() {
        picture = new SurfaceCanvas((HTMLCanvasElement) Dom.byId("surface-canvas"));
        HTMLCanvasElement canvas = picture.element();
        Dom.on("surface-x", "change", event -> choosePair(true));
        Dom.on("surface-y", "change", event -> choosePair(false));
        canvas.addEventListener("click", (Event event) -> {
            MouseEvent mouse = (MouseEvent) event;
            restartAt(Dom.offsetX(canvas, mouse.getClientX()) - SurfaceCanvas.LEFT,
                    Dom.offsetY(canvas, mouse.getClientY()) - SurfaceCanvas.TOP);
        });
        keys = new SurfaceKeys(this, canvas);
        keys.bind();
    }

    /** Adds the epoch just trained to the path, so fast play draws every epoch, not every frame. */
    @Override
    public void afterEpoch(Session session) {
        if (parameterY >= 0 && session.scenario().model().sameAs(spec)) {
            tracker.afterEpoch(session.trainer(), parameterX, parameterY);
        }
    }

    @Override
    public void render(Session session) {
        lastSession = session;
        ModelSpec model = session.scenario().model();
        if (spec == null || !model.sameAs(spec)) {
            spec = model;
            buildChoices();
        }
        if (parameterY < 0) {
            Dom.setHidden("surface-wrap", true);
            Dom.setText("surface-readout", "This model has a single trainable parameter ("
                    + SurfaceChoices.label(spec, parameterX) + "); a surface needs two. Turn the bias on, or"
                    + " use two features.");
            return;
        }
        Dom.setHidden("surface-wrap", false);
        Trainer trainer = session.trainer();
        boolean fresh = tracker.follow(trainer, parameterX, parameterY);
        GradientPath path = tracker.path();
        if (fresh && !restartedByClick) {
            range = null; // a new run (a load, a reset): frame its start afresh
        }
        restartedByClick = false;
        range = SurfaceChoices.follow(range, path.latestX(), path.latestY());
        if (scheduler.update(session, parameterX, parameterY, range)) {
            picture.paint(scheduler.surface());
        }
        if (!scheduler.valid()) {
            Dom.setText("surface-readout", "Working out the cost over the map…");
            return; // the first map is still being computed; the refresh that finishes it draws it
        }
        draw();
        HTMLCanvasElement canvas = picture.element();
        canvas.setAttribute("data-path-points", Integer.toString(path.size()));
        canvas.setAttribute("data-path-stride", Integer.toString(path.stride()));
        showReadout(session);
    }

    private void draw() {
        picture.draw(scheduler.surface(), tracker.path(), SurfaceChoices.label(spec, parameterX),
                SurfaceChoices.label(spec, parameterY),
                lastSession.data().size() == 0 ? "No points: the cost is undefined." : null, keys.cursorX(),
                keys.cursorY());
    }

    /** Draws the map again as it is (the keyboard cursor moved). */
    void redraw() {
        if (lastSession != null && parameterY >= 0 && scheduler.valid()) {
            draw();
        }
    }

    /** The parameter range the map shows, or null before the first render. */
    Viewport range() {
        return range;
    }

    /** The current value of the parameter across. */
    double latestX() {
        return tracker.path().latestX();
    }

    /** The current value of the parameter up. */
    double latestY() {
        return tracker.path().latestY();
    }

    /** The cost at (x, y) of the chosen pair, the other parameters as they are now. */
    double costAt(double x, double y) {
        Session session = bench.session();
        return LossSurface.costAt(session.network(), session.trainingData(), session.scenario().training().loss(),
                session.scenario().training().l1(), session.scenario().training().l2(), parameterX, parameterY, x, y);
    }

    /** Fills the selects with the trainable parameters and picks the first two. */
    private void buildChoices() {
        int[] trainable = SurfaceChoices.trainable(spec);
        fillSelect("surface-x", trainable);
        fillSelect("surface-y", trainable);
        parameterX = trainable.length > 0 ? trainable[0] : -1;
        parameterY = trainable.length > 1 ? trainable[1] : -1;
        Dom.setValue("surface-x", Integer.toString(parameterX));
        Dom.setValue("surface-y", Integer.toString(parameterY));
        boolean choice = trainable.length > 2;
        Dom.setDisabled("surface-x", !choice);
        Dom.setDisabled("surface-y", !choice);
        tracker.clear();
        range = null;
        scheduler.invalidate();
    }

    /** True when {@code index} is one of the trainable parameters the selects offer. */
    private boolean isOffered(int index) {
        for (int trainable : SurfaceChoices.trainable(spec)) {
            if (trainable == index) {
                return true;
            }
        }
        return false;
    }

    private void fillSelect(String id, int[] trainable) {
        HTMLElement select = Dom.byId(id);
        select.setTextContent("");
        for (int index : trainable) {
            HTMLElement option = Dom.document().createElement("option");
            option.setAttribute("value", Integer.toString(index));
            option.setTextContent(SurfaceChoices.label(spec, index));
            select.appendChild(option);
        }
    }

    private void choosePair(boolean acrossChanged) {
        int x = Choice.whole("surface-x", 0, Integer.MAX_VALUE);
        int y = Choice.whole("surface-y", 0, Integer.MAX_VALUE);
        if (x == Choice.NONE || y == Choice.NONE || !isOffered(x) || !isOffered(y)) {
            bench.status(Choice.refused(x == Choice.NONE || !isOffered(x) ? "loss surface's across" : "loss surface's up",
                    x == Choice.NONE || !isOffered(x) ? "surface-x" : "surface-y"), true);
            Dom.setValue("surface-x", Integer.toString(parameterX));
            Dom.setValue("surface-y", Integer.toString(parameterY));
            return;
        }
        if (x == y) {
            // The same parameter twice: swap with the other axis's previous choice.
            if (acrossChanged) {
                y = parameterX;
            } else {
                x = parameterY;
            }
            Dom.setValue("surface-x", Integer.toString(x));
            Dom.setValue("surface-y", Integer.toString(y));
        }
        parameterX = x;
        parameterY = y;
        refresh();
    }

    /** Renders again from the last session seen (a new pair, or more of the surface computed). */
    private void refresh() {
        if (lastSession != null) {
            render(lastSession);
        }
    }

    private void showReadout(Session session) {
        GradientPath path = tracker.path();
        Trainer trainer = session.trainer();
        LossSurface surface = scheduler.surface();
        StringBuilder text = new StringBuilder();
        text.append(pairName()).append(" = (").append(Numbers.trimmed(path.latestX(), 4)).append(", ")
                .append(Numbers.trimmed(path.latestY(), 4)).append("): cost ")
                .append(Numbers.fixed(trainer.cost(), 6)).append(" at epoch ").append(trainer.epoch()).append('.');
        int col = surface.minimumCol();
        if (col >= 0) {
            Viewport grid = surface.range();
            text.append(" Lowest on this map: ").append(Numbers.compact(surface.min(), 4)).append(" near (")
                    .append(Numbers.trimmed(grid.cellCentreX(col, surface.cols()), 4)).append(", ")
                    .append(Numbers.trimmed(grid.cellCentreY(surface.minimumRow(), surface.rows()), 4)).append(").");
        }
        Dom.setText("surface-readout", text.toString());
    }

    String pairName() {
        return "(" + SurfaceChoices.label(spec, parameterX) + ", " + SurfaceChoices.label(spec, parameterY) + ")";
    }

    /** A click on the map: training starts again, at epoch 0, from the clicked pair of values. */
    private void restartAt(double x, double y) {
        Viewport view = picture.view();
        if (view == null || parameterY < 0 || x < 0 || y < 0 || x > view.width() || y > view.height()) {
            return;
        }
        restartFrom(SurfaceChoices.snap(view.toWorldX(x), range), SurfaceChoices.snap(view.toWorldY(y), range));
    }

    /** Training starts again, at epoch 0, from the chosen pair at (valueX, valueY), the rest as they are. */
    void restartFrom(double valueX, double valueY) {
        Session session = bench.session();
        if (parameterY < 0) {
            return;
        }
        double[] start = new double[session.network().parameterCount()];
        session.network().copyParameters(start);
        start[parameterX] = valueX;
        start[parameterY] = valueY;
        restartedByClick = true;
        session.startFrom(start);
        bench.render();
        bench.status("Training starts again from " + pairName() + " = (" + Numbers.trimmed(valueX, 4) + ", "
                + Numbers.trimmed(valueY, 4) + "), epoch 0. Ctrl+Z goes back.", false);
    }

    @Override
    public String elementId() {
        return "loss-surface-panel";
    }
}

package dev.boundary.web;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.data.Preset;
import dev.boundary.core.math.Numbers;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.session.LearningRateScale;
import dev.boundary.core.session.PageOptions;
import dev.boundary.core.session.Session;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioJson;

/**
 * The page's controller: owns the {@link Session} and the widgets, turns each control's event into
 * one call on the session, and repaints. Every visible effect happens synchronously in the event
 * handler; the animation loop only repeats Step. Play, Step and the training they start belong to
 * {@link Transport}, the keyboard shortcuts to {@link PageKeys}.
 */
final class Page {
    private final Session session;
    private final PlotView plot;
    private final CostChart chart = new CostChart();
    private final Readouts readouts = new Readouts();
    private final NetworkDiagram diagram = new NetworkDiagram();
    private final ModelControls modelControls;
    private final Transport transport = new Transport(this);
    private final Animator animator = transport.animator();
    private final StepThroughPanel stepThrough;
    /** Further panels (files and sharing, the maths panels), each owning its own part of the page. */
    private final java.util.List<Panel> panels = new java.util.ArrayList<>();
    private final LessonPanel lessons = new LessonPanel(this);
    private double activeClass = 1.0;
    /** Where the time of a full repaint (after a click, a slider) goes, when recording; else null. */
    private FrameParts renderParts;

    Page(Session session) {
        this.session = session;
        this.plot = new PlotView(this);
        this.modelControls = new ModelControls(this);
        // Panels: add one line per panel here.
        panels.add(new DataControls(this));
        panels.add(new FilesPanel(this));
        panels.add(new PythonExport(this));
        panels.add(lessons);
        panels.add(new LossSurfacePanel(this));
        panels.add(new ComparePanel(this));
        stepThrough = new StepThroughPanel(this);
        panels.add(stepThrough);
        panels.add(new RocPanel());
        panels.add(diagram.interactive(this));
        panels.add(new UnitFieldsPanel(plot));
    }

    Session session() {
        return session;
    }

    void start(PageOptions options) {
        transport.bind();
        bindData();
        bindSliders();
        modelControls.bind();
        for (Panel panel : panels) {
            panel.bind();
        }
        new PageKeys(this, transport).bind();
        syncControls();
        render();
        if (!options.problems().isEmpty()) {
            status("Some options in the address were skipped: " + String.join("; ", options.problems()) + ".", true);
        }
        if (options.dataset() != null) {
            Dom.setValue("dataset", options.dataset());
        }
        if (options.speed() >= 0) {
            transport.setSpeed(options.speed());
        }
        if (options.frameTimes()) {
            animator.recordFrameTimes();
            renderParts = new FrameParts("data-render-parts");
        }
        Dom.document().getDocumentElement().setAttribute("data-ready", "true");
        lessons.openFromAddress();
        if (options.play()) {
            transport.togglePlay();
        }
    }

    private void bindData() {
        Dom.on("dataset", "change", event -> chooseDataset(Dom.value("dataset"), null));
        Dom.on("class-toggle", "click", event -> setActiveClass(1.0 - activeClass));
        Dom.on("undo", "click", event -> undo());
        Dom.on("redo", "click", event -> redo());
        Dom.on("clear", "click", event -> {
            session.clearPoints();
            status("All points removed. Ctrl+Z brings them back.", false);
            render();
        });
    }

    private void bindSliders() {
        Dom.on("learning-rate", "input", event -> {
            double rate = LearningRateScale.rate(Integer.parseInt(Dom.value("learning-rate")));
            session.setLearningRate(rate);
            Dom.setText("learning-rate-value", Numbers.shortest(rate));
            readouts.show(session);
        });
        Dom.on("threshold", "input", event -> {
            session.setThreshold(Double.parseDouble(Dom.value("threshold")));
            render();
        });
        Dom.on("cost-log", "change", event -> {
            chart.setLogScale(Dom.checked("cost-log"));
            chart.draw(session.trainer().history(), session.trainer().firstEpoch());
        });
    }

    /** Trains {@code epochs} epochs as that many presses of Step would (stopping if training stops), then repaints. */
    void trainEpochs(int epochs) {
        transport.pause();
        for (int i = 0; i < epochs && transport.trainOneEpoch(); i++) {
            // each epoch is shown to the panels that record every one
        }
        render();
    }

    /** Tells the panels that an epoch ended, for those that record every one. */
    void epochDone() {
        for (Panel panel : panels) {
            panel.afterEpoch(session);
        }
    }

    void undo() {
        if (session.undo()) {
            syncControls();
            render();
        }
    }

    void redo() {
        if (session.redo()) {
            syncControls();
            render();
        }
    }

    void setActiveClass(double label) {
        activeClass = label;
        Dom.setText("active-class", label == 1.0 ? "class 1 ●" : "class 0 ▲");
        Dom.byId("class-toggle").setAttribute("aria-pressed", label == 1.0 ? "false" : "true");
    }

    double activeClass() {
        return activeClass;
    }

    /** The index of the point the step-through follows, for the plot to mark; −1 for none (the batch). */
    int tracedPoint() {
        return stepThrough.tracedPoint();
    }

    /** The step-through follows the point nearest to (x1, x2) (world units), and the status says which. */
    void traceNearest(double x1, double x2) {
        DataSet data = session.data();
        int index = data.nearest(x1, x2);
        if (index < 0) {
            status("There are no points to follow yet.", false);
            return;
        }
        stepThrough.follow(index);
        status("The step-through follows point " + (index + 1) + ", of class " + Numbers.fixed(data.label(index), 0)
                + ".", false);
    }

    /** After the point at {@code index} was removed: the step-through stays on the point it follows. */
    void pointRemoved(int index) {
        stepThrough.pointRemoved(index);
    }

    /**
     * Chooses a data set or worked example as the list does ({@code id} is one of its values) and runs
     * {@code loaded} once it is on the page; not when it could not be loaded (the status then says why).
     */
    void openDataset(String id, Runnable loaded) {
        Dom.setValue("dataset", id);
        chooseDataset(id, loaded);
    }

    private void chooseDataset(String id, Runnable loaded) {
        if (id.startsWith("example:")) {
            String name = id.substring("example:".length());
            status("Loading the worked example…", false);
            Fetch.text("examples/" + name + ".json", (text, error) -> {
                if (text == null) {
                    status("The example " + name + " could not be loaded: " + error + ". Nothing was changed.", true);
                    return;
                }
                try {
                    loadScenario(ScenarioJson.read(text));
                } catch (IllegalArgumentException e) {
                    status("The example " + name + " is not valid: " + e.getMessage() + ". Nothing was changed.", true);
                    return;
                }
                if (loaded != null) {
                    loaded.run();
                }
            });
            return;
        }
        Scenario current = session.scenario();
        DataSet data = id.equals("empty") ? DataSet.empty(2)
                : Preset.byId(id).generate(current.seed());
        String title = id.equals("empty") ? "Your own points" : Preset.byId(id).title();
        String description = id.equals("empty") ? "Click to add points of the active class; shift-click for the other."
                : Preset.byId(id).description();
        ModelSpec model = current.model();
        ModelSpec fitted = new ModelSpec(data.featureCount(), model.hiddenLayerSizes(), model.hiddenActivation(),
                model.hasBias());
        loadScenario(current.withDataAndModel(data, fitted).withSeededWeights().withoutTrained()
                .withTitle(title).withDescription(description));
        if (loaded != null) {
            loaded.run();
        }
    }

    void loadScenario(Scenario scenario) {
        transport.pause();
        session.load(scenario);
        plot.fit(scenario.data());
        syncControls();
        render();
        status("Loaded: " + scenario.title() + ".", false);
    }

    /** Puts every control in line with the session (after a load, an undo or a model change). */
    void syncControls() {
        Scenario scenario = session.scenario();
        int position = LearningRateScale.position(scenario.training().learningRate());
        Dom.setValue("learning-rate", Integer.toString(position));
        Dom.setText("learning-rate-value", Numbers.shortest(scenario.training().learningRate()));
        Dom.setValue("threshold", Numbers.fixed(scenario.threshold(), 2));
        Dom.setText("dataset-description", scenario.description());
        modelControls.sync(scenario);
        transport.showPlayState();
    }

    /** Repaints everything from the session. */
    void render() {
        render(false);
    }

    /**
     * Repaints; a frame of play ({@code onlyVisible}) skips the panels scrolled out of view, which
     * {@link #render()} brings up to date when play stops.
     */
    void render(boolean onlyVisible) {
        FrameParts parts = onlyVisible ? animator.parts() : renderParts;
        if (parts == renderParts && parts != null) {
            parts.begin();
        }
        plot.draw(session, animator.isPlaying(), parts);
        chart.draw(session.trainer().history(), session.trainer().firstEpoch());
        mark(parts, "chart");
        readouts.show(session);
        mark(parts, "readouts");
        diagram.draw(session.network());
        mark(parts, "diagram");
        for (Panel panel : panels) {
            String id = panel.elementId();
            if (!onlyVisible || id == null || Dom.isOnScreen(Dom.byId(id))) {
                panel.render(session);
                mark(parts, id == null ? "other panels" : id);
            }
        }
        Dom.setDisabled("undo", !session.canUndo());
        Dom.setDisabled("redo", !session.canRedo());
        if (parts == renderParts && parts != null) {
            parts.end();
            parts.publish();
        }
    }

    private static void mark(FrameParts parts, String part) {
        if (parts != null) {
            parts.mark(part);
        }
    }

    /** Repaints the plot alone (its keyboard cursor moved). */
    void redrawPlot() {
        plot.draw(session, animator.isPlaying(), null);
    }

    /** Repaints after a change that does not touch the weights (the threshold, a point read-out). */
    void renderNumbers() {
        readouts.show(session);
    }

    void status(String message, boolean error) {
        Dom.setText("status", message);
        if (error) {
            Dom.byId("status").getClassList().add("error");
        } else {
            Dom.byId("status").getClassList().remove("error");
        }
    }
}

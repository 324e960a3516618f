package dev.boundary.web;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.math.Numbers;
import dev.boundary.core.session.DataChoice;
import dev.boundary.core.session.LearningRateScale;
import dev.boundary.core.session.ModelNote;
import dev.boundary.core.session.PageOptions;
import dev.boundary.core.session.Session;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioJson;
import dev.boundary.core.view.Viewport;

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
    private final RecentSessions recent = new RecentSessions();
    /** Further panels (files and sharing, the maths panels), each owning its own part of the page. */
    private final java.util.List<Panel> panels = new java.util.ArrayList<>();
    private final LessonPanel lessons = new LessonPanel(this);
    private final PanelsInView panelsInView;
    private double activeClass = 1.0;
    /** Where the time of a full repaint (after a click, a slider) goes, when recording; else null. */
    private FrameParts renderParts;

    Page(Session session) {
        this.session = session;
        this.plot = new PlotView(this);
        this.modelControls = new ModelControls(this);
        // Panels: add one line per panel here.
        panels.add(new DataControls(this));
        panels.add(new SettingsAdvice(this));
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
        panelsInView = new PanelsInView(panels, this::session);
    }

    Session session() {
        return session;
    }

    RecentSessions recent() {
        return recent;
    }

    PlotView plotView() {
        return plot;
    }

    void start(PageOptions options) {
        transport.bind();
        bindData();
        bindSliders();
        modelControls.bind();
        for (Panel panel : panels) {
            panel.bind();
        }
        panelsInView.bind();
        new PageKeys(this, transport).bind();
        if (options.frameTimes()) {
            // Before the first render, so that data-render-parts tells where the start-up's time goes.
            animator.recordFrameTimes();
            renderParts = new FrameParts("data-render-parts");
        }
        // The panels out of view wait until they are scrolled into view (PanelsInView).
        render();
        if (!options.problems().isEmpty()) {
            status("Some options in the address were skipped: " + String.join("; ", options.problems()) + ".", true);
        }
        if (options.speed() >= 0) {
            transport.setSpeed(options.speed());
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
            if (session.data().size() == 0) {
                return;
            }
            session.clearPoints();
            status("All points removed. Ctrl+Z brings them back.", false);
            render();
        });
    }

    private void bindSliders() {
        Dom.on("learning-rate", "input", event -> {
            double rate = LearningRateScale.rate(Integer.parseInt(Dom.value("learning-rate")));
            session.setLearningRate(rate);
            render();
        });
        Dom.on("threshold", "input", event -> {
            session.setThreshold(Double.parseDouble(Dom.value("threshold")));
            render();
        });
        Dom.on("cost-log", "change", event -> {
            chart.setLogScale(Dom.checked("cost-log"));
            chart.draw(session.trainer().history(), session.trainer().firstEpoch(), session.trainer().trainingCount() > 0);
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
        String label = session.undoLabel();
        transport.pause();
        if (session.undo()) {
            fitAfter(label);
            status("Undid: " + label + ".", false);
            render();
        }
    }

    void redo() {
        String label = session.redoLabel();
        transport.pause();
        if (session.redo()) {
            fitAfter(label);
            status("Redid: " + label + ".", false);
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
        if (!DataChoice.isChoice(id)) {
            status(Choice.refused("data set", "dataset"), true);
            render(); // the menu goes back to what the session holds
            return;
        }
        if (id.startsWith("example:")) {
            String name = id.substring("example:".length());
            status("Loading the worked example…", false);
            Fetch.text("examples/" + name + ".json", (text, error) -> {
                if (text == null) {
                    status("The example " + name + " could not be loaded: " + error + ". Nothing was changed.", true);
                    render(); // the menu goes back to what the session holds
                    return;
                }
                try {
                    loadScenario(ScenarioJson.read(text));
                } catch (IllegalArgumentException e) {
                    status("The example " + name + " is not valid: " + e.getMessage() + ". Nothing was changed.", true);
                    render();
                    return;
                }
                if (loaded != null) {
                    loaded.run();
                }
            });
            return;
        }
        if (id.equals(DataChoice.CUSTOM)) {
            render();
            return;
        }
        loadScenario(DataChoice.presetScenario(session.scenario(), id));
        if (loaded != null) {
            loaded.run();
        }
    }

    /**
     * Replaces the session with {@code scenario}, keeping the one it replaces among the recent
     * sessions. Its view is made first, so a scenario the plot cannot show throws here and leaves the
     * session as it was.
     */
    void loadScenario(Scenario scenario) {
        Viewport.forPlot(scenario.data()); // fails before the session is kept aside, if it fails
        recent.remember(session);
        replaceWith(scenario);
        recent.show();
    }

    /** As {@link #loadScenario}, without keeping the session it replaces (the page's first session). */
    void replaceWith(Scenario scenario) {
        Viewport view = Viewport.forPlot(scenario.data());
        transport.pause();
        Scenario before = session.scenario();
        session.load(scenario);
        plot.show(view);
        render();
        String note = ModelNote.between(before, session.scenario());
        status("Loaded: " + scenario.title() + "." + (note.isEmpty() ? "" : " " + note + "."), false);
    }

    /** Puts every control in line with the session: part of every render, so no control keeps a value of its own. */
    private void showControls() {
        Scenario scenario = session.scenario();
        int position = LearningRateScale.position(scenario.training().learningRate());
        Dom.setValue("learning-rate", Integer.toString(position));
        Dom.setText("learning-rate-value", Numbers.significant(scenario.training().learningRate(), 3));
        Dom.setValue("threshold", Numbers.fixed(scenario.threshold(), 2));
        Dom.setText("dataset-description", scenario.description());
        DatasetMenu.show(scenario);
        modelControls.sync(scenario);
        transport.showPlayState();
        SessionAttributes.publish(session);
    }

    /** Repaints everything from the session. */
    void render() {
        render(false);
    }

    /**
     * Repaints; {@code frameOfPlay} says it is a frame of play, whose time goes to the animation's
     * frame figures. Panels scrolled out of view wait until they come into view ({@link PanelsInView}).
     */
    void render(boolean frameOfPlay) {
        FrameParts parts = frameOfPlay && animator.isPlaying() ? animator.parts() : renderParts;
        if (parts == renderParts && parts != null) {
            parts.begin();
        }
        showControls();
        plot.draw(session, animator.isPlaying(), parts);
        chart.draw(session.trainer().history(), session.trainer().firstEpoch(), session.trainer().trainingCount() > 0);
        mark(parts, "chart");
        readouts.show(session);
        mark(parts, "readouts");
        diagram.draw(session.network());
        mark(parts, "diagram");
        panelsInView.render(session, parts);
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

    /** After undoing or redoing a change of the whole data set, the view fits the points that came back. */
    private void fitAfter(String label) {
        if (label.startsWith("load") || label.startsWith("redraw") || label.startsWith("new sample")
                || label.startsWith("import")
                || label.startsWith("clear")) {
            fitPlot();
        }
    }

    /** Fits the plot's view to the session's points (after they were drawn again). */
    void fitPlot() {
        plot.fit(session.data());
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

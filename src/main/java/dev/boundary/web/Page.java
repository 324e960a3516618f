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

import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;

/**
 * The page's controller: owns the {@link Session} and the widgets, turns each control's event into
 * one call on the session, and repaints. Every visible effect happens synchronously in the event
 * handler; the animation loop only repeats Step.
 */
final class Page {
    private final Session session;
    private final PlotView plot;
    private final CostChart chart = new CostChart();
    private final Readouts readouts = new Readouts();
    private final NetworkDiagram diagram = new NetworkDiagram();
    private final ModelControls modelControls;
    private final Animator animator = new Animator(this);
    private final StepThroughPanel stepThrough;
    /** Further panels (files and sharing, the maths panels), each owning its own part of the page. */
    private final java.util.List<Panel> panels = new java.util.ArrayList<>();
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
        bindTransport();
        bindData();
        bindSliders();
        modelControls.bind();
        for (Panel panel : panels) {
            panel.bind();
        }
        bindKeys();
        syncControls();
        render();
        if (!options.problems().isEmpty()) {
            status("Some options in the address were skipped: " + String.join("; ", options.problems()) + ".", true);
        }
        if (options.dataset() != null) {
            Dom.setValue("dataset", options.dataset());
        }
        if (options.speed() >= 0) {
            animator.setEpochsPerFrame(options.speed());
            Dom.setValue("speed", Integer.toString(options.speed()));
        }
        if (options.frameTimes()) {
            animator.recordFrameTimes();
            renderParts = new FrameParts("data-render-parts");
        }
        Dom.document().getDocumentElement().setAttribute("data-ready", "true");
        if (options.play()) {
            togglePlay();
        }
    }

    private void bindTransport() {
        Dom.on("play", "click", event -> togglePlay());
        Dom.on("step", "click", event -> {
            animator.pause();
            trainOneEpoch();
            render();
        });
        Dom.on("speed", "change", event -> animator.setEpochsPerFrame(Integer.parseInt(Dom.value("speed"))));
        Dom.on("reset", "click", event -> {
            session.resetWeights();
            status("Weights are back at their initial values; epoch 0.", false);
            render();
        });
    }

    private void bindData() {
        Dom.on("dataset", "change", event -> chooseDataset(Dom.value("dataset")));
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

    private void bindKeys() {
        Dom.document().addEventListener("keydown", (Event event) -> onKey((KeyboardEvent) event));
    }

    private void onKey(KeyboardEvent event) {
        if (Dom.targetIsField(event)) {
            return;
        }
        String key = Dom.key(event);
        boolean command = event.isCtrlKey() || event.isMetaKey();
        if (command && (key.equals("z") || key.equals("Z"))) {
            if (event.isShiftKey()) {
                redo();
            } else {
                undo();
            }
            Dom.preventDefault(event);
        } else if (command && (key.equals("y") || key.equals("Y"))) {
            redo();
            Dom.preventDefault(event);
        } else if (command) {
            return;
        } else if (key.equals(" ") && !Dom.targetIsButton(event)) {
            togglePlay();
            Dom.preventDefault(event);
        } else if (key.equals("1")) {
            setActiveClass(1.0);
        } else if (key.equals("2")) {
            setActiveClass(0.0);
        } else if (key.equals("s")) {
            trainOneEpoch();
            render();
        }
    }

    private void togglePlay() {
        if (animator.isPlaying()) {
            animator.pause();
            render(); // brings the panels skipped while playing up to date
        } else if (session.trainer().hasDiverged()) {
            status(capitalized(session.trainer().divergence()) + ". Reset the weights to start again.", true);
        } else {
            status("", false);
            animator.play();
        }
        showPlayState();
    }

    private void showPlayState() {
        boolean playing = animator.isPlaying();
        Dom.setText("play", playing ? "Pause" : "Play");
        Dom.byId("play").setAttribute("aria-pressed", playing ? "true" : "false");
    }

    /** One epoch, as Step does; on a stop, pauses and says why. */
    boolean trainOneEpoch() {
        if (!canTrain()) {
            return false;
        }
        boolean trained = session.trainEpoch();
        if (!trained) {
            stopped();
        } else {
            epochDone();
        }
        return trained;
    }

    /**
     * Up to {@code maxUpdates} updates for a frame of play, going on with the epoch under way; returns
     * the epochs completed, or -1 when training stopped (and the page says why). One update at a time,
     * so the panels hear of every epoch that ends ({@link Panel#afterEpoch}), even when one call trains
     * several full-batch epochs.
     */
    int trainUpdates(int maxUpdates) {
        if (!canTrain()) {
            return -1;
        }
        int completed = 0;
        for (int update = 0; update < maxUpdates; update++) {
            int ended = session.trainUpdates(1);
            if (session.trainer().hasDiverged()) {
                stopped();
                return -1;
            }
            if (ended > 0) {
                completed += ended;
                epochDone();
            }
        }
        return completed;
    }

    private void epochDone() {
        for (Panel panel : panels) {
            panel.afterEpoch(session);
        }
    }

    private boolean canTrain() {
        if (session.trainer().trainingCount() > 0) {
            return true;
        }
        animator.pause();
        showPlayState();
        status(session.data().size() == 0
                ? "There are no points to train on: click the plot to add some, or pick a data set."
                : "Every point is held out for testing: lower the test set share to train.", true);
        return false;
    }

    private void stopped() {
        animator.pause();
        showPlayState();
        status(capitalized(session.trainer().divergence()) + ".", true);
        render();
    }

    private void undo() {
        if (session.undo()) {
            syncControls();
            render();
        }
    }

    private void redo() {
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

    /** After the point at {@code index} was removed: the step-through stays on the point it follows. */
    void pointRemoved(int index) {
        stepThrough.pointRemoved(index);
    }

    private void chooseDataset(String id) {
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
    }

    void loadScenario(Scenario scenario) {
        animator.pause();
        showPlayState();
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
        showPlayState();
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

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

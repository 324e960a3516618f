package dev.boundary.web;

import dev.boundary.core.math.Numbers;
import dev.boundary.core.session.LearningRateScale;
import dev.boundary.core.session.PageOptions;
import dev.boundary.core.session.Session;
import dev.boundary.core.state.Scenario;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The page's wiring: owns the {@link Session}, creates each part of the page and hands it what it
 * needs (this page as the {@link Workbench}: the session, a repaint and the status line; the plot, the
 * play loop or the scenario loader where it needs them), and repaints them all from the session. Every
 * visible effect happens synchronously in the event handler; the animation loop only repeats Step.
 * Play, Step and the training they start belong to {@link Transport}, loading a scenario to
 * {@link ScenarioLoader}, the keyboard shortcuts to {@link PageKeys}.
 */
final class Page implements Workbench {
    private final Session session;
    private final CostChart chart = new CostChart();
    private final Readouts readouts = new Readouts();
    private final NetworkDiagram diagram = new NetworkDiagram();
    private final RecentSessions recent = new RecentSessions();
    private final ClassPicker classes = new ClassPicker();
    private final Transport transport;
    private final Animator animator;
    private final StepThroughPanel stepThrough;
    private final PlotView plot;
    private final DatasetChooser datasets;
    private final UndoRedo history;
    private final ModelControls modelControls;
    /** Further panels (files and sharing, the maths panels), each owning its own part of the page. */
    private final java.util.List<Panel> panels = new java.util.ArrayList<>();
    /** Repaints the panels in view and the others as they come into view. */
    private final PanelsInView panelsInView;
    private final LessonPanel lessons;
    /** Where the time of a full repaint (after a click, a slider) goes, when recording; else null. */
    private FrameParts renderParts;
    /** How long a point added or removed by hand takes, when recording; else null. */
    private EditTimes editTimes;

    Page(Session session) {
        this.session = session;
        this.transport = new Transport(this, this::epochDone, () -> render(true));
        this.animator = transport.animator();
        this.stepThrough = new StepThroughPanel(this);
        this.plot = new PlotView(this, classes, stepThrough, this::redrawPlot);
        ScenarioLoader loader = new ScenarioLoader(this, recent, transport, plot);
        this.datasets = new DatasetChooser(this, loader);
        this.history = new UndoRedo(this, transport, plot);
        this.modelControls = new ModelControls(this);
        this.lessons = new LessonPanel(this, datasets, transport);
        // Panels: add one line per panel here, giving it what it uses.
        panels.add(new DataControls(this, plot));
        panels.add(new SettingsAdvice(this, loader));
        panels.add(new FilesPanel(this, recent, loader));
        panels.add(new PythonExport(this));
        panels.add(lessons);
        panels.add(new LossSurfacePanel(this));
        panels.add(new ComparePanel(this));
        panels.add(stepThrough);
        panels.add(new RocPanel());
        panels.add(diagram.interactive(this));
        panels.add(new UnitFieldsPanel(plot));
        panelsInView = new PanelsInView(panels, session);
    }

    @Override
    public Session session() {
        return session;
    }

    void start(PageOptions options) {
        transport.bind();
        datasets.bind();
        classes.bind();
        history.bind();
        bindSliders();
        modelControls.bind();
        for (Panel panel : panels) {
            panel.bind();
        }
        panelsInView.bind();
        new PageKeys(history, classes, transport).bind();
        if (options.frameTimes()) {
            // Before the first render, so that data-render-parts tells where the start-up's time goes.
            animator.recordFrameTimes();
            renderParts = new FrameParts("data-render-parts");
            editTimes = new EditTimes();
        }
        // The panels out of view wait until they are scrolled into view (PanelsInView). A page opened to
        // play at once is first drawn by its first frame of play, already trained: drawing it untrained
        // first would delay that frame by a whole repaint.
        if (!(options.play() && transport.canPlay())) {
            render();
        }
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

    /** Tells the panels that an epoch ended, for those that record every one. */
    private void epochDone() {
        for (Panel panel : panels) {
            panel.afterEpoch(session);
        }
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
    @Override
    public void render() {
        render(false);
    }

    /**
     * Repaints; {@code frameOfPlay} says it is a frame of play, whose time goes to the animation's
     * frame figures. Panels scrolled out of view wait until they come into view ({@link PanelsInView}).
     */
    private void render(boolean frameOfPlay) {
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
        panelsInView.render(parts);
        history.show(session);
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

    /** A point was added or removed by hand from {@code start} ({@link Dom#now()}) and drawn: timed when recording. */
    @Override
    public void pointEdited(double start) {
        if (editTimes != null) {
            editTimes.record(start);
        }
    }

    /** Repaints the plot alone (its keyboard cursor moved). */
    private void redrawPlot() {
        plot.draw(session, animator.isPlaying(), null);
    }

    @Override
    public void status(String message, boolean error) {
        // Written afresh even when unchanged, unlike the readouts: a screen reader then announces a
        // message repeated by a second click.
        HTMLElement status = Dom.byId("status");
        status.setTextContent(message);
        Dom.setClassOf(status, "error", error);
    }
}

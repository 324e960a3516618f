package dev.boundary.web;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.explain.BatchGradient;
import dev.boundary.core.explain.ChosenPoint;
import dev.boundary.core.explain.BatchSheet;
import dev.boundary.core.explain.Figures;
import dev.boundary.core.explain.PointSheet;
import dev.boundary.core.explain.PointTrace;
import dev.boundary.core.explain.Sheet;
import dev.boundary.core.nn.InputFeatures;
import dev.boundary.core.session.Session;
import dev.boundary.core.train.TrainingSettings;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The step-through on {@code #step-through-panel}: one chosen point's forward and backward pass node by
 * node, or the whole batch's averaged gradient, each with the gradient-descent step, recomputed from
 * the current weights at every repaint. The numbers come from {@link PointSheet} and
 * {@link BatchSheet}; this class only puts them on the page.
 */
final class StepThroughPanel implements Panel {
    /** Rows of the batch's table of examples; the sums still run over every point. */
    private static final int MAX_EXAMPLE_ROWS = 8;

    private final Workbench bench;
    private final PointTrace trace = new PointTrace();
    private final BatchGradient batch = new BatchGradient();
    private double[] features = new double[2];
    private double[] inputValues = new double[2];
    private boolean batchMode;
    /** The traced point, kept on the same point when an earlier one is removed. */
    private final ChosenPoint chosen = new ChosenPoint();
    /**
     * Whether the learner has chosen to follow a point (the picker, Alt-click, T): the plot marks the
     * point only from then on, so the first screen shows no mark the learner did not ask for.
     */
    private boolean following;
    /** The traced point's index, from 0, as last rendered. */
    private int point;
    /** The elements holding the shown sheet's texts, in {@link #texts} order, and those texts. */
    private final List<HTMLElement> slots = new ArrayList<>();
    private List<String> shownTexts = new ArrayList<>();
    private String shownShape = "";

    StepThroughPanel(Workbench bench) {
        this.bench = bench;
    }

    @Override
    public void bind() {
        Dom.on("trace-mode-point", "click", event -> setMode(false));
        Dom.on("trace-mode-batch", "click", event -> setMode(true));
        Dom.on("trace-prev", "click", event -> choose(chosen.index(bench.session().data()) - 1));
        Dom.on("trace-next", "click", event -> choose(chosen.index(bench.session().data()) + 1));
        Dom.on("trace-point", "input", event -> {
            int typed = parsePoint(Dom.value("trace-point"));
            if (typed >= 1 && typed <= bench.session().data().size()) {
                choose(typed - 1);
            }
        });
        // On leaving the field, show the point actually traced (a number out of range is not taken).
        Dom.on("trace-point", "change", event -> Dom.setValue("trace-point", Integer.toString(point + 1)));
    }

    private static int parsePoint(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void setMode(boolean batch) {
        batchMode = batch;
        following |= !batch;
        bench.render(); // the plot marks the traced point only in the one-point mode
    }

    /** Follows point {@code index} (from the plot), in the one-point mode. */
    void follow(int index) {
        batchMode = false;
        choose(index);
        // The number box shows the new point even when it had the focus.
        Dom.setValue("trace-point", Integer.toString(Math.max(0, chosen.index(bench.session().data())) + 1));
    }

    private void choose(int index) {
        following = true;
        if (bench.session().data().size() > 0) {
            chosen.choose(index, bench.session().data());
        }
        bench.render(); // the plot's marker follows the choice
    }

    /**
     * The index of the traced point among the current points, −1 when there are none, in batch mode,
     * or before the learner chose to follow a point.
     */
    int tracedPoint() {
        return batchMode || !following ? -1 : chosen.index(bench.session().data());
    }

    /** After the point at {@code index} was removed, so the trace stays on the same point. */
    void pointRemoved(int index) {
        chosen.removed(index);
    }

    @Override
    public void render(Session session) {
        DataSet data = session.data();
        int m = data.size();
        point = Math.max(0, chosen.index(data));
        Dom.byId("trace-mode-point").setAttribute("aria-pressed", batchMode ? "false" : "true");
        Dom.byId("trace-mode-batch").setAttribute("aria-pressed", batchMode ? "true" : "false");
        Dom.setHidden("trace-picker", batchMode);
        Dom.setHidden("trace-picker-hint", batchMode);
        Dom.setHidden("trace-explain-point", batchMode);
        Dom.setHidden("trace-explain-batch", !batchMode);
        HTMLElement input = Dom.byId("trace-point");
        input.setAttribute("max", Integer.toString(Math.max(1, m)));
        if (!Dom.isFocused(input)) {
            Dom.setValue("trace-point", Integer.toString(point + 1));
        }
        Dom.setDisabled("trace-prev", m == 0 || point == 0);
        Dom.setDisabled("trace-next", m == 0 || point >= m - 1);
        TrainingSettings settings = session.scenario().training();
        Sheet sheet;
        if (batchMode) {
            DataSet training = session.trainingData();
            batch.compute(session.network(), training, settings);
            sheet = BatchSheet.of(batch, training, settings, MAX_EXAMPLE_ROWS);
            Dom.setText("trace-explain-m", Integer.toString(training.size()));
            Dom.setText("trace-explain-before", Figures.value(batch.cost()));
            Dom.setText("trace-explain-after", Figures.value(batch.costAfterStep()));
        } else if (m == 0) {
            Dom.setText("trace-point-text", "of 0: there are no points yet");
            sheet = new Sheet().note(Sheet.Section.NOTE, "Add points on the plot or pick a data set, then choose one here.");
        } else {
            if (features.length != data.featureCount()) {
                features = new double[data.featureCount()];
            }
            for (int j = 0; j < features.length; j++) {
                features[j] = data.feature(point, j);
            }
            double label = data.label(point);
            Dom.setText("trace-point-text", "of " + m + ": " + Figures.point(features, features.length) + ", class "
                    + (label == 1.0 ? "1 ●" : "0 ▲"));
            // The network is given the point's input features (x₁², sin x₁ …), not always its coordinates.
            InputFeatures inputs = session.network().spec().features();
            if (inputValues.length != inputs.count()) {
                inputValues = new double[inputs.count()];
            }
            inputs.map(features[0], features.length == 2 ? features[1] : 0.0, inputValues, 0);
            trace.compute(session.network(), inputValues, label, settings.loss(), settings.learningRate());
            sheet = PointSheet.of(trace, session.network().spec().hasBias());
            Dom.setText("trace-explain-loss", Figures.value(trace.loss()));
            Dom.setText("trace-explain-dz", Figures.value(trace.outputDelta()));
            Dom.setText("trace-explain-alpha", Figures.brief(settings.learningRate()));
        }
        show(sheet, Dom.byId("trace-body"));
    }

    /**
     * Shows the sheet in the container. When the sheet has the same shape as the one shown (the usual
     * case while training), only the texts that changed are rewritten, in place; otherwise the contents
     * are rebuilt: a heading per section, then its lines and tables.
     */
    private void show(Sheet sheet, HTMLElement container) {
        List<String> texts = texts(sheet);
        String shape = shape(sheet);
        if (shape.equals(shownShape) && texts.size() == slots.size()) {
            for (int i = 0; i < texts.size(); i++) {
                if (!texts.get(i).equals(shownTexts.get(i))) {
                    slots.get(i).setTextContent(texts.get(i));
                }
            }
            shownTexts = texts;
            return;
        }
        while (container.getFirstChild() != null) {
            container.removeChild(container.getFirstChild());
        }
        slots.clear();
        Sheet.Section section = null;
        for (int b = 0; b < sheet.size(); b++) {
            Sheet.Block block = sheet.block(b);
            if (block.section() != section) {
                section = block.section();
                if (section != Sheet.Section.NOTE) {
                    container.appendChild(slot("h3", "trace-section " + css(section), title(section)));
                }
            }
            if (block.isTable()) {
                container.appendChild(table(block));
            } else if (block.value() == null) {
                container.appendChild(slot("p", "trace-note", block.text()));
            } else {
                HTMLElement line = Dom.element("p", "trace-line " + css(section), null);
                line.appendChild(slot("span", "formula", block.text() + " "));
                HTMLElement value = slot("output", "value", block.value());
                value.setAttribute("id", block.id());
                line.appendChild(value);
                container.appendChild(line);
            }
        }
        shownShape = shape;
        shownTexts = texts;
    }

    /** Every text of the sheet, in the order {@link #show} creates the elements that hold them. */
    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        Sheet.Section section = null;
        for (int b = 0; b < sheet.size(); b++) {
            Sheet.Block block = sheet.block(b);
            if (block.section() != section) {
                section = block.section();
                if (section != Sheet.Section.NOTE) {
                    texts.add(title(section));
                }
            }
            if (block.isTable()) {
                texts.add(block.caption());
                for (String name : block.header()) {
                    texts.add(name);
                }
                for (int r = 0; r < block.rowCount(); r++) {
                    for (int c = 0; c < block.columnCount(); c++) {
                        texts.add(block.cell(r, c));
                    }
                }
            } else if (block.value() == null) {
                texts.add(block.text());
            } else {
                texts.add(block.text() + " ");
                texts.add(block.value());
            }
        }
        return texts;
    }

    /** What decides the elements: kinds, sections, ids and table sizes, not the numbers. */
    private static String shape(Sheet sheet) {
        StringBuilder shape = new StringBuilder();
        for (int b = 0; b < sheet.size(); b++) {
            Sheet.Block block = sheet.block(b);
            shape.append(block.section().ordinal()).append(block.isTable() ? 't' : block.value() == null ? 'n' : 'l');
            if (block.isTable()) {
                shape.append(block.rowCount()).append('x').append(block.columnCount());
                for (int r = 0; r < block.rowCount(); r++) {
                    for (int c = 0; c < block.columnCount(); c++) {
                        shape.append(',').append(block.cellId(r, c));
                    }
                }
            } else {
                shape.append(block.id());
            }
            shape.append(';');
        }
        return shape.toString();
    }

    private HTMLElement table(Sheet.Block block) {
        HTMLElement wrap = Dom.element("div", "trace-table-wrap", null);
        HTMLElement table = Dom.element("table", "trace-table " + css(block.section()), null);
        table.appendChild(slot("caption", null, block.caption()));
        HTMLElement head = Dom.element("thead", null, null);
        HTMLElement headRow = Dom.element("tr", null, null);
        String[] header = block.header();
        for (String name : header) {
            HTMLElement th = slot("th", null, name);
            th.setAttribute("scope", "col");
            headRow.appendChild(th);
        }
        head.appendChild(headRow);
        table.appendChild(head);
        HTMLElement body = Dom.element("tbody", null, null);
        for (int r = 0; r < block.rowCount(); r++) {
            HTMLElement row = Dom.element("tr", null, null);
            for (int c = 0; c < header.length; c++) {
                HTMLElement cell = slot(c == 0 ? "th" : "td", null, block.cell(r, c));
                if (c == 0) {
                    cell.setAttribute("scope", "row");
                }
                if (block.cellId(r, c) != null) {
                    cell.setAttribute("id", block.cellId(r, c));
                }
                row.appendChild(cell);
            }
            body.appendChild(row);
        }
        table.appendChild(body);
        wrap.appendChild(table);
        return wrap;
    }

    /** An element holding one of the sheet's texts, remembered for in-place updates. */
    private HTMLElement slot(String tag, String className, String text) {
        HTMLElement element = Dom.element(tag, className, text);
        slots.add(element);
        return element;
    }

    private static String title(Sheet.Section section) {
        switch (section) {
            case FORWARD:
                return "Forward";
            case BACKWARD:
                return "Backward (chain rule)";
            default:
                return "Step";
        }
    }

    private static String css(Sheet.Section section) {
        switch (section) {
            case FORWARD:
                return "forward";
            case BACKWARD:
                return "backward";
            case STEP:
                return "step";
            default:
                return "note";
        }
    }

    @Override
    public String elementId() {
        return "step-through-panel";
    }
}

package dev.boundary.web;

import dev.boundary.core.compare.Comparison;
import dev.boundary.core.compare.ComparisonKind;
import dev.boundary.core.compare.ComparisonText;
import dev.boundary.core.math.Numbers;
import dev.boundary.core.session.Session;
import dev.boundary.core.train.Trainer;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The side-by-side panel ({@code #compare-panel}): pick a comparison, press Run, and the runs train
 * from one start; their costs are overlaid on one chart, summed up in a table (ids
 * {@code compare-name-i}, {@code compare-start-i}, {@code compare-final-i}, {@code compare-accuracy-i},
 * {@code compare-epochs-i}) and explained in words ({@code compare-explanation}).
 *
 * <p>The total work is bounded by {@link Comparison#DEFAULT_WORK_BUDGET}. The click trains for a first
 * slice of time synchronously (the small AND comparisons of “Nothing but NumPy” finish within it), and a bigger
 * comparison goes on in short slices from timers, redrawing its curves as they grow, so the page stays
 * responsive; while it runs the explanation says "Training the runs…". A new Run, or another choice of
 * comparison, abandons a run in progress.
 */
final class ComparePanel implements Panel {
    /** Training time of the click itself, and of each later slice (milliseconds). */
    private static final double FIRST_SLICE_MS = 60;
    private static final double SLICE_MS = 20;

    private final Workbench bench;
    private OverlayChart chart;
    private Comparison comparison;
    /** Counts runs, so the slices of an abandoned run stop. */
    private int generation;
    /** The kind whose explanation shows, to go back to when the select is given a value it lacks. */
    private ComparisonKind shownKind = ComparisonKind.values()[0];

    ComparePanel(Workbench bench) {
        this.bench = bench;
    }

    @Override
    public void bind() {
        chart = new OverlayChart((HTMLCanvasElement) Dom.byId("compare-chart"));
        chart.setLogScale(Dom.checked("compare-log"));
        Dom.on("compare-run", "click", event -> run());
        Dom.on("compare-kind", "change", event -> {
            if (knownKind() == null) {
                bench.status(Choice.refused("comparison", "compare-kind"), true);
                Dom.setValue("compare-kind", shownKind.id());
                return;
            }
            generation++;
            comparison = null;
            showKind();
            clearResults();
            chart.draw(null);
        });
        Dom.on("compare-log", "change", event -> {
            chart.setLogScale(Dom.checked("compare-log"));
            chart.draw(comparison);
        });
        showKind();
        chart.draw(null);
    }

    @Override
    public void render(Session session) {
        // The runs are a snapshot taken on Run; only a resize needs a redraw.
        if (chart.resized()) {
            chart.draw(comparison);
        }
    }

    /** The kind chosen, or null when the select holds none of them. */
    private static ComparisonKind knownKind() {
        for (ComparisonKind kind : ComparisonKind.values()) {
            if (kind.id().equals(Dom.value("compare-kind"))) {
                return kind;
            }
        }
        return null;
    }

    private ComparisonKind kind() {
        ComparisonKind kind = knownKind();
        return kind == null ? shownKind : kind;
    }

    private void showKind() {
        ComparisonKind kind = kind();
        shownKind = kind;
        HTMLElement link = Dom.byId("compare-source");
        link.setAttribute("href", ComparisonText.sourceLink(kind));
        link.setTextContent(ComparisonText.sourceTopic(kind));
        Dom.setText("compare-setup", kind.usesArticleStart()
                ? "Starts from Rafay Khan's AND neuron at W = [−10, 60], b = 0, whatever is on the plot."
                : "Starts from the current scenario's initial weights, with its data, model and settings.");
        Dom.setText("compare-explanation", "Press Run comparison.");
    }

    private void run() {
        generation++;
        ComparisonKind kind = kind();
        clearResults();
        try {
            int epochs = Choice.whole("compare-epochs", 1, 100_000);
            if (epochs == Choice.NONE) {
                bench.status(Choice.refused("comparison's epochs", "compare-epochs"), true);
                Dom.setValue("compare-epochs", "5000");
                return;
            }
            comparison = Comparison.of(kind, bench.session().scenario(), epochs, Comparison.DEFAULT_WORK_BUDGET);
        } catch (IllegalArgumentException e) {
            comparison = null;
            chart.draw(null);
            Dom.setText("compare-explanation", "This comparison cannot run here: " + e.getMessage() + ".");
            return;
        }
        if (comparison.start().data().size() == 0) {
            comparison = null;
            chart.draw(null);
            Dom.setText("compare-explanation", "There are no points to train on: add some, or pick a data set.");
            return;
        }
        Dom.setText("compare-setup", ComparisonText.setup(comparison));
        train(generation, FIRST_SLICE_MS);
    }

    /** Trains run {@code id} for about {@code sliceMs}, draws, and comes back later until it is done. */
    private void train(int id, double sliceMs) {
        if (id != generation || comparison == null) {
            return; // abandoned
        }
        double start = Dom.now();
        boolean done = comparison.advance(1);
        while (!done && Dom.now() - start < sliceMs) {
            done = comparison.advance(1);
        }
        chart.draw(comparison);
        if (done) {
            showResults();
            Dom.setText("compare-explanation", ComparisonText.explain(comparison));
            return;
        }
        Dom.setText("compare-explanation", "Training the runs… " + Numbers.fixed(100 * comparison.progress(), 0)
                + " % of " + comparison.epochs() + " epochs each.");
        Window.setTimeout(() -> train(id, SLICE_MS), 0);
    }

    private void clearResults() {
        Dom.byId("compare-rows").setTextContent("");
    }

    private void showResults() {
        HTMLElement rows = Dom.byId("compare-rows");
        rows.setTextContent("");
        for (int i = 0; i < comparison.size(); i++) {
            Trainer trainer = comparison.trainer(i);
            HTMLElement row = Dom.document().createElement("tr");
            HTMLElement name = cell(row, "th", "compare-name-" + i, comparison.contender(i).name());
            name.setAttribute("scope", "row");
            HTMLElement swatch = Dom.document().createElement("span");
            swatch.setAttribute("class", "swatch swatch-" + i);
            swatch.setAttribute("aria-hidden", "true");
            name.insertBefore(swatch, name.getFirstChild());
            cell(row, "td", "compare-start-" + i, Numbers.compact(comparison.history(i).cost(0), 6));
            cell(row, "td", "compare-final-" + i, Numbers.compact(comparison.finalCost(i), 6));
            double accuracy = comparison.finalAccuracy(i);
            cell(row, "td", "compare-accuracy-" + i,
                    Double.isNaN(accuracy) ? "—" : Numbers.fixed(100 * accuracy, 1) + " %");
            cell(row, "td", "compare-epochs-" + i, trainer.hasDiverged()
                    ? "stopped at " + trainer.epoch() : Integer.toString(trainer.epoch()));
            rows.appendChild(row);
        }
    }

    private static HTMLElement cell(HTMLElement row, String tag, String id, String text) {
        HTMLElement cell = Dom.document().createElement(tag);
        cell.setAttribute("id", id);
        cell.setTextContent(text);
        row.appendChild(cell);
        return cell;
    }

    @Override
    public String elementId() {
        return "compare-panel";
    }
}

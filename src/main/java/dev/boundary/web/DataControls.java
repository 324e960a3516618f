package dev.boundary.web;

import dev.boundary.core.data.DataOrigin;
import dev.boundary.core.data.Preset;
import dev.boundary.core.math.Numbers;
import dev.boundary.core.session.Session;

/**
 * The data panel's controls: points per class and noise of a generated data set (shown only while
 * the points are still those drawn), the share of points held out as a test set, New sample, Clear,
 * and the plot's show-test and discretise boxes. Size and noise draw the points again when the slider
 * is let go (undoable, the weights kept); the test share moves points between the sets as the slider
 * moves.
 */
final class DataControls implements Panel {
    private final Workbench bench;
    private final PlotView plot;

    DataControls(Workbench bench, PlotView plot) {
        this.bench = bench;
        this.plot = plot;
    }

    @Override
    public void bind() {
        Dom.on("data-size", "input", event -> Dom.setText("data-size-value", Dom.value("data-size")));
        Dom.on("data-size", "change", event -> redraw(origin().withCountPerClass(Integer.parseInt(Dom.value("data-size")))));
        Dom.on("data-noise", "input", event -> Dom.setText("data-noise-value", noiseText(sliderNoise())));
        Dom.on("data-noise", "change", event -> redraw(origin().withNoise(sliderNoise())));
        Dom.on("regenerate", "click", event -> {
            if (origin() == null) {
                bench.status("These points were not drawn from a data set, so there is no new sample to draw.", true);
                return;
            }
            long seed = session().regenerate();
            plot.fit(session().data());
            bench.status("A new sample of " + origin().preset().title() + " (data seed " + seed
                    + "); the weights are kept. Ctrl+Z brings the earlier points back.", false);
            bench.render();
        });
        Dom.on("clear", "click", event -> {
            if (session().data().size() == 0) {
                return;
            }
            session().clearPoints();
            bench.status("All points removed. Ctrl+Z brings them back.", false);
            bench.render();
        });
        Dom.on("show-test", "change", event -> {
            plot.setShowTest(Dom.checked("show-test"));
            bench.render();
        });
        Dom.on("discretize", "change", event -> {
            plot.setDiscrete(Dom.checked("discretize"));
            bench.render();
        });
        Dom.on("test-fraction", "input", event -> {
            session().setTestFraction(Integer.parseInt(Dom.value("test-fraction")) / 100.0);
            bench.render();
        });
    }

    private Session session() {
        return bench.session();
    }

    private DataOrigin origin() {
        return session().data().origin();
    }

    private double sliderNoise() {
        return origin().preset().noiseAt(Integer.parseInt(Dom.value("data-noise")));
    }

    private void redraw(DataOrigin next) {
        session().redraw(next);
        plot.fit(session().data()); // more points or more noise reach further: the view grows to show them all
        bench.status("Drew " + next.size() + " points of " + next.preset().title() + " with noise "
                + noiseText(next.noise()) + ". Ctrl+Z brings the earlier points back.", false);
        bench.render();
    }

    private static String noiseText(double noise) {
        return Numbers.shortest(noise);
    }

    @Override
    public void render(Session session) {
        DataOrigin origin = session.data().origin();
        Dom.setHidden("generated", origin == null);
        if (origin != null) {
            Preset preset = origin.preset();
            Dom.setValue("data-size", Integer.toString(origin.countPerClass()));
            Dom.setText("data-size-value", Integer.toString(origin.countPerClass()));
            Dom.setValue("data-noise", Integer.toString(preset.noisePosition(origin.noise())));
            Dom.setText("data-noise-value", noiseText(origin.noise()));
            Dom.setText("data-noise-unit", preset == Preset.BLOBS ? "standard deviation of each blob"
                    : preset == Preset.SINE || preset == Preset.CUBIC || preset == Preset.ABS
                    ? "standard deviation of each point's vertical shift" : "standard deviation of the jitter");
        }
        double fraction = session.scenario().training().testFraction();
        Dom.setValue("test-fraction", Long.toString(Math.round(100 * fraction)));
        Dom.setText("test-fraction-value", fraction == 0 ? "none" : Numbers.shortest(100 * fraction) + "%");
    }
}

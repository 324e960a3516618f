package dev.boundary.web;

import dev.boundary.core.explain.Figures;
import dev.boundary.core.math.Numbers;
import dev.boundary.core.metrics.ConfusionMatrix;
import dev.boundary.core.nn.DenseLayer;
import dev.boundary.core.nn.Elementary;
import dev.boundary.core.nn.InputFeatures;
import dev.boundary.core.nn.Network;
import dev.boundary.core.session.Session;
import dev.boundary.core.train.Trainer;

/** The numbers of the page: epoch, cost, accuracy, precision, recall, F1, confusion matrix, weights. */
final class Readouts {
    private static final String UNDEFINED = "—";

    void show(Session session) {
        Trainer trainer = session.trainer();
        Dom.setText("epoch", Integer.toString(trainer.epoch()));
        int positives = session.data().positives();
        int negatives = session.data().size() - positives;
        boolean split = trainer.testCount() > 0;
        Dom.setText("points", session.data().size() + (session.data().size() == 1 ? " point: " : " points: ")
                + positives + " of class 1 ●, " + negatives + " of class 0 ▲"
                + (split ? "; " + trainer.testCount() + " held out for testing ○ △" : ""));
        Dom.setText("cost", cost(trainer.cost(), trainer.trainingCount() > 0));
        Dom.setText("cost-name", split ? "training cost" : "cost");
        Dom.setText("accuracy-name", split ? "training accuracy" : "accuracy");
        Dom.setHidden("test-cost-figure", !split);
        Dom.setHidden("test-accuracy-figure", !split);
        if (split) {
            Dom.setText("test-cost", cost(trainer.testCost(), true));
            Dom.setText("test-accuracy", percent(trainer.testAccuracy()));
        }
        ConfusionMatrix confusion = session.confusion();
        boolean empty = session.data().size() == 0;
        Dom.setText("accuracy", empty ? UNDEFINED : percent(confusion.accuracy()));
        Dom.setText("precision", confusion.precisionDefined() ? Numbers.fixed(confusion.precision(), 3) : UNDEFINED);
        Dom.setText("recall", confusion.recallDefined() ? Numbers.fixed(confusion.recall(), 3) : UNDEFINED);
        Dom.setText("f1", confusion.f1Defined() ? Numbers.fixed(confusion.f1(), 3) : UNDEFINED);
        Dom.setText("tp", "TP " + confusion.truePositives());
        Dom.setText("fn", "FN " + confusion.falseNegatives());
        Dom.setText("fp", "FP " + confusion.falsePositives());
        Dom.setText("tn", "TN " + confusion.trueNegatives());
        Dom.setText("threshold-value", Numbers.fixed(session.threshold(), 2));
        showWeights(session.network(), session.threshold());
    }

    /** A cost as the page shows it: six decimals, "—" when there are no points to take it over. */
    /** A cost to six decimals; "—" when there are no points to have one ({@code defined} false). */
    static String cost(double value, boolean defined) {
        return defined ? Numbers.fixed(value, 6) : UNDEFINED;
    }

    private static String percent(double fraction) {
        return Numbers.fixed(100 * fraction, 1) + "%";
    }

    private static void showWeights(Network network, double threshold) {
        StringBuilder text = new StringBuilder();
        if (network.layerCount() == 1) {
            DenseLayer layer = network.layer(0);
            InputFeatures features = network.spec().features();
            for (int i = 0; i < layer.inputs(); i++) {
                text.append("w").append(subscript(i + 1));
                if (!features.isRaw()) {
                    text.append(" (").append(features.label(i)).append(')');
                }
                text.append(" = ").append(Numbers.fixed(layer.weight(0, i), 6)).append("   ");
            }
            text.append("b = ").append(Numbers.fixed(layer.biases()[0], 6)).append('\n');
            text.append("boundary: ");
            for (int i = 0; i < layer.inputs(); i++) {
                appendTerm(text, layer.weight(0, i), i == 0);
                text.append('·').append(Figures.inputName(features, i));
            }
            appendTerm(text, layer.biases()[0], false);
            text.append(" = logit(")
                    .append(Numbers.fixed(threshold, 2)).append(") = ")
                    .append(Numbers.fixed(Elementary.logit(threshold), 3));
        } else {
            for (int l = 0; l < network.layerCount(); l++) {
                DenseLayer layer = network.layer(l);
                text.append(l == network.layerCount() - 1 ? "output" : "layer " + (l + 1)).append(" (")
                        .append(layer.units()).append(" × ").append(layer.inputs()).append(")\n");
                for (int u = 0; u < layer.units(); u++) {
                    text.append("  [");
                    for (int i = 0; i < layer.inputs(); i++) {
                        text.append(i == 0 ? "" : ", ").append(Numbers.compact(layer.weight(u, i), 3));
                    }
                    text.append("]  b ").append(Numbers.compact(layer.biases()[u], 3)).append('\n');
                }
            }
        }
        Dom.setText("weights", text.toString());
    }

    /** " + 1.5" or " − 1.5" (or "−1.5" first), so an equation never reads "+ -1.5". */
    private static void appendTerm(StringBuilder text, double value, boolean first) {
        String magnitude = Numbers.compact(Math.abs(value), 3);
        if (first) {
            text.append(value < 0 ? "−" : "").append(magnitude);
        } else {
            text.append(value < 0 ? " − " : " + ").append(magnitude);
        }
    }

    private static String subscript(int index) {
        return Figures.subscript(index);
    }
}

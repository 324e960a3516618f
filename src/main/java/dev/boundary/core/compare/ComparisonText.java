package dev.boundary.core.compare;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.math.Numbers;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.Network;
import dev.boundary.core.nn.Workspace;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.train.Trainer;
import dev.boundary.core.train.TrainingSettings;

/**
 * What a finished {@link Comparison} shows, in two or three sentences built from its own figures (the
 * costs, accuracies, update counts and the start's logits), and which topic of the sources it illustrates.
 * Numbers go through {@link Numbers}, so the JVM, JavaScript and WebAssembly print the same text.
 */
public final class ComparisonText {
    /** Rafay Khan, “Nothing but NumPy: … binary classification neural networks with computational graphs”. */
    public static final String NOTHING_BUT_NUMPY_LINK = "https://towardsdatascience.com/"
            + "nothing-but-numpy-understanding-creating-binary-classification-neural-networks-with-e746423c8d5c";
    /** Peter Roelants, “Logistic classification” (part 2 of his neural-network implementation tutorial). */
    public static final String ROELANTS_LINK = "https://peterroelants.github.io/posts/neural-network-implementation-part02/";

    private ComparisonText() {
    }

    /** The explanation of {@code comparison}'s outcome; call it once the comparison is finished. */
    public static String explain(Comparison comparison) {
        ComparisonKind kind = comparison.kind();
        String text;
        if (kind == ComparisonKind.STABLE_VS_NAIVE) {
            text = stableVersusNaive(comparison);
        } else if (kind == ComparisonKind.CROSS_ENTROPY_VS_SQUARED_ERROR) {
            text = crossEntropyVersusSquaredError(comparison);
        } else if (kind == ComparisonKind.BATCH_SIZES) {
            text = batchSizes(comparison);
        } else if (kind == ComparisonKind.OPTIMIZERS) {
            text = optimizers(comparison);
        } else {
            text = "";
        }
        if (comparison.epochs() < comparison.requestedEpochs()) {
            text += " (Trained " + comparison.epochs() + " of the " + comparison.requestedEpochs()
                    + " epochs asked for: the work is capped for this data and model so the page stays responsive.)";
        }
        return text;
    }

    /**
     * What the runs start from and share, e.g. "AND from W = [−10, 60], b = 0 (4 points, model 2-1):
     * full batch, gradient descent, α = 1, 5000 epochs." (the compared setting is left out).
     */
    public static String setup(Comparison comparison) {
        Scenario start = comparison.start();
        TrainingSettings settings = start.training();
        ComparisonKind kind = comparison.kind();
        StringBuilder text = new StringBuilder();
        text.append(start.title()).append(" (").append(start.data().size()).append(" points, model ")
                .append(start.model().describe()).append(start.model().hasBias() ? "" : " without bias")
                .append(start.hasInitialWeights() ? "" : ", weights drawn from seed " + start.seed())
                .append("): ");
        if (kind != ComparisonKind.STABLE_VS_NAIVE && kind != ComparisonKind.CROSS_ENTROPY_VS_SQUARED_ERROR) {
            text.append(settings.loss().id()).append(", ");
        }
        if (kind != ComparisonKind.BATCH_SIZES) {
            int batch = settings.batchSize();
            text.append(batch == TrainingSettings.FULL_BATCH ? "full batch" : batch == 1 ? "stochastic" : "mini-batches of " + batch)
                    .append(", ");
        }
        if (kind != ComparisonKind.OPTIMIZERS) {
            text.append(settings.optimizer().id().replace('-', ' ')).append(", ");
        }
        text.append("α = ").append(Numbers.shortest(settings.learningRate()));
        if (settings.l2() > 0) {
            text.append(", λ = ").append(Numbers.shortest(settings.l2()));
        }
        text.append(", ").append(comparison.epochs()).append(comparison.epochs() == 1 ? " epoch." : " epochs.");
        return text.toString();
    }

    /** The topic of the sources a comparison illustrates, as the words of a reference. */
    public static String sourceTopic(ComparisonKind kind) {
        switch (kind) {
            case STABLE_VS_NAIVE:
                return "“Nothing but NumPy” (Rafay Khan): making the binary cross-entropy stable";
            case CROSS_ENTROPY_VS_SQUARED_ERROR:
                return "“Nothing but NumPy” (Rafay Khan): why binary cross-entropy and not squared error";
            case BATCH_SIZES:
                return "“Nothing but NumPy” (Rafay Khan): stochastic, batch and mini-batch gradient descent";
            default:
                return "“Nothing but NumPy” and Roelants’ “Logistic classification”: the gradient-descent update"
                        + " w ← w − α·∂J/∂w (momentum and Adam build on it)";
        }
    }

    /** Where that topic can be read. */
    public static String sourceLink(ComparisonKind kind) {
        return kind == ComparisonKind.OPTIMIZERS ? ROELANTS_LINK : NOTHING_BUT_NUMPY_LINK;
    }

    private static String stableVersusNaive(Comparison comparison) {
        int stable = 0;
        int naive = 1;
        Scenario start = comparison.start();
        DataSet data = start.data();
        Workspace workspace = forwardAtStart(start);
        double[] z = workspace.logits();
        double[] p = workspace.probabilities();
        StringBuilder saturated = new StringBuilder();
        int count = 0;
        boolean zeroTimesInfinity = false;
        for (int i = 0; i < data.size(); i++) {
            if (p[i] == 1.0 || p[i] == 0.0) {
                saturated.append(count == 0 ? "" : ", ").append(point(data, i)).append(" (z = ")
                        .append(Numbers.shortest(z[i])).append(')');
                count++;
                // y·log p̂ + (1 − y)·log(1 − p̂): the log(0) term is the one of the other class when p̂
                // rounds to the point's own label, and then it is multiplied by 0.
                zeroTimesInfinity |= p[i] == data.label(i);
            }
        }
        StringBuilder text = new StringBuilder();
        Trainer naiveRun = comparison.trainer(naive);
        double naiveCost = comparison.finalCost(naive);
        if (naiveRun.hasDiverged() && count > 0) {
            text.append("The naive cross-entropy is ").append(Numbers.fixed(naiveCost, 6)).append(" at epoch ")
                    .append(naiveRun.epoch()).append(" and training stops: from this start p̂ = σ(z) rounds to exactly ")
                    .append("0 or 1 at ").append(saturated).append(", so the formula takes log(0) = −∞");
            text.append(zeroTimesInfinity ? ", and where that −∞ is weighted by y = 0 or 1 − y = 0 the product 0·(−∞) is NaN. "
                    : ", an infinite loss. ");
        } else {
            text.append("The naive cross-entropy ends at ").append(cost(naiveCost)).append(" after ")
                    .append(naiveRun.epoch()).append(" epochs. ");
        }
        text.append("The stable form computes the same cost from z and never takes the log of p̂: ")
                .append(cost(comparison.history(stable).cost(0))).append(" at epoch 0, ")
                .append(cost(comparison.finalCost(stable))).append(" after ")
                .append(comparison.trainer(stable).epoch()).append(" epochs, with ")
                .append(percent(comparison.finalAccuracy(stable))).append(" of the points right.");
        return text.toString();
    }

    private static String crossEntropyVersusSquaredError(Comparison comparison) {
        int crossEntropy = 0;
        int squared = 1;
        StringBuilder text = new StringBuilder();
        text.append("After ").append(comparison.trainer(crossEntropy).epoch()).append(" epochs cross-entropy gets ")
                .append(percent(comparison.finalAccuracy(crossEntropy))).append(" of the points right (cost ")
                .append(cost(comparison.finalCost(crossEntropy))).append("), squared error ")
                .append(percent(comparison.finalAccuracy(squared))).append(" (cost ")
                .append(cost(comparison.history(squared).cost(0))).append(" → ")
                .append(cost(comparison.finalCost(squared))).append(")");
        Trainer run = comparison.trainer(squared);
        DataSet data = comparison.start().data();
        double threshold = comparison.start().threshold();
        double[] pNow = run.probabilities();
        StringBuilder wrong = new StringBuilder();
        int wrongCount = 0;
        for (int i = 0; i < data.size(); i++) {
            if ((pNow[i] >= threshold) != (data.label(i) == 1.0)) {
                if (wrongCount < 3) {
                    wrong.append(wrongCount == 0 ? "" : ", ").append(point(data, i)).append(" (label ")
                            .append(Numbers.shortest(data.label(i))).append(", p̂ = ")
                            .append(Numbers.compact(pNow[i], 4)).append(')');
                }
                wrongCount++;
            }
        }
        text.append(wrongCount == 0 ? ". " : ": it still gets " + wrong + (wrongCount > 3 ? " and others" : "") + " wrong. ");
        // The start's worst mistake: how little squared error's gradient (p̂ − y)·p̂(1 − p̂) says about it.
        Workspace workspace = forwardAtStart(comparison.start());
        double[] p = workspace.probabilities();
        int worst = -1;
        for (int i = 0; i < data.size(); i++) {
            if (worst < 0 || Math.abs(p[i] - data.label(i)) > Math.abs(p[worst] - data.label(worst))) {
                worst = i;
            }
        }
        if (worst >= 0) {
            double slope = p[worst] * (1 - p[worst]);
            text.append("Squared error's gradient for a point is (p̂ − y)·p̂(1 − p̂); at the start the worst point ")
                    .append(point(data, worst)).append(" has p̂ = ").append(Numbers.compact(p[worst], 4))
                    .append(slope == 0.0 ? ", so p̂(1 − p̂) is exactly 0 in double precision and that point gives no gradient at all"
                            : " and p̂(1 − p̂) = " + Numbers.compact(slope, 3) + ", so it barely moves the weights")
                    .append(" (the flat end of the sigmoid), while cross-entropy's gradient p̂ − y = ")
                    .append(Numbers.fixed(p[worst] - data.label(worst), 3)).append(" is as large as the mistake.");
        }
        return text.toString();
    }

    private static String batchSizes(Comparison comparison) {
        StringBuilder text = new StringBuilder();
        int m = comparison.start().data().size();
        text.append("Each run sees all ").append(m).append(" points once per epoch, but updates the weights after every batch: ");
        appendList(text, comparison, i -> Long.toString(comparison.trainer(i).updates()) + " updates");
        text.append(" in ").append(comparison.epochs()).append(" epochs, ending at cost ");
        appendList(text, comparison, i -> costOrStop(comparison, i));
        text.append(". A smaller batch estimates the gradient from fewer points, so its steps are noisier: the cost went up in ");
        appendList(text, comparison, i -> Integer.toString(comparison.costRises(i)));
        text.append(" of the epochs.");
        return text.toString();
    }

    private static String optimizers(Comparison comparison) {
        StringBuilder text = new StringBuilder();
        text.append("At α = ").append(Numbers.shortest(comparison.start().training().learningRate()))
                .append(", after ").append(comparison.epochs()).append(" epochs the cost is ");
        appendList(text, comparison, i -> costOrStop(comparison, i));
        text.append(". Momentum adds each gradient to a decaying sum (β = 0.9), so along a steady slope its steps grow"
                + " up to ten times; Adam divides each weight's step by the recent size of its gradient, so it moves"
                + " about α per update even where the gradient is tiny.");
        double target = comparison.finalCost(0);
        if (!Double.isNaN(target) && !Double.isInfinite(target)) {
            text.append(" Gradient descent's final cost ").append(cost(target)).append(" is first reached ");
            for (int i = 0; i < comparison.size(); i++) {
                if (i > 0) {
                    text.append(i == comparison.size() - 1 ? " and " : ", ");
                }
                text.append(reached(comparison.firstEpochAtOrBelow(i, target))).append(" by ")
                        .append(comparison.contender(i).name());
            }
            text.append('.');
        }
        return text.toString();
    }

    private static String reached(int epoch) {
        return epoch < 0 ? "never" : "at epoch " + epoch;
    }

    private static String costOrStop(Comparison comparison, int index) {
        Trainer trainer = comparison.trainer(index);
        String value = cost(comparison.finalCost(index));
        return trainer.hasDiverged() ? value + " (stopped at epoch " + trainer.epoch() + ")" : value;
    }

    /** "a (name 0), b (name 1) and c (name 2)". */
    private static void appendList(StringBuilder text, Comparison comparison, java.util.function.IntFunction<String> item) {
        for (int i = 0; i < comparison.size(); i++) {
            if (i > 0) {
                text.append(i == comparison.size() - 1 ? " and " : ", ");
            }
            text.append(item.apply(i)).append(" (").append(comparison.contender(i).name()).append(')');
        }
    }

    private static Workspace forwardAtStart(Scenario start) {
        Network network = start.buildNetwork(new SeededRandom(start.seed()));
        DataSet data = start.data();
        Workspace workspace = network.newWorkspace(Math.max(1, data.size()));
        workspace.input().setRows(data.size());
        System.arraycopy(data.featureArray(), 0, workspace.input().data(), 0, data.size() * data.featureCount());
        network.forward(workspace);
        return workspace;
    }

    private static String point(DataSet data, int i) {
        StringBuilder text = new StringBuilder("(").append(Numbers.shortest(data.feature(i, 0)));
        if (data.featureCount() == 2) {
            text.append(", ").append(Numbers.shortest(data.feature(i, 1)));
        }
        return text.append(')').toString();
    }

    /** A cost for prose: 6 decimals, scientific when tiny; "NaN" or "∞" as they are. */
    static String cost(double value) {
        return Numbers.compact(value, 6);
    }

    static String percent(double fraction) {
        return Double.isNaN(fraction) ? "—" : Numbers.fixed(100 * fraction, 1) + " %";
    }
}

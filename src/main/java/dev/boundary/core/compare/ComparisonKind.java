package dev.boundary.core.compare;

import dev.boundary.core.data.Gates;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.state.LayerWeights;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.train.OptimizerKind;
import dev.boundary.core.train.TrainingSettings;

/**
 * The comparisons the page offers. The two about the loss (stable vs naive cross-entropy, cross-entropy
 * vs squared error) always start from Rafay Khan's saturated AND neuron, W = [−10, 60], b = 0, full-batch
 * gradient descent at α = 1, whatever is on the page; the two about the update (batch size, optimiser)
 * start from the current scenario's initial weights and vary one setting, keeping the others.
 */
public enum ComparisonKind {
    /** The stable cross-entropy against the naive one, from the saturated AND start. */
    STABLE_VS_NAIVE("stable-vs-naive"),
    /** The stable cross-entropy against squared error, from the saturated AND start. */
    CROSS_ENTROPY_VS_SQUARED_ERROR("cross-entropy-vs-squared-error"),
    /** Full batch, mini-batches and single examples on the current data and model. */
    BATCH_SIZES("batch-sizes"),
    /** Gradient descent, momentum and Adam on the current data and model. */
    OPTIMIZERS("optimizers");

    /** Epochs “Nothing but NumPy” trains the AND neuron for. */
    public static final int SEED_EPOCHS = 5000;
    /** Mini-batch size of the batch comparison when the page is not already on mini-batches. */
    public static final int DEFAULT_MINI_BATCH = 10;

    private final String id;

    ComparisonKind(String id) {
        this.id = id;
    }

    /** The name used by the page's select. */
    public String id() {
        return id;
    }

    /** The kind named {@code id}, or an exception naming the known ones. */
    public static ComparisonKind fromId(String id) {
        for (ComparisonKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown comparison \"" + id
                + "\"; expected stable-vs-naive, cross-entropy-vs-squared-error, batch-sizes or optimizers");
    }

    /** True when the comparison runs on Rafay Khan's AND start rather than on the page's scenario. */
    public boolean usesArticleStart() {
        return this == STABLE_VS_NAIVE || this == CROSS_ENTROPY_VS_SQUARED_ERROR;
    }

    /**
     * The scenario every contender starts from: {@link #saturatedAnd()} for the loss comparisons, else
     * {@code current} without any trained state (so every run starts at its epoch 0).
     */
    public Scenario start(Scenario current) {
        return usesArticleStart() ? saturatedAnd() : current.withoutTrained();
    }

    /** The runs to compare, each with the start's settings changed in one respect. */
    public Contender[] contenders(Scenario start) {
        TrainingSettings base = start.training();
        switch (this) {
            case STABLE_VS_NAIVE:
                return new Contender[] {
                    new Contender("stable cross-entropy", base.withLoss(Loss.CROSS_ENTROPY)),
                    new Contender("naive cross-entropy", base.withLoss(Loss.NAIVE_CROSS_ENTROPY)),
                };
            case CROSS_ENTROPY_VS_SQUARED_ERROR:
                return new Contender[] {
                    new Contender("cross-entropy", base.withLoss(Loss.CROSS_ENTROPY)),
                    new Contender("squared error", base.withLoss(Loss.SQUARED_ERROR)),
                };
            case BATCH_SIZES:
                int k = miniBatchSize(base.batchSize(), start.data().size());
                return new Contender[] {
                    new Contender("full batch", base.withBatchSize(TrainingSettings.FULL_BATCH)),
                    new Contender("mini-batches of " + k, base.withBatchSize(k)),
                    new Contender("stochastic", base.withBatchSize(1)),
                };
            default:
                return new Contender[] {
                    new Contender("gradient descent", base.withOptimizer(OptimizerKind.GRADIENT_DESCENT)),
                    new Contender("momentum", base.withOptimizer(OptimizerKind.MOMENTUM)),
                    new Contender("Adam", base.withOptimizer(OptimizerKind.ADAM)),
                };
        }
    }

    /**
     * The mini-batch size for the batch comparison: the page's own when it is a true mini-batch
     * (between 1 and m exclusive), else {@link #DEFAULT_MINI_BATCH} when m is more than twice that,
     * else half the data (at least 2), so the three runs differ on small sets too.
     */
    static int miniBatchSize(int current, int m) {
        if (current > 1 && current < m) {
            return current;
        }
        if (m > 2 * DEFAULT_MINI_BATCH) {
            return DEFAULT_MINI_BATCH;
        }
        return Math.max(2, m / 2);
    }

    /**
     * Rafay Khan's AND neuron started far off: W = [−10, 60], b = 0, stable cross-entropy, full-batch
     * gradient descent at α = 1, {@link #SEED_EPOCHS} epochs, threshold 0.5.
     */
    public static Scenario saturatedAnd() {
        TrainingSettings settings = TrainingSettings.gradientDescent(1.0);
        return Scenario.of(Gates.and(), ModelSpec.logistic(2), 1, settings)
                .withInitialWeights(new LayerWeights(1, 2, new double[] {-10, 60}, new double[] {0}))
                .withTitle("AND from W = [−10, 60], b = 0")
                .withEpochs(SEED_EPOCHS);
    }
}

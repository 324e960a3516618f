package dev.boundary.core.train;

import dev.boundary.core.math.Validate;
import dev.boundary.core.nn.Loss;

/**
 * How to train: loss, optimiser, learning rate α (&gt; 0), batch size (0 = the full batch, 1 =
 * stochastic, k = mini-batches of k, the last one smaller when k does not divide m) and L2 strength
 * λ (≥ 0), and the fraction of the points held out as a test set (0 to {@link #MAX_TEST_FRACTION};
 * see {@link dev.boundary.core.data.TestSplit}). Immutable; {@code with…} methods return changed copies.
 */
public final class TrainingSettings {
    public static final int FULL_BATCH = 0;
    /** The largest test fraction: at least a tenth of the points are always trained on. */
    public static final double MAX_TEST_FRACTION = 0.9;

    private final Loss loss;
    private final OptimizerKind optimizer;
    private final double learningRate;
    private final int batchSize;
    private final double l2;
    private final double testFraction;

    /** Settings that train on every point (no test set). */
    public TrainingSettings(Loss loss, OptimizerKind optimizer, double learningRate, int batchSize, double l2) {
        this(loss, optimizer, learningRate, batchSize, l2, 0.0);
    }

    public TrainingSettings(Loss loss, OptimizerKind optimizer, double learningRate, int batchSize, double l2,
            double testFraction) {
        Validate.finite(learningRate, "learning rate");
        Validate.isTrue(learningRate > 0 && learningRate <= 1000,
                "learning rate must be above 0 and at most 1000, was " + learningRate);
        Validate.isTrue(batchSize >= 0, "batch size must be 0 (full batch) or positive, was " + batchSize);
        Validate.inRange(l2, 0.0, 100.0, "L2 strength");
        Validate.inRange(testFraction, 0.0, MAX_TEST_FRACTION, "test fraction");
        this.loss = loss;
        this.optimizer = optimizer;
        this.learningRate = learningRate;
        this.batchSize = batchSize;
        this.l2 = l2;
        this.testFraction = testFraction;
    }

    /** Full-batch gradient descent on the stable cross-entropy, no L2: the setting of the worked examples. */
    public static TrainingSettings gradientDescent(double learningRate) {
        return new TrainingSettings(Loss.CROSS_ENTROPY, OptimizerKind.GRADIENT_DESCENT, learningRate, FULL_BATCH, 0.0);
    }

    public Loss loss() {
        return loss;
    }

    public OptimizerKind optimizer() {
        return optimizer;
    }

    public double learningRate() {
        return learningRate;
    }

    /** 0 for the full batch, otherwise examples per update. */
    public int batchSize() {
        return batchSize;
    }

    public double l2() {
        return l2;
    }

    /** The fraction of the points held out from training to measure the test cost; 0 for none. */
    public double testFraction() {
        return testFraction;
    }

    /** Examples per update for a data set of {@code m} examples (at least 1). */
    public int effectiveBatchSize(int m) {
        return Math.max(1, batchSize == FULL_BATCH ? m : Math.min(batchSize, m));
    }

    public TrainingSettings withLoss(Loss value) {
        return new TrainingSettings(value, optimizer, learningRate, batchSize, l2, testFraction);
    }

    public TrainingSettings withOptimizer(OptimizerKind value) {
        return new TrainingSettings(loss, value, learningRate, batchSize, l2, testFraction);
    }

    public TrainingSettings withLearningRate(double value) {
        return new TrainingSettings(loss, optimizer, value, batchSize, l2, testFraction);
    }

    public TrainingSettings withBatchSize(int value) {
        return new TrainingSettings(loss, optimizer, learningRate, value, l2, testFraction);
    }

    public TrainingSettings withL2(double value) {
        return new TrainingSettings(loss, optimizer, learningRate, batchSize, value, testFraction);
    }

    public TrainingSettings withTestFraction(double value) {
        return new TrainingSettings(loss, optimizer, learningRate, batchSize, l2, value);
    }
}

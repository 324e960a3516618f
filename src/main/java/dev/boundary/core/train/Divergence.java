package dev.boundary.core.train;

import dev.boundary.core.nn.Loss;

/**
 * What stopping training says and does once the cost or a weight is no longer finite: the reason, in
 * words for the learner, and whether the weights go back to the last finite ones.
 */
final class Divergence {
    private Divergence() {
    }

    /** True while training can go on: the weights are finite and so is the {@code cost}. */
    static boolean isFinite(boolean weightsFinite, double cost) {
        return weightsFinite && !Double.isNaN(cost) && !Double.isInfinite(cost);
    }

    /** Why training stopped at {@code epoch}, with what to do about it. */
    static String reason(boolean weightsFinite, double cost, Loss loss, int epoch) {
        String what = Double.isNaN(cost) ? "not a number (NaN)" : "infinite";
        if (!weightsFinite) {
            return "the weights became infinite at epoch " + epoch + "; lower the learning rate";
        } else if (loss == Loss.NAIVE_CROSS_ENTROPY) {
            return "the cost became " + what + " at epoch " + epoch
                    + ": the naive cross-entropy took log(0) because p̂ rounded to exactly 0 or 1;"
                    + " the stable form computes the same cost from z without it";
        }
        return "the cost became " + what + " at epoch " + epoch + "; lower the learning rate";
    }

    /**
     * Whether the weights go back to the last finite ones: not at epoch 0, which has none before it,
     * and not for the naive loss's NaN cost from finite weights, which is what that loss shows.
     */
    static boolean restoresWeights(boolean weightsFinite, Loss loss, int epoch) {
        return epoch > 0 && (!weightsFinite || loss != Loss.NAIVE_CROSS_ENTROPY);
    }
}

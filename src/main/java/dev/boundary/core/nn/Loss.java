package dev.boundary.core.nn;

import dev.boundary.core.math.Quote;

/**
 * Losses of a sigmoid output p̂ = σ(z) against a label y ∈ {0, 1}. Costs are means over the m
 * examples; gradients are per example, ∂L/∂z, and the layer averages them.
 */
public enum Loss {
    /**
     * Binary cross-entropy from the logit, in the stable form {@code max(z,0) − z·y + log(1 + e^−|z|)},
     * whose gradient is the shortcut ∂L/∂z = p̂ − y.
     */
    CROSS_ENTROPY("cross-entropy"),
    /**
     * Binary cross-entropy from the probability, {@code −(y log p̂ + (1−y) log(1−p̂))}, with the
     * gradient by the chain rule. Kept to show how it fails: when p̂ rounds to 0 or 1 it takes log(0).
     */
    NAIVE_CROSS_ENTROPY("naive-cross-entropy"),
    /** Squared error {@code ½(p̂ − y)²}, as in “Nothing but NumPy”: cost {@code 1/(2m) Σ (p̂ − y)²}. */
    SQUARED_ERROR("squared-error");

    private final String id;

    Loss(String id) {
        this.id = id;
    }

    /** The name used in scenario files and on the page. */
    public String id() {
        return id;
    }

    /** The loss named {@code id}, or an exception naming the known ones. */
    public static Loss fromId(String id) {
        for (Loss loss : values()) {
            if (loss.id.equals(id)) {
                return loss;
            }
        }
        throw new IllegalArgumentException(
                "unknown loss " + Quote.of(id) + "; expected cross-entropy, naive-cross-entropy or squared-error");
    }

    /** The loss of one example with logit z, probability pHat = σ(z) and label y. */
    public double loss(double z, double pHat, double y) {
        switch (this) {
            case CROSS_ENTROPY:
                return Elementary.crossEntropy(z, y);
            case NAIVE_CROSS_ENTROPY:
                return -(y * StrictMath.log(pHat) + (1.0 - y) * StrictMath.log(1.0 - pHat));
            default:
                double error = pHat - y;
                return 0.5 * error * error;
        }
    }

    /** The mean loss over the first m examples. */
    public double cost(double[] z, double[] pHat, double[] y, int m) {
        return sum(z, pHat, y, m, null, false) / m;
    }

    /**
     * The sum of the losses ({@link #loss}) of the first m examples, in order, leaving out those whose
     * {@code test} flag is not {@code ofTest} (none when {@code test} is null). For the stable
     * cross-entropy see {@link Elementary#crossEntropySum}.
     */
    public double sum(double[] z, double[] pHat, double[] y, int m, boolean[] test, boolean ofTest) {
        if (this == CROSS_ENTROPY) {
            return Elementary.crossEntropySum(z, null, y, m, test, ofTest);
        }
        double sum = 0.0;
        for (int i = 0; i < m; i++) {
            if (test == null || test[i] == ofTest) {
                sum += loss(z[i], pHat[i], y[i]);
            }
        }
        return sum;
    }

    /** The mean loss over the first m examples of the workspace's last forward pass. */
    public double cost(Workspace pass, double[] y, int m) {
        return sum(pass, y, m, null, false) / m;
    }

    /**
     * {@link #sum(double[], double[], double[], int, boolean[], boolean)} over the workspace's last
     * forward pass. The stable cross-entropy takes e^−|z| from the pass, so it needs no exp of its own.
     */
    public double sum(Workspace pass, double[] y, int m, boolean[] test, boolean ofTest) {
        if (this == CROSS_ENTROPY) {
            return Elementary.crossEntropySum(pass.logits(), pass.outputExp(), y, m, test, ofTest);
        }
        return sum(pass.logits(), pass.probabilities(), y, m, test, ofTest);
    }

    /** ∂L/∂p̂ of one example. */
    public double derivativeByProbability(double pHat, double y) {
        switch (this) {
            case SQUARED_ERROR:
                return pHat - y;
            default:
                return -(y / pHat) + (1.0 - y) / (1.0 - pHat);
        }
    }

    /**
     * dZ[i] = ∂L/∂z of example i, for i &lt; m: {@code p̂ − y} for the stable cross-entropy, and
     * {@code ∂L/∂p̂ · p̂(1 − p̂)} by the chain rule otherwise.
     */
    public void outputGradient(double[] pHat, double[] y, double[] dZ, int m) {
        if (this == CROSS_ENTROPY) {
            for (int i = 0; i < m; i++) {
                dZ[i] = pHat[i] - y[i];
            }
            return;
        }
        for (int i = 0; i < m; i++) {
            double p = pHat[i];
            dZ[i] = derivativeByProbability(p, y[i]) * p * (1.0 - p);
        }
    }
}

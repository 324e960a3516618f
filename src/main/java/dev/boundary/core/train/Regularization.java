package dev.boundary.core.train;

/**
 * The penalty on the weights (never the biases) added to the cost, with strength λ ≥ 0 over m
 * training examples: none; L1, (λ/m)·Σ|w|, whose gradient is (λ/m)·sign(w) with sign(0) = 0 (the
 * subgradient chosen at the kink); or L2, (λ/2m)·Σw², whose gradient is (λ/m)·w.
 *
 * <p>Under L1 a weight that an update carries across 0 stops at exactly 0 for that update (as in
 * TensorFlow Playground): the constant pull of the L1 term would otherwise make a weight that does not
 * help jitter around 0 instead of reaching it.
 */
public enum Regularization {
    NONE("none"),
    L1("l1"),
    L2("l2");

    private final String id;

    Regularization(String id) {
        this.id = id;
    }

    /** The name in files and links: "none", "l1" or "l2". */
    public String id() {
        return id;
    }

    /** The regularisation with this id; throws naming the ids when there is none. */
    public static Regularization fromId(String id) {
        for (Regularization value : values()) {
            if (value.id.equals(id)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown regularisation \"" + id + "\"; expected none, l1 or l2");
    }
}

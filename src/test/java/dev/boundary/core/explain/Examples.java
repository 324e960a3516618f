package dev.boundary.core.explain;

/** Helpers of the explain tests; the worked examples themselves are in {@link dev.boundary.core.NothingButNumPy}. */
final class Examples {
    private Examples() {
    }

    /** σ(z), written out here so the tests do not lean on the code under test. */
    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}

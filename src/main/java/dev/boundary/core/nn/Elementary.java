package dev.boundary.core.nn;

/**
 * The elementary functions of the hot loops, computed the same way on every engine. A class of its own,
 * without static state, so the compiled loops that call them need no class-initialisation checks (an
 * enum such as {@link Activation} has a static initialiser, and its static methods carry one).
 */
public final class Elementary {
    private static final double TANH_P0 = -9.64399179425052238628E-1;
    private static final double TANH_P1 = -9.92877231001918586564E1;
    private static final double TANH_P2 = -1.61468768441708447952E3;
    private static final double TANH_Q0 = 1.12811678491632931402E2;
    private static final double TANH_Q1 = 2.23548839060100448583E3;
    private static final double TANH_Q2 = 4.84406305325125486048E3;
    /** Examples per product of (1 + e^−|z|) in the cross-entropy's sum: one log per run of them. */
    static final int PRODUCT_TERMS = 256;

    private Elementary() {
    }

    /**
     * The logit log(p / (1 − p)), the inverse of the sigmoid: the z at which p̂ = p, so the boundary at
     * threshold t is the line z = logit(t).
     */
    public static double logit(double p) {
        return StrictMath.log(p / (1 - p));
    }

    /** The logistic function, written so that neither branch overflows. */
    public static double sigmoid(double z) {
        return sigmoid(z, StrictMath.exp(-Math.abs(z)));
    }

    /**
     * σ(z) from z and e = e^−|z|: 1/(1 + e) for z ≥ 0, e/(1 + e) below. With e computed once, the same e
     * gives the stable cross-entropy ({@link #crossEntropy(double, double, double)}), so an example needs
     * one exp for both.
     */
    public static double sigmoid(double z, double e) {
        return z >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
    }

    /**
     * tanh computed the same way on every engine: the browsers' and TeaVM's own tanh differ in the last
     * bits, and TeaVM's returns NaN for |z| &gt; 709. For |z| &gt; 0.625 it is 1 − 2/(e^(2|z|) + 1), and 1
     * beyond 22 (where tanh rounds to 1); below, the rational approximation of Cephes' tanh (within 2
     * units in the last place).
     */
    public static double tanh(double z) {
        double magnitude = Math.abs(z);
        if (magnitude > 22.0) {
            return z > 0 ? 1.0 : -1.0;
        }
        if (magnitude > 0.625) {
            double t = 1.0 - 2.0 / (StrictMath.exp(2.0 * magnitude) + 1.0);
            return z < 0 ? -t : t;
        }
        if (z == 0.0) {
            return z;
        }
        double s = z * z;
        double p = (TANH_P0 * s + TANH_P1) * s + TANH_P2;
        double q = ((s + TANH_Q0) * s + TANH_Q1) * s + TANH_Q2;
        // Written with the quotient first: TeaVM's JavaScript output drops the brackets of a·(b/c),
        // which would round differently from the WebAssembly build.
        return z + p / q * z * s;
    }

    /** The stable binary cross-entropy from the logit z against label y: max(z,0) − z·y + log(1 + e^−|z|). */
    public static double crossEntropy(double z, double y) {
        return crossEntropy(z, y, StrictMath.exp(-Math.abs(z)));
    }

    /**
     * {@link #crossEntropy(double, double)} given e = e^−|z| (from the forward pass). Written
     * log(1 + e), not log1p(e): TeaVM's log1p is log(1 + x), while the JVM's is fdlibm's own, so log1p
     * would give other last bits in the browser; log(1 + e) is the same on every engine.
     */
    public static double crossEntropy(double z, double y, double e) {
        return Math.max(z, 0.0) - z * y + StrictMath.log(1.0 + e);
    }

    /**
     * Σ [max(z,0) − z·y + log(1 + e)] with e = e^−|z| (from {@code e}, or computed when it is null),
     * summed as Σ (max(z,0) − z·y) + Σ log Π(1 + e) over runs of {@value #PRODUCT_TERMS} examples: one
     * log per run instead of one per example. Each factor lies in [1, 2], so a run's product stays below
     * 2^{@value #PRODUCT_TERMS}, far from overflow, and is rounded about as often as the sum of the logs
     * would be; for one example it is exactly {@link #crossEntropy(double, double)}. Products and logs round
     * the same on every engine, so the cost has the same bits on the JVM, in JavaScript and WebAssembly.
     */
    static double crossEntropySum(double[] z, double[] e, double[] y, int m, boolean[] test,
            boolean ofTest) {
        double linear = 0.0;
        double logs = 0.0;
        double product = 1.0;
        int terms = 0;
        for (int i = 0; i < m; i++) {
            if (test != null && test[i] != ofTest) {
                continue;
            }
            double zi = z[i];
            // The running sum on the right: TeaVM's JavaScript drops the brackets of a + (b − c), which
            // would round differently from the WebAssembly build and the JVM.
            linear = Math.max(zi, 0.0) - zi * y[i] + linear;
            product *= 1.0 + (e == null ? StrictMath.exp(-Math.abs(zi)) : e[i]);
            if (++terms == PRODUCT_TERMS) {
                logs += StrictMath.log(product);
                product = 1.0;
                terms = 0;
            }
        }
        return logs + StrictMath.log(product) + linear;
    }
}

package dev.boundary.core.nn;

/**
 * Activation functions, each with its derivative beside it. The array forms switch once per call,
 * not once per element, so the hot loops stay free of dispatch.
 */
public enum Activation {
    /** σ(z) = 1 / (1 + e^−z); σ'(z) = σ(z)(1 − σ(z)). */
    SIGMOID("sigmoid"),
    /** tanh(z); tanh'(z) = 1 − tanh²(z). */
    TANH("tanh"),
    /** max(0, z); derivative 1 for z &gt; 0, else 0. */
    RELU("relu"),
    /** z; derivative 1. */
    LINEAR("linear");

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    /** The lower-case name used in scenario files and on the page. */
    public String id() {
        return id;
    }

    /** The activation named {@code id}, or an exception naming the known ones. */
    public static Activation fromId(String id) {
        for (Activation activation : values()) {
            if (activation.id.equals(id)) {
                return activation;
            }
        }
        throw new IllegalArgumentException("unknown activation \"" + id + "\"; expected sigmoid, tanh, relu or linear");
    }

    /** The logistic function, written so that neither branch overflows. */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + StrictMath.exp(-z));
        }
        double e = StrictMath.exp(z);
        return e / (1.0 + e);
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

    private static final double TANH_P0 = -9.64399179425052238628E-1;
    private static final double TANH_P1 = -9.92877231001918586564E1;
    private static final double TANH_P2 = -1.61468768441708447952E3;
    private static final double TANH_Q0 = 1.12811678491632931402E2;
    private static final double TANH_Q1 = 2.23548839060100448583E3;
    private static final double TANH_Q2 = 4.84406305325125486048E3;

    /** g(z). */
    public double value(double z) {
        switch (this) {
            case SIGMOID:
                return sigmoid(z);
            case TANH:
                return tanh(z);
            case RELU:
                return z > 0 ? z : 0.0;
            default:
                return z;
        }
    }

    /** g'(z), given z and a = g(z). */
    public double derivative(double z, double a) {
        switch (this) {
            case SIGMOID:
                return a * (1.0 - a);
            case TANH:
                return 1.0 - a * a;
            case RELU:
                return z > 0 ? 1.0 : 0.0;
            default:
                return 1.0;
        }
    }

    /** a[i] = g(z[i]) for i &lt; n. */
    public void apply(double[] z, double[] a, int n) {
        switch (this) {
            case SIGMOID:
                for (int i = 0; i < n; i++) {
                    a[i] = sigmoid(z[i]);
                }
                break;
            case TANH:
                for (int i = 0; i < n; i++) {
                    a[i] = tanh(z[i]);
                }
                break;
            case RELU:
                for (int i = 0; i < n; i++) {
                    a[i] = z[i] > 0 ? z[i] : 0.0;
                }
                break;
            default:
                System.arraycopy(z, 0, a, 0, n);
        }
    }

    /** dZ[i] = dA[i] · g'(z[i]) for i &lt; n, with a = g(z); dA and dZ may be the same array. */
    public void backward(double[] z, double[] a, double[] dA, double[] dZ, int n) {
        switch (this) {
            case SIGMOID:
                for (int i = 0; i < n; i++) {
                    dZ[i] = dA[i] * a[i] * (1.0 - a[i]);
                }
                break;
            case TANH:
                for (int i = 0; i < n; i++) {
                    dZ[i] = dA[i] * (1.0 - a[i] * a[i]);
                }
                break;
            case RELU:
                for (int i = 0; i < n; i++) {
                    dZ[i] = z[i] > 0 ? dA[i] : 0.0;
                }
                break;
            default:
                if (dA != dZ) {
                    System.arraycopy(dA, 0, dZ, 0, n);
                }
        }
    }
}

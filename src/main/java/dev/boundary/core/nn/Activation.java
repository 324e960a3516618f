package dev.boundary.core.nn;

import dev.boundary.core.math.Quote;

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
        throw new IllegalArgumentException("unknown activation " + Quote.of(id) + "; expected sigmoid, tanh, relu or linear");
    }

    /** g(z). */
    public double value(double z) {
        switch (this) {
            case SIGMOID:
                return Elementary.sigmoid(z);
            case TANH:
                return Elementary.tanh(z);
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
                    a[i] = Elementary.sigmoid(z[i]);
                }
                break;
            case TANH:
                for (int i = 0; i < n; i++) {
                    a[i] = Elementary.tanh(z[i]);
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

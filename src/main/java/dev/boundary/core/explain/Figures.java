package dev.boundary.core.explain;

import dev.boundary.core.math.Numbers;

/** How the worked calculations write numbers and names; the same digits on every engine. */
public final class Figures {
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

    private Figures() {
    }

    /** A result: 6 decimals, scientific when tiny or huge (e.g. {@code "-0.331812"}, {@code "1.2346e-5"}). */
    public static String value(double v) {
        return Numbers.compact(v, 6);
    }

    /**
     * An operand inside a formula: at most 6 decimals without trailing zeros ({@code "0.1"},
     * {@code "1"}, {@code "0.051708"}), scientific when tiny or huge.
     */
    public static String brief(double v) {
        double magnitude = Math.abs(v);
        if (magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e6) || Double.isNaN(v) || Double.isInfinite(v)) {
            return Numbers.compact(v, 6);
        }
        return Numbers.trimmed(v, 6);
    }

    /** {@link #brief} in parentheses when negative, for a product: {@code 0.6·(-2)}. */
    public static String operand(double v) {
        String text = brief(v);
        return text.startsWith("-") ? "(" + text + ")" : text;
    }

    /** {@link #value} in parentheses when negative. */
    public static String operandValue(double v) {
        String text = value(v);
        return text.startsWith("-") ? "(" + text + ")" : text;
    }

    /** {@code n} (0 or more) in subscript digits: 12 → "₁₂". */
    public static String subscript(int n) {
        String digits = Integer.toString(n);
        StringBuilder text = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            text.append(SUBSCRIPTS.charAt(digits.charAt(i) - '0'));
        }
        return text.toString();
    }

    /**
     * The name of the model's input {@code index} in formulas: x₁, x₂ … for the coordinates themselves,
     * else the feature's own name, e.g. x₁² or sin x₁.
     */
    public static String inputName(dev.boundary.core.nn.InputFeatures features, int index) {
        return features.isRaw() ? "x" + subscript(index + 1) : features.label(index);
    }

    /** The model's inputs as a list of names, e.g. "(x₁², x₂²)"; "x" for the coordinates themselves. */
    public static String inputNames(dev.boundary.core.nn.InputFeatures features) {
        if (features.isRaw()) {
            return "x";
        }
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < features.count(); i++) {
            text.append(i == 0 ? "" : ", ").append(features.label(i));
        }
        return text.append(')').toString();
    }

    /** A point's features as {@code (x₁, x₂)} or {@code (x)}, each {@link #brief}. */
    public static String point(double[] x, int count) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : ", ").append(brief(x[i]));
        }
        return text.append(')').toString();
    }
}

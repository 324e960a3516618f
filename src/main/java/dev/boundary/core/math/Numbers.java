package dev.boundary.core.math;

/**
 * Decimal formatting that prints the same digits on the JVM, in JavaScript and in WebAssembly
 * (the platforms' own {@code Double.toString} differ in the last digits).
 */
public final class Numbers {
    private static final long[] POWERS_OF_TEN = {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L
    };

    private Numbers() {
    }

    /**
     * {@code value} rounded half away from zero to {@code decimals} (0–9) places, e.g.
     * {@code fixed(0.7195541, 6)} is {@code "0.719554"}. Values whose magnitude is 1e12 or more, and
     * non-finite values, are written in a plain form ("NaN", "∞", "−∞", or scientific).
     */
    public static String fixed(double value, int decimals) {
        Validate.inRange(decimals, 0, 9, "decimals");
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        long scale = POWERS_OF_TEN[decimals];
        if (Math.abs(value) >= 1e12 || Math.abs(value) * scale >= 9e18) {
            return scientific(value, 3);
        }
        long scaled = Math.round(Math.abs(value) * scale);
        StringBuilder text = new StringBuilder();
        if (value < 0 && scaled != 0) {
            text.append('-');
        }
        text.append(scaled / scale);
        if (decimals > 0) {
            String fraction = Long.toString(scaled % scale);
            text.append('.');
            for (int i = fraction.length(); i < decimals; i++) {
                text.append('0');
            }
            text.append(fraction);
        }
        return text.toString();
    }

    /** {@code value} as {@code d.ddd e±x} with {@code digits} decimals of the mantissa. */
    public static String scientific(double value, int digits) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return fixed(value, digits);
        }
        int exponent = (int) Math.floor(Math.log10(Math.abs(value)));
        double mantissa = value / Math.pow(10, exponent);
        // Rounding may carry into a new digit (9.99 → 10.0): then shift one decade.
        double limit = 10.0 - 0.5 / POWERS_OF_TEN[digits];
        if (Math.abs(mantissa) >= limit) {
            mantissa /= 10;
            exponent++;
        }
        return fixed(mantissa, digits) + "e" + exponent;
    }

    /**
     * A short form for tables and labels: fixed with {@code decimals} places for ordinary magnitudes,
     * scientific for very small or very large ones.
     */
    public static String compact(double value, int decimals) {
        double magnitude = Math.abs(value);
        if (magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e6) && !Double.isInfinite(value)) {
            return scientific(value, Math.max(1, decimals - 2));
        }
        return fixed(value, decimals);
    }

    /**
     * The value with up to 9 decimals and no trailing zeros, for settings people type: 0.1 is
     * {@code "0.1"}, 0 is {@code "0"}, 0.001 is {@code "0.001"}; tiny values are scientific.
     */
    public static String shortest(double value) {
        if (value != 0 && Math.abs(value) < 1e-6) {
            return scientific(value, 2);
        }
        return trimmed(value, 9);
    }

    /**
     * {@link #fixed} with {@code decimals} places, trailing zeros and a bare point dropped: with 4
     * places −4 is {@code "-4"}, 1.25 is {@code "1.25"} and 0.33174 is {@code "0.3317"}.
     */
    public static String trimmed(double value, int decimals) {
        String text = fixed(value, decimals);
        if (text.indexOf('.') < 0 || text.indexOf('e') >= 0) {
            return text;
        }
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        if (text.charAt(end - 1) == '.') {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * {@code value} to {@code digits} (1–9) significant digits, trailing zeros dropped, for read-outs
     * of values that span decades: 0.030199517 is {@code "0.0302"}, 1.5848932 is {@code "1.58"}, 10 is
     * {@code "10"}; very small or large values are scientific.
     */
    public static String significant(double value, int digits) {
        Validate.inRange(digits, 1, 9, "digits");
        double magnitude = Math.abs(value);
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return fixed(value, 0);
        }
        if (magnitude < 1e-6 || magnitude >= 1e9) {
            return scientific(value, digits - 1);
        }
        int exponent = 0; // the decade of the value: 10^exponent ≤ magnitude < 10^(exponent+1)
        double decade = 1;
        while (magnitude >= decade * 10) {
            decade *= 10;
            exponent++;
        }
        while (magnitude < decade) {
            decade /= 10;
            exponent--;
        }
        int decimals = Math.max(0, Math.min(9, digits - 1 - exponent));
        return trimmed(value, decimals);
    }
}

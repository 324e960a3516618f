package dev.boundary.core.state;

import java.math.BigInteger;

/**
 * Doubles as decimal text and back, exactly, with the same digits on every engine.
 *
 * <p>Why not {@code Double.toString} and {@code Double.parseDouble}: under TeaVM they are not exact
 * (subnormal numbers parse to a neighbour, and about one value in twenty thousand prints digits that
 * read back as another double). A shared link must restore the very same weights, so Boundary does
 * the conversion itself: exact integer arithmetic with {@link BigInteger}, and plain double
 * arithmetic only where IEEE 754 makes it exact (a 15-digit integer times or over a power of ten up
 * to 10²²).
 *
 * <p>{@link #format} writes the shortest decimal that reads back as the same double, laid out as
 * JavaScript does: plain for magnitudes from 1e-6 up to 1e21 ({@code 0.1}, {@code 5000},
 * {@code 0.000001}), otherwise with an exponent ({@code 1e-300}, {@code 1.5e21}); negative zero is
 * {@code -0.0}. {@link #parse} reads the JSON number grammar and rounds to nearest, ties to even, as
 * {@code Double.parseDouble} does on the JVM.
 */
public final class ExactDecimal {
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };
    private static final BigInteger FIVE = BigInteger.valueOf(5);
    /** More significant digits than any double's exact value needs to round correctly (767). */
    private static final int MAX_DIGITS = 800;

    private ExactDecimal() {
    }

    /**
     * The shortest decimal text that {@link #parse} (and any correct reader) turns back into exactly
     * {@code value}.
     *
     * @throws IllegalArgumentException for NaN and infinities, which JSON cannot hold
     */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("only finite numbers can be written as decimals, got " + value);
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0.0" : "0";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        long bits = Double.doubleToRawLongBits(value);
        boolean negative = bits < 0;
        int exponentField = (int) ((bits >>> 52) & 0x7FF);
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        long mantissa = exponentField == 0 ? fraction : fraction | (1L << 52);
        int binaryExponent = exponentField == 0 ? -1074 : exponentField - 1075;
        // The exact value mantissa · 2^q as digits · 10^e: for q < 0, m · 2^q = m · 5^-q · 10^q.
        String exact;
        int exactExponent;
        if (binaryExponent >= 0) {
            exact = BigInteger.valueOf(mantissa).shiftLeft(binaryExponent).toString();
            exactExponent = 0;
        } else {
            exact = BigInteger.valueOf(mantissa).multiply(FIVE.pow(-binaryExponent)).toString();
            exactExponent = binaryExponent;
        }
        int length = exact.length();
        while (exact.charAt(length - 1) == '0') {
            length--;
            exactExponent++;
        }
        exact = exact.substring(0, length);
        for (int precision = 1; precision < length; precision++) {
            // The nearest decimal of this many digits is the one to try: if any reads back, it does.
            String rounded = roundDigits(exact, precision);
            String digits = stripZeros(rounded);
            int exponent = exactExponent + length - precision + rounded.length() - digits.length();
            if (toDouble(digits, exponent, negative) == value) {
                return layout(negative, digits, exponent);
            }
        }
        return layout(negative, exact, exactExponent);
    }

    /**
     * Reads a JSON number ({@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}) as the nearest
     * double, ties to even; magnitudes beyond the largest double give an infinity, as in Java.
     *
     * @throws NumberFormatException when {@code text} is not a JSON number
     */
    public static double parse(String text) {
        int n = text.length();
        int i = 0;
        boolean negative = i < n && text.charAt(i) == '-';
        if (negative) {
            i++;
        }
        StringBuilder digits = new StringBuilder();
        long exponent = 0;
        int start = i;
        while (i < n && isDigit(text.charAt(i))) {
            appendDigit(digits, text.charAt(i++));
        }
        if (i == start || (i - start > 1 && text.charAt(start) == '0')) {
            throw notANumber(text);
        }
        if (i < n && text.charAt(i) == '.') {
            start = ++i;
            while (i < n && isDigit(text.charAt(i))) {
                appendDigit(digits, text.charAt(i++));
                exponent--;
            }
            if (i == start) {
                throw notANumber(text);
            }
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            boolean negativeExponent = i < n && text.charAt(i) == '-';
            if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            start = i;
            long written = 0;
            while (i < n && isDigit(text.charAt(i))) {
                written = Math.min(written * 10 + (text.charAt(i++) - '0'), 1_000_000_000L);
            }
            if (i == start) {
                throw notANumber(text);
            }
            exponent += negativeExponent ? -written : written;
        }
        if (i != n) {
            throw notANumber(text);
        }
        int length = digits.length();
        while (length > 0 && digits.charAt(length - 1) == '0') {
            length--;
            exponent++;
        }
        if (length == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (length + exponent > 310) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (length + exponent <= -325) {
            return negative ? -0.0 : 0.0; // below 10^-325, under half the smallest subnormal
        }
        String significant = digits.substring(0, length);
        if (length > MAX_DIGITS) {
            // Digits past the 799th can only matter as "something non-zero follows".
            exponent += length - MAX_DIGITS;
            significant = significant.substring(0, MAX_DIGITS - 1) + "1";
        }
        return toDouble(significant, (int) exponent, negative);
    }

    /** The double nearest to digits · 10^exponent (digits without leading zeros, at most 800). */
    static double toDouble(String digits, int exponent, boolean negative) {
        double magnitude;
        if (digits.length() <= 15 && exponent >= -22 && exponent <= 22) {
            // Both factors are exact doubles, so the one rounding of × or ÷ is the right one.
            double m = (double) Long.parseLong(digits);
            magnitude = exponent >= 0 ? m * POWERS_OF_TEN[exponent] : m / POWERS_OF_TEN[-exponent];
        } else if (exponent >= 0) {
            magnitude = scaledToDouble(new BigInteger(digits).multiply(BigInteger.TEN.pow(exponent)), 0);
        } else {
            // digits / 10^k = (digits / 5^k) · 2^-k; divide with at least 56 quotient bits and keep
            // a non-zero remainder as a final 1 bit, which rounds like the remainder itself.
            BigInteger numerator = new BigInteger(digits);
            BigInteger divisor = FIVE.pow(-exponent);
            int shift = Math.max(0, divisor.bitLength() - numerator.bitLength() + 56);
            BigInteger[] division = numerator.shiftLeft(shift).divideAndRemainder(divisor);
            BigInteger quotient = division[0];
            if (division[1].signum() != 0) {
                quotient = quotient.shiftLeft(1).setBit(0);
                shift++;
            }
            magnitude = scaledToDouble(quotient, exponent - shift);
        }
        return negative ? -magnitude : magnitude;
    }

    /** The double nearest to n · 2^scale for n &gt; 0, ties to even, subnormals and overflow included. */
    private static double scaledToDouble(BigInteger n, int scale) {
        int top = n.bitLength() - 1 + scale; // exponent of the leading bit
        if (top > 1023) {
            return Double.POSITIVE_INFINITY;
        }
        int last = Math.max(top - 52, -1074); // exponent of the result's last mantissa bit
        int drop = last - scale;
        long mantissa;
        if (drop <= 0) {
            mantissa = n.shiftLeft(-drop).longValue();
        } else {
            mantissa = n.shiftRight(drop).longValue();
            boolean half = n.testBit(drop - 1);
            boolean sticky = n.getLowestSetBit() < drop - 1;
            if (half && (sticky || (mantissa & 1) != 0)) {
                mantissa++;
            }
        }
        if (mantissa == 1L << 53) {
            mantissa >>= 1;
            last++;
        }
        if (mantissa < 1L << 52) {
            return Double.longBitsToDouble(mantissa); // subnormal (or zero): exponent field 0
        }
        int biased = last + 52 + 1023;
        if (biased >= 2047) {
            return Double.POSITIVE_INFINITY;
        }
        return Double.longBitsToDouble(((long) biased << 52) | (mantissa & 0xFFFFFFFFFFFFFL));
    }

    /** The first {@code precision} digits of {@code exact}, rounded half to even (maybe one longer). */
    private static String roundDigits(String exact, int precision) {
        char next = exact.charAt(precision);
        boolean rest = false;
        for (int i = precision + 1; i < exact.length() && !rest; i++) {
            rest = exact.charAt(i) != '0';
        }
        char last = exact.charAt(precision - 1);
        boolean up = next > '5' || (next == '5' && (rest || (last - '0') % 2 == 1));
        char[] kept = exact.substring(0, precision).toCharArray();
        if (!up) {
            return new String(kept);
        }
        int i = precision - 1;
        while (i >= 0 && kept[i] == '9') {
            kept[i--] = '0';
        }
        if (i < 0) {
            return "1" + new String(kept);
        }
        kept[i]++;
        return new String(kept);
    }

    private static String stripZeros(String digits) {
        int length = digits.length();
        while (length > 1 && digits.charAt(length - 1) == '0') {
            length--;
        }
        return digits.substring(0, length);
    }

    /** digits · 10^exponent, plain from 1e-6 to 1e21 and with an exponent outside, as JavaScript. */
    private static String layout(boolean negative, String digits, int exponent) {
        StringBuilder text = new StringBuilder();
        if (negative) {
            text.append('-');
        }
        int n = digits.length();
        int leading = n - 1 + exponent; // decimal exponent of the first digit
        if (leading >= -6 && leading < 21) {
            if (exponent >= 0) {
                text.append(digits);
                for (int i = 0; i < exponent; i++) {
                    text.append('0');
                }
            } else if (leading >= 0) {
                text.append(digits, 0, leading + 1).append('.').append(digits, leading + 1, n);
            } else {
                text.append("0.");
                for (int i = -1; i > leading; i--) {
                    text.append('0');
                }
                text.append(digits);
            }
        } else {
            text.append(digits.charAt(0));
            if (n > 1) {
                text.append('.').append(digits, 1, n);
            }
            text.append('e').append(leading);
        }
        return text.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void appendDigit(StringBuilder digits, char c) {
        if (digits.length() > 0 || c != '0') {
            digits.append(c);
        }
    }

    private static NumberFormatException notANumber(String text) {
        return new NumberFormatException("\"" + text + "\" is not a number");
    }
}

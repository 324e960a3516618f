package dev.boundary.core.math;

/** Argument checks whose failures read as messages for people. */
public final class Validate {
    private Validate() {
    }

    /** Throws {@link IllegalArgumentException} with {@code message} unless {@code condition}. */
    public static void isTrue(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Throws unless {@code value} is finite; {@code what} names the value in the message. */
    public static double finite(double value, String what) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number, was " + value);
        }
        return value;
    }

    /** Throws unless {@code low <= value <= high}. */
    public static double inRange(double value, double low, double high, String what) {
        finite(value, what);
        if (value < low || value > high) {
            throw new IllegalArgumentException(what + " must be between " + low + " and " + high + ", was " + value);
        }
        return value;
    }

    /** Throws unless {@code low <= value <= high}. */
    public static int inRange(int value, int low, int high, String what) {
        if (value < low || value > high) {
            throw new IllegalArgumentException(what + " must be between " + low + " and " + high + ", was " + value);
        }
        return value;
    }
}

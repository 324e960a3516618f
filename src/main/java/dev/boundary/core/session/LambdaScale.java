package dev.boundary.core.session;

/**
 * The regularisation slider's scale: position 0 is λ = 0, then two steps per decade, 1 and 3 times a
 * power of ten, from 1e-5 at position 1 to 10 at position 13 (as TensorFlow Playground's list, extended
 * down to 1e-5). The values are exact decimals, so a file or link shows "0.003", not its nearest binary.
 */
public final class LambdaScale {
    public static final int MAX_POSITION = 13;

    private LambdaScale() {
    }

    /** λ at a slider position (clamped to 0 … {@link #MAX_POSITION}). */
    public static double lambda(int position) {
        int clamped = Math.max(0, Math.min(MAX_POSITION, position));
        if (clamped == 0) {
            return 0.0;
        }
        int step = clamped - 1;
        int exponent = -5 + step / 2;
        return Double.parseDouble((step % 2 == 0 ? "1" : "3") + "e" + exponent);
    }

    /** The position whose λ is nearest to {@code lambda} on a log scale; 0 for λ ≤ 0. */
    public static int position(double lambda) {
        if (!(lambda > 0)) {
            return 0;
        }
        int best = 1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int p = 1; p <= MAX_POSITION; p++) {
            double distance = Math.abs(Math.log(lambda / lambda(p)));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = p;
            }
        }
        return best;
    }
}

package dev.boundary.core.session;

/**
 * The learning-rate slider's logarithmic scale: positions 0..500 map to α = 10^(−4 + position/100),
 * i.e. 1e-4 at the left end, 1 at 400 and 10 at the right end; 100 positions per decade.
 */
public final class LearningRateScale {
    public static final int MIN_POSITION = 0;
    public static final int MAX_POSITION = 500;

    private LearningRateScale() {
    }

    /** α at a slider position (clamped to the slider's range). */
    public static double rate(int position) {
        int clamped = Math.max(MIN_POSITION, Math.min(MAX_POSITION, position));
        int exponentHundredths = clamped - 400;
        // Exact powers of ten at whole decades, so position 300 gives exactly 0.1.
        if (exponentHundredths % 100 == 0) {
            int decades = exponentHundredths / 100;
            return decades >= 0 ? Math.pow(10, decades) : 1.0 / Math.pow(10, -decades);
        }
        return Math.pow(10, exponentHundredths / 100.0);
    }

    /** The slider position nearest to α (clamped to the slider's range). */
    public static int position(double rate) {
        if (!(rate > 0)) {
            return MIN_POSITION;
        }
        long position = Math.round((Math.log10(rate) + 4) * 100);
        return (int) Math.max(MIN_POSITION, Math.min(MAX_POSITION, position));
    }
}

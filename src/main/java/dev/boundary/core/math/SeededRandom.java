package dev.boundary.core.math;

/**
 * The one source of randomness in Boundary: SplitMix64, with Gaussian sampling by Box–Muller.
 *
 * <p>Only integer arithmetic, {@link StrictMath#log}, {@link StrictMath#cos} and the correctly rounded
 * {@link Math#sqrt} are used, so the same seed gives the same sequence on the JVM, in JavaScript and in
 * WebAssembly (the JVM's {@code Math.log} may differ from the browsers' in the last bit).
 */
public final class SeededRandom {
    private static final int GAMMA_HIGH = 0x9E3779B9; // the golden gamma 0x9E3779B97F4A7C15
    private static final int GAMMA_LOW = 0x7F4A7C15;
    private static final double TWO_TO_21 = 1 << 21;
    private static final double TWO_TO_MINUS_53 = 1.0 / (1L << 53);

    /*
     * The 64-bit state and output are kept as two 32-bit halves with int arithmetic only: the
     * JavaScript build would otherwise emulate every long operation with objects, and the shuffle of
     * each epoch draws once per point.
     */
    private int stateHigh;
    private int stateLow;
    /** The halves of the last output, set by {@link #advance()}. */
    private int high;
    private int low;

    public SeededRandom(long seed) {
        this.stateHigh = (int) (seed >>> 32);
        this.stateLow = (int) seed;
    }

    /**
     * SplitMix64: state += γ; z = state; z = (z ^ z>>>30)·0xBF58476D1CE4E5B9; z = (z ^ z>>>27)·0x94D049BB133111EB;
     * output z ^ z>>>31 — all modulo 2⁶⁴, on halves.
     */
    private void advance() {
        int sumLow = stateLow + GAMMA_LOW;
        stateHigh += GAMMA_HIGH + (Integer.compareUnsigned(sumLow, stateLow) < 0 ? 1 : 0);
        stateLow = sumLow;
        int h = stateHigh;
        int l = stateLow;
        l ^= (l >>> 30) | (h << 2);
        h ^= h >>> 30;
        int productHigh = multiplyHigh(l, 0x1CE4E5B9) + l * 0xBF58476D + h * 0x1CE4E5B9;
        l = l * 0x1CE4E5B9;
        h = productHigh;
        l ^= (l >>> 27) | (h << 5);
        h ^= h >>> 27;
        productHigh = multiplyHigh(l, 0x133111EB) + l * 0x94D049BB + h * 0x133111EB;
        l = l * 0x133111EB;
        h = productHigh;
        low = l ^ ((l >>> 31) | (h << 1));
        high = h ^ (h >>> 31);
    }

    /** The high 32 bits of the unsigned 64-bit product of a and b, from 16-bit parts. */
    private static int multiplyHigh(int a, int b) {
        int a0 = a & 0xFFFF;
        int a1 = a >>> 16;
        int b0 = b & 0xFFFF;
        int b1 = b >>> 16;
        int p00 = a0 * b0;
        int p01 = a0 * b1;
        int p10 = a1 * b0;
        int middle = (p00 >>> 16) + (p01 & 0xFFFF) + (p10 & 0xFFFF);
        return a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (middle >>> 16);
    }

    /** The next 64 random bits. */
    public long nextLong() {
        advance();
        return ((long) high << 32) | (low & 0xFFFFFFFFL);
    }

    /** Uniform in [0, 1), with 53 random bits: the top 53 bits of {@link #nextLong()} times 2⁻⁵³. */
    public double nextDouble() {
        advance();
        return ((high >>> 11) * (double) (1L << 32) + (high & 0x7FF) * TWO_TO_21 + (low >>> 11)) * TWO_TO_MINUS_53;
    }

    /** Uniform in [low, high). */
    public double nextDouble(double low, double high) {
        return low + (high - low) * nextDouble();
    }

    /** Uniform integer in [0, bound); bound must be positive. */
    public int nextInt(int bound) {
        if (bound <= 0) { // not Validate: the message would be built on every call of a hot loop
            throw new IllegalArgumentException("bound must be positive, was " + bound);
        }
        advance();
        return (high >>> 1) % bound; // (nextLong() >>> 33) % bound
    }

    /**
     * A standard normal sample (mean 0, standard deviation 1). Box–Muller with one sample per call,
     * so the sequence does not depend on a cached second value.
     */
    public double nextGaussian() {
        double u1 = 1.0 - nextDouble(); // in (0, 1], so log is finite
        double u2 = nextDouble();
        return Math.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * Math.PI * u2);
    }

    /** A normal sample with the given mean and standard deviation. */
    public double nextGaussian(double mean, double standardDeviation) {
        // Written with the sample first: TeaVM's JavaScript output regroups sd·(a·b) as (sd·a)·b.
        return mean + nextGaussian() * standardDeviation;
    }

    /** Shuffles {@code values} in place (Fisher–Yates). */
    public void shuffle(int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}

package dev.boundary.core.math;

/**
 * The one source of randomness in Boundary: SplitMix64, with Gaussian sampling by Box–Muller.
 *
 * <p>Only integer arithmetic, {@link StrictMath#log}, {@link StrictMath#cos} and the correctly rounded
 * {@link Math#sqrt} are used, so the same seed gives the same sequence on the JVM, in JavaScript and in
 * WebAssembly (the JVM's {@code Math.log} may differ from the browsers' in the last bit).
 */
public final class SeededRandom {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final double TWO_TO_MINUS_53 = 1.0 / (1L << 53);

    private long state;

    public SeededRandom(long seed) {
        this.state = seed;
    }

    /** The next 64 random bits. */
    public long nextLong() {
        long z = (state += GOLDEN_GAMMA);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1), with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * TWO_TO_MINUS_53;
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
        return (int) ((nextLong() >>> 33) % bound);
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

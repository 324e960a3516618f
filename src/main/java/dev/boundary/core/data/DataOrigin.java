package dev.boundary.core.data;

import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.math.Validate;

/**
 * How a generated data set was drawn: the preset, the seed, the points per class and the noise. A
 * {@link DataSet} carries it while its first points are still those drawn, so the page can show the
 * size and noise sliders at their values and a link can name the recipe instead of listing the points.
 */
public final class DataOrigin {
    private final Preset preset;
    private final long seed;
    private final int countPerClass;
    private final double noise;

    /**
     * @param preset one of the generated presets ({@link Preset#isGenerated()})
     * @param countPerClass 1 to {@link Generators#MAX_COUNT_PER_CLASS}
     * @param noise 0 to {@link Preset#maxNoise()}
     */
    public DataOrigin(Preset preset, long seed, int countPerClass, double noise) {
        Validate.isTrue(preset.isGenerated(), "the " + preset.id() + " data set is not drawn at random");
        Validate.inRange(countPerClass, 1, Generators.MAX_COUNT_PER_CLASS, "points per class");
        Validate.inRange(noise, 0.0, preset.maxNoise(), "noise of " + preset.id());
        this.preset = preset;
        this.seed = seed;
        this.countPerClass = countPerClass;
        this.noise = noise;
    }

    public Preset preset() {
        return preset;
    }

    public long seed() {
        return seed;
    }

    public int countPerClass() {
        return countPerClass;
    }

    public double noise() {
        return noise;
    }

    /** Whether the size and noise are the preset's defaults. */
    public boolean isDefault() {
        return countPerClass == preset.defaultCountPerClass() && noise == preset.defaultNoise();
    }

    /** The number of points drawn: two classes of {@link #countPerClass()}. */
    public int size() {
        return 2 * countPerClass;
    }

    public DataOrigin withCountPerClass(int value) {
        return new DataOrigin(preset, seed, value, noise);
    }

    /** The same recipe drawn from another seed: a new sample. */
    public DataOrigin withSeed(long value) {
        return new DataOrigin(preset, value, countPerClass, noise);
    }

    public DataOrigin withNoise(double value) {
        return new DataOrigin(preset, seed, countPerClass, value);
    }

    /** Draws the points again, carrying this origin. */
    public DataSet generate() {
        return preset.generate(new SeededRandom(seed), countPerClass, noise).withOrigin(this);
    }
}

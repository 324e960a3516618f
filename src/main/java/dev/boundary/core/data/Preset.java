package dev.boundary.core.data;

import dev.boundary.core.math.SeededRandom;

/**
 * The example data sets the page offers, each with a stable id (for links and saved scenarios), a
 * title for people, and default parameters. {@link #generate(SeededRandom)} gives the same points for
 * the same seed; the gates and Iris ignore the generator.
 */
public enum Preset {
    /** {@link Gates#and()}: Rafay Khan's logistic neuron. */
    AND("and", "AND gate", "Four points, one positive. One line separates them, so a single neuron learns it."),
    /** {@link Gates#or()}. */
    OR("or", "OR gate", "Four points, three positive. One neuron is enough."),
    /** {@link Gates#xor()}: Rafay Khan's 2-3-1 network. */
    XOR("xor", "XOR gate", "No single line separates these four points: one neuron cannot learn XOR, a hidden layer can."),
    /** {@link Generators#twoBlobs}: 50 per class around (-1.5, -1.5) and (1.5, 1.5), sd 1. */
    BLOBS("blobs", "Two Gaussian blobs", "Two overlapping clouds: a straight boundary is best, and some points stay misclassified."),
    /** {@link Generators#circles}: 100 per class, noise 0.25. */
    CIRCLES("circles", "Circles", "A disc of one class inside a ring of the other: the boundary has to close around the disc."),
    /** {@link Generators#moons}: 100 per class, noise 0.15. */
    MOONS("moons", "Moons", "Two interleaving half circles: a curved boundary needs a hidden layer."),
    /** {@link Generators#spiral}: 100 per class, noise 0.15. */
    SPIRAL("spiral", "Spiral", "Two interleaved spirals: hard. Try more units, tanh or ReLU, and Adam."),
    /** {@link Generators#mlDawnGaussians}: 1-D Gaussians, 500 per class (MLDawn). */
    LINE("line", "1-D Gaussians (MLDawn)", "One feature: 500 values around 0 and 500 around 5. The plot shows p̂ against x."),
    /** {@link Generators#roelantsClasses}: 20 per class around (∓1, 0) (Roelants). */
    ROELANTS("roelants", "Two classes, no bias (Roelants)", "Twenty points per class around (−1, 0) and (1, 0)."),
    /** {@link Iris#petals()}: virginica vs. the rest. */
    IRIS("iris", "Iris petals: virginica vs. rest", "Petal length and width in cm of Fisher's 150 irises; class 1 is Iris virginica.");

    private final String id;
    private final String title;
    private final String description;

    Preset(String id, String title, String description) {
        this.id = id;
        this.title = title;
        this.description = description;
    }

    /** One or two sentences for people about what the data set shows. */
    public String description() {
        return description;
    }

    /** A short lower-case id, stable across versions, e.g. {@code "xor"}. */
    public String id() {
        return id;
    }

    /** A title for people, e.g. {@code "XOR gate"}. */
    public String title() {
        return title;
    }

    /** The preset's points, drawn from {@code random} where the preset is random. */
    public DataSet generate(SeededRandom random) {
        return generate(random, 0);
    }

    /**
     * The preset's points drawn from a new generator of {@code seed}; a generated preset's at its
     * default size and noise, carrying its {@link DataOrigin}.
     */
    public DataSet generate(long seed) {
        return isGenerated() ? generate(seed, defaultCountPerClass(), defaultNoise()) : generate(new SeededRandom(seed));
    }

    /** Points per class when the size is not chosen: 50 for the blobs, 100 for the other shapes. */
    public int defaultCountPerClass() {
        return this == BLOBS ? 50 : 100;
    }

    /**
     * The noise of a generated preset when it is not chosen, in data units: the blobs' standard
     * deviation 1, the circles' 0.25, the moons' and spiral's 0.15; 0 for the others.
     */
    public double defaultNoise() {
        switch (this) {
            case BLOBS:
                return 1.0;
            case CIRCLES:
                return 0.25;
            case MOONS:
            case SPIRAL:
                return 0.15;
            default:
                return 0.0;
        }
    }

    /** The largest noise the page offers, in data units: enough to blur the shape away. */
    public double maxNoise() {
        switch (this) {
            case BLOBS:
                return 4.0;
            case CIRCLES:
                return 2.0;
            case MOONS:
            case SPIRAL:
                return 0.6;
            default:
                return 0.0;
        }
    }

    /** Positions of the page's noise slider: 0 to this, in equal steps of {@link #maxNoise()} / this. */
    public static final int NOISE_STEPS = 40;

    /** The noise at slider position {@code position} (0 to {@link #NOISE_STEPS}). */
    public double noiseAt(int position) {
        return maxNoise() * Math.max(0, Math.min(NOISE_STEPS, position)) / NOISE_STEPS;
    }

    /** The slider position nearest to {@code noise}. */
    public int noisePosition(double noise) {
        return maxNoise() == 0 ? 0 : (int) Math.round(Math.max(0, Math.min(1, noise / maxNoise())) * NOISE_STEPS);
    }

    /**
     * A generated preset drawn from a new generator of {@code seed}, with {@code countPerClass} points
     * per class and this noise, carrying its {@link DataOrigin}.
     */
    public DataSet generate(long seed, int countPerClass, double noise) {
        return new DataOrigin(this, seed, countPerClass, noise).generate();
    }

    /** True for the presets drawn at random, whose size {@link #generate(SeededRandom, int)} can set. */
    public boolean isGenerated() {
        return this == BLOBS || this == CIRCLES || this == MOONS || this == SPIRAL;
    }

    /**
     * The preset's points with {@code countPerClass} points of each class for the generated presets
     * (0 keeps the default size); the gates, Iris and the tutorials' data sets keep their own size.
     */
    public DataSet generate(SeededRandom random, int countPerClass) {
        return generate(random, countPerClass, defaultNoise());
    }

    /**
     * {@link #generate(SeededRandom, int)} with the noise of the generated presets (the blobs'
     * standard deviation) set to {@code noise}; the other presets ignore it.
     */
    public DataSet generate(SeededRandom random, int countPerClass, double noise) {
        int blobs = countPerClass > 0 ? countPerClass : 50;
        int shapes = countPerClass > 0 ? countPerClass : 100;
        switch (this) {
            case AND:
                return Gates.and();
            case OR:
                return Gates.or();
            case XOR:
                return Gates.xor();
            case BLOBS:
                return Generators.twoBlobs(random, blobs, -1.5, -1.5, 1.5, 1.5, noise);
            case CIRCLES:
                return Generators.circles(random, shapes, noise);
            case MOONS:
                return Generators.moons(random, shapes, noise);
            case SPIRAL:
                return Generators.spiral(random, shapes, noise);
            case LINE:
                return Generators.mlDawnGaussians(random);
            case ROELANTS:
                return Generators.roelantsClasses(random);
            default:
                return Iris.petals();
        }
    }

    /**
     * The preset with this id.
     *
     * @throws IllegalArgumentException naming the known ids when there is none
     */
    public static Preset byId(String id) {
        StringBuilder known = new StringBuilder();
        for (Preset preset : values()) {
            if (preset.id.equals(id)) {
                return preset;
            }
            known.append(known.length() == 0 ? "" : ", ").append(preset.id);
        }
        throw new IllegalArgumentException("unknown data set \"" + id + "\"; known: " + known);
    }
}

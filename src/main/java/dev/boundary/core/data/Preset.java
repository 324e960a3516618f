package dev.boundary.core.data;

import dev.boundary.core.math.SeededRandom;

/**
 * The example data sets the page offers, each with a stable id (for links and saved scenarios), a
 * title for people, and default parameters. {@link #generate(SeededRandom)} gives the same points for
 * the same seed; the gates and Iris ignore the generator.
 */
public enum Preset {
    /** {@link Gates#and()}: seed 000's logistic neuron. */
    AND("and", "AND gate", "Four points, one positive. One line separates them, so a single neuron learns it."),
    /** {@link Gates#or()}. */
    OR("or", "OR gate", "Four points, three positive. One neuron is enough."),
    /** {@link Gates#xor()}: seed 000's 2-3-1 network. */
    XOR("xor", "XOR gate", "No single line separates these four points: one neuron cannot learn XOR, a hidden layer can."),
    /** {@link Generators#twoBlobs}: 50 per class around (-1.5, -1.5) and (1.5, 1.5), sd 1. */
    BLOBS("blobs", "Two Gaussian blobs", "Two overlapping clouds: a straight boundary is best, and some points stay misclassified."),
    /** {@link Generators#circles}: 100 per class, noise 0.25. */
    CIRCLES("circles", "Circles", "A disc of one class inside a ring of the other: the boundary has to close around the disc."),
    /** {@link Generators#moons}: 100 per class, noise 0.15. */
    MOONS("moons", "Moons", "Two interleaving half circles: a curved boundary needs a hidden layer."),
    /** {@link Generators#spiral}: 100 per class, noise 0.15. */
    SPIRAL("spiral", "Spiral", "Two interleaved spirals: hard. Try more units, tanh or ReLU, and Adam."),
    /** {@link Generators#seed002}: 1-D Gaussians, 500 per class (MLDawn). */
    LINE("line", "1-D Gaussians (MLDawn)", "One feature: 500 values around 0 and 500 around 5. The plot shows p̂ against x."),
    /** {@link Generators#seed004}: 20 per class around (∓1, 0) (Roelants). */
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

    /** True for the presets drawn at random, whose size {@link #generate(SeededRandom, int)} can set. */
    public boolean isGenerated() {
        return this == BLOBS || this == CIRCLES || this == MOONS || this == SPIRAL;
    }

    /**
     * The preset's points with {@code countPerClass} points of each class for the generated presets
     * (0 keeps the default size); the gates, Iris and the seeds' data sets keep their own size.
     */
    public DataSet generate(SeededRandom random, int countPerClass) {
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
                return Generators.twoBlobs(random, blobs, -1.5, -1.5, 1.5, 1.5, 1);
            case CIRCLES:
                return Generators.circles(random, shapes, 0.25);
            case MOONS:
                return Generators.moons(random, shapes, 0.15);
            case SPIRAL:
                return Generators.spiral(random, shapes, 0.15);
            case LINE:
                return Generators.seed002(random);
            case ROELANTS:
                return Generators.seed004(random);
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

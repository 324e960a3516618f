package dev.boundary.core.data;

import dev.boundary.core.math.SeededRandom;

/**
 * The example data sets the page offers, each with a stable id (for links and saved scenarios), a
 * title for people, and default parameters. {@link #generate(SeededRandom)} gives the same points for
 * the same seed; the gates and Iris ignore the generator.
 */
public enum Preset {
    /** {@link Gates#and()}: seed 000's logistic neuron. */
    AND("and", "AND gate"),
    /** {@link Gates#or()}. */
    OR("or", "OR gate"),
    /** {@link Gates#xor()}: seed 000's 2-3-1 network. */
    XOR("xor", "XOR gate"),
    /** {@link Generators#twoBlobs}: 50 per class around (-1.5, -1.5) and (1.5, 1.5), sd 1. */
    BLOBS("blobs", "Two Gaussian blobs"),
    /** {@link Generators#circles}: 100 per class, noise 0.25. */
    CIRCLES("circles", "Circles"),
    /** {@link Generators#moons}: 100 per class, noise 0.15. */
    MOONS("moons", "Moons"),
    /** {@link Generators#spiral}: 100 per class, noise 0.15. */
    SPIRAL("spiral", "Spiral"),
    /** {@link Generators#seed002}: 1-D Gaussians, 500 per class (MLDawn). */
    LINE("line", "1-D Gaussians (MLDawn)"),
    /** {@link Generators#seed004}: 20 per class around (∓1, 0) (Roelants). */
    ROELANTS("roelants", "Two classes, no bias (Roelants)"),
    /** {@link Iris#petals()}: virginica vs. the rest. */
    IRIS("iris", "Iris petals: virginica vs. rest");

    private final String id;
    private final String title;

    Preset(String id, String title) {
        this.id = id;
        this.title = title;
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
        switch (this) {
            case AND:
                return Gates.and();
            case OR:
                return Gates.or();
            case XOR:
                return Gates.xor();
            case BLOBS:
                return Generators.twoBlobs(random, 50, -1.5, -1.5, 1.5, 1.5, 1);
            case CIRCLES:
                return Generators.circles(random, 100, 0.25);
            case MOONS:
                return Generators.moons(random, 100, 0.15);
            case SPIRAL:
                return Generators.spiral(random, 100, 0.15);
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

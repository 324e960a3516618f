package dev.boundary.core.compare;

import dev.boundary.core.math.Validate;
import dev.boundary.core.train.TrainingSettings;

/** One run of a comparison: a name for the legend and the settings it trains with. Immutable. */
public final class Contender {
    private final String name;
    private final TrainingSettings settings;

    public Contender(String name, TrainingSettings settings) {
        Validate.isTrue(name != null && !name.isEmpty(), "a contender needs a name");
        Validate.isTrue(settings != null, "contender " + name + " needs training settings");
        this.name = name;
        this.settings = settings;
    }

    /** The legend's name, e.g. "stable cross-entropy". */
    public String name() {
        return name;
    }

    public TrainingSettings settings() {
        return settings;
    }
}

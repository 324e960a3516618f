package dev.boundary.core.train;

import dev.boundary.core.math.Quote;

/** The update rules a learner can pick. */
public enum OptimizerKind {
    /** w ← w − α·g. */
    GRADIENT_DESCENT("gradient-descent"),
    /** v ← β·v + g; w ← w − α·v, with β = 0.9. */
    MOMENTUM("momentum"),
    /** Adam with β₁ = 0.9, β₂ = 0.999, ε = 1e-8 and bias correction. */
    ADAM("adam");

    private final String id;

    OptimizerKind(String id) {
        this.id = id;
    }

    /** The name used in scenario files and on the page. */
    public String id() {
        return id;
    }

    /** The optimiser named {@code id}, or an exception naming the known ones. */
    public static OptimizerKind fromId(String id) {
        for (OptimizerKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(
                "unknown optimiser " + Quote.of(id) + "; expected gradient-descent, momentum or adam");
    }
}

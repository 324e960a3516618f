package dev.boundary.core.lesson;

import dev.boundary.core.session.Session;

/**
 * What a step asks the learner to do, checked against the session: train to an epoch, drag the
 * threshold past a value, add a hidden layer, pick a batch size or a loss, make the cost fall below
 * a value or make training diverge. {@link Kind#NEXT} asks only for the Next button. Immutable.
 */
public final class Goal {
    /** The kinds of goal, by their names in lesson files. */
    public enum Kind {
        NEXT("next"),
        EPOCH_AT_LEAST("epochAtLeast"),
        THRESHOLD_ABOVE("thresholdAbove"),
        THRESHOLD_BELOW("thresholdBelow"),
        HIDDEN_LAYERS_AT_LEAST("hiddenLayersAtLeast"),
        BATCH_SIZE("batchSize"),
        COST_BELOW("costBelow"),
        DIVERGED("diverged");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The name in lesson files. */
        public String id() {
            return id;
        }
    }

    /** Pressing Next is all the step asks. */
    public static final Goal NEXT = new Goal(Kind.NEXT, 0);

    private final Kind kind;
    private final double value;

    /**
     * A goal of {@code kind} with its number: the epoch, threshold, layer count, batch size (0 for the
     * full batch) or cost; ignored for {@link Kind#NEXT} and {@link Kind#DIVERGED}.
     */
    public Goal(Kind kind, double value) {
        this.kind = kind;
        this.value = value;
    }

    public Kind kind() {
        return kind;
    }

    public double value() {
        return value;
    }

    /** True when the session shows that the learner has done what the goal asks. */
    public boolean met(Session session) {
        switch (kind) {
            case EPOCH_AT_LEAST:
                return session.trainer().epoch() >= value;
            case THRESHOLD_ABOVE:
                return session.threshold() > value;
            case THRESHOLD_BELOW:
                return session.threshold() < value;
            case HIDDEN_LAYERS_AT_LEAST:
                return session.scenario().model().hiddenLayerCount() >= value;
            case BATCH_SIZE:
                return session.scenario().training().batchSize() == value;
            case COST_BELOW:
                return session.trainer().cost() < value;
            case DIVERGED:
                return session.trainer().hasDiverged();
            default:
                return false;
        }
    }

    /** The kind named {@code id} in a lesson file, or null. */
    static Kind kindOf(String id) {
        for (Kind kind : Kind.values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        return null;
    }
}

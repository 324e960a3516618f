package dev.boundary.core.session;

import dev.boundary.core.state.Scenario;

/**
 * A session's undo and redo: the scenarios before each change, each with whether going back to it
 * brings back its weights and epoch (a load, an import) or keeps the live network (a point added, a
 * setting changed). At most {@value #LIMIT} steps back.
 */
final class UndoHistory {
    private static final int LIMIT = 100;

    private UndoStack<Step> stack = new UndoStack<>(LIMIT);

    /** Records the snapshot before a load or an import, which undo brings back with its weights and epoch. */
    void pushLoad(Scenario before) {
        stack.push(new Step(before, true));
    }

    /** Records the scenario before an edit of the points, which undo brings back on the live network. */
    void pushEdit(Scenario before) {
        stack.push(new Step(before, false));
    }

    /** Forgets every undo and redo step. */
    void forget() {
        stack = new UndoStack<>(LIMIT);
    }

    boolean canUndo() {
        return stack.canUndo();
    }

    boolean canRedo() {
        return stack.canRedo();
    }

    /** The step back from {@code current} (the session's snapshot), or null when there is none. */
    Step undo(Scenario current) {
        Step now = new Step(current, false);
        return now.goingTo(stack.undo(now));
    }

    /** The step forward from {@code current} (the session's snapshot), or null when there is none. */
    Step redo(Scenario current) {
        Step now = new Step(current, false);
        return now.goingTo(stack.redo(now));
    }

    /** One undo or redo step: the state to go to and whether going there brings back its weights. */
    static final class Step {
        private final Scenario state;
        private boolean replacesWeights;

        Step(Scenario state, boolean replacesWeights) {
            this.state = state;
            this.replacesWeights = replacesWeights;
        }

        /**
         * Returns {@code target}; this step, the one left and now on the other stack, takes its kind,
         * so that a load is undone and redone as a load.
         */
        Step goingTo(Step target) {
            if (target != null) {
                replacesWeights = target.replacesWeights;
            }
            return target;
        }

        /** The scenario to go to: with its trained state for a load, else without. */
        Scenario scenario() {
            return replacesWeights || !state.hasTrainedState() ? state : state.withoutTrained();
        }

        /**
         * True when going to this step keeps the live network of {@code now}: not a load, and the same
         * model, seed and initial weights, so only the points, settings and threshold change.
         */
        boolean keepsNetworkOf(Scenario now) {
            return !replacesWeights && state.model().sameAs(now.model()) && state.seed() == now.seed()
                    && java.util.Arrays.equals(state.initialWeights(), now.initialWeights());
        }
    }
}

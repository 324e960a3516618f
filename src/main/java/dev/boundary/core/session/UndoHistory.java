package dev.boundary.core.session;

/**
 * A session's undo and redo: the moment before each change, named for the status line ("weight
 * W1[1,1]", "learning rate"). Undo brings back that moment exactly, weights, epoch and cost history
 * included. At most {@value #LIMIT} steps back.
 */
final class UndoHistory {
    private static final int LIMIT = 100;

    private UndoStack<Step> stack = new UndoStack<>(LIMIT);

    /** Records the moment before the change {@code label}. */
    void push(Moment before, String label) {
        stack.push(new Step(before, label));
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

    /** The name of the change undo would take back, or null. */
    String undoLabel() {
        Step step = stack.peekUndo();
        return step == null ? null : step.label;
    }

    /** The name of the change redo would make again, or null. */
    String redoLabel() {
        Step step = stack.peekRedo();
        return step == null ? null : step.label;
    }

    /** The moment before the last change, given the current one (kept for redo); null when none. */
    Moment undo(Moment current) {
        String label = undoLabel();
        Step step = stack.undo(new Step(current, label));
        return step == null ? null : step.moment;
    }

    /** The moment after the last undone change, given the current one; null when none. */
    Moment redo(Moment current) {
        String label = redoLabel();
        Step step = stack.redo(new Step(current, label));
        return step == null ? null : step.moment;
    }

    private static final class Step {
        private final Moment moment;
        private final String label;

        Step(Moment moment, String label) {
            this.moment = moment;
            this.label = label;
        }
    }
}

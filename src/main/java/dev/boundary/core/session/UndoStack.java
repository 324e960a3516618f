package dev.boundary.core.session;

import java.util.ArrayList;
import java.util.List;

/** Bounded undo and redo of immutable states: push the state before a change; undo returns it. */
final class UndoStack<T> {
    private final int limit;
    private final List<T> past = new ArrayList<>();
    private final List<T> future = new ArrayList<>();

    UndoStack(int limit) {
        this.limit = limit;
    }

    /** Records the state before a change; clears the redo side. */
    void push(T before) {
        past.add(before);
        if (past.size() > limit) {
            past.remove(0);
        }
        future.clear();
    }

    boolean canUndo() {
        return !past.isEmpty();
    }

    boolean canRedo() {
        return !future.isEmpty();
    }

    /** The state undo would return, or null. */
    T peekUndo() {
        return past.isEmpty() ? null : past.get(past.size() - 1);
    }

    /** The state redo would return, or null. */
    T peekRedo() {
        return future.isEmpty() ? null : future.get(future.size() - 1);
    }

    /** The state to go back to, given the current one; null when there is none. */
    T undo(T current) {
        if (past.isEmpty()) {
            return null;
        }
        future.add(current);
        return past.remove(past.size() - 1);
    }

    /** The state to go forward to, given the current one; null when there is none. */
    T redo(T current) {
        if (future.isEmpty()) {
            return null;
        }
        past.add(current);
        return future.remove(future.size() - 1);
    }
}

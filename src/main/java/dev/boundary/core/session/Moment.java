package dev.boundary.core.session;

import dev.boundary.core.state.Scenario;
import dev.boundary.core.train.History;

/**
 * One moment of a session, enough to bring it back exactly: the scenario with its weights and epoch
 * as a trained state (none at the initial weights, epoch 0), and the cost history with the epoch of
 * its first entry.
 */
final class Moment {
    private final Scenario state;
    private final History history;
    private final int firstEpoch;

    Moment(Scenario state, History history, int firstEpoch) {
        this.state = state;
        this.history = history;
        this.firstEpoch = firstEpoch;
    }

    Scenario state() {
        return state;
    }

    History history() {
        return history;
    }

    int firstEpoch() {
        return firstEpoch;
    }
}

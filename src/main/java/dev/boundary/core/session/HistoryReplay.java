package dev.boundary.core.session;

import dev.boundary.core.state.Scenario;
import dev.boundary.core.train.History;
import dev.boundary.core.train.Trainer;

/**
 * The cost history of a saved session (a link, a file, an autosave), recomputed rather than stored:
 * training the scenario again from its initial weights for its trained epochs, with the same seed,
 * points and settings, gives the same numbers bit for bit. The replay counts only when it ends on
 * exactly the saved weights; a session whose points or settings changed during training, or that was
 * itself restored and trained on, does not, and its chart starts at the saved epoch as before.
 */
final class HistoryReplay {
    /** The most work a replay may do, in epochs × points × parameters (about a tenth of a second). */
    static final long BUDGET = 200_000_000L;

    private HistoryReplay() {
    }

    /** The history of {@code saved} (which has a trained state) from epoch 0, or null when it cannot be recomputed. */
    static History of(Scenario saved) {
        int epochs = saved.trained().epoch();
        Scenario start = saved.withoutTrained();
        long work = (long) epochs * Math.max(1, saved.data().size()) * saved.trained().parameterCount();
        if (epochs == 0 || work > BUDGET) {
            return null;
        }
        Trainer trainer = start.newTrainer();
        for (int epoch = 0; epoch < epochs; epoch++) {
            if (!trainer.trainEpoch()) {
                return null;
            }
        }
        double[] parameters = new double[trainer.network().parameterCount()];
        trainer.network().copyParameters(parameters);
        return java.util.Arrays.equals(parameters, saved.trained().parameters()) ? trainer.history() : null;
    }
}

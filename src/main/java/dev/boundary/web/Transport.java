package dev.boundary.web;

import dev.boundary.core.session.Session;

/**
 * Play/Pause, Step, the speed and Reset, and the training they start: one epoch for Step, a frame's
 * updates for the play loop ({@link Animator}, which the transport owns). When training cannot go on (no
 * points to train on, every point held out, a divergence) it pauses and says why.
 */
final class Transport {
    private final Workbench bench;
    private final Runnable epochEnded;
    private final Animator animator;

    /**
     * Trains {@code bench}'s session, running {@code epochEnded} after each epoch (the panels that
     * record every one) and {@code drawFrame} after each frame of play (the repaint of what is in view).
     */
    Transport(Workbench bench, Runnable epochEnded, Runnable drawFrame) {
        this.bench = bench;
        this.epochEnded = epochEnded;
        this.animator = new Animator(bench.session(), this::trainUpdates, drawFrame);
    }

    /** The play loop, for the page's frame-time recording and its repaints while playing. */
    Animator animator() {
        return animator;
    }

    void bind() {
        Dom.on("play", "click", event -> togglePlay());
        Dom.on("step", "click", event -> step());
        Dom.on("speed", "change", event -> {
            int speed = Choice.whole("speed", 0, 100_000);
            if (speed == Choice.NONE) {
                bench.status(Choice.refused("speed", "speed"), true);
                Dom.setValue("speed", Integer.toString(animator.epochsPerFrame()));
                return;
            }
            animator.setEpochsPerFrame(speed);
        });
        Dom.on("reset", "click", event -> {
            bench.session().resetWeights();
            bench.status("Weights are back at their initial values; epoch 0.", false);
            bench.render();
        });
    }

    /** Epochs per frame of play, 0 for as many as fit, as the address's {@code speed} option chose. */
    void setSpeed(int epochsPerFrame) {
        animator.setEpochsPerFrame(epochsPerFrame);
        Dom.setValue("speed", Integer.toString(epochsPerFrame));
    }

    void togglePlay() {
        Session session = bench.session();
        if (animator.isPlaying()) {
            animator.pause();
            bench.render(); // the controls as paused; every panel in view is up to date
        } else if (session.trainer().hasDiverged()) {
            bench.status(capitalized(session.trainer().divergence()) + ". Reset the weights to start again.", true);
        } else {
            bench.status("", false);
            animator.play();
        }
        showPlayState();
    }

    /** Whether Play would train now: there are training points and the weights have not diverged. */
    boolean canPlay() {
        Session session = bench.session();
        return session.trainer().trainingCount() > 0 && !session.trainer().hasDiverged();
    }

    /** Stops play and shows it on the Play button. */
    void pause() {
        animator.pause();
        showPlayState();
    }

    void showPlayState() {
        boolean playing = animator.isPlaying();
        Dom.setText("play", playing ? "Pause" : "Play");
        Dom.setAttributeOf(Dom.byId("play"), "aria-pressed", playing ? "true" : "false");
    }

    /** Step (the button or the s key): pauses play, trains one epoch and shows it. */
    void step() {
        pause();
        trainOneEpoch();
        bench.render();
    }

    /** Trains {@code epochs} epochs as that many presses of Step would (stopping if training stops), then repaints. */
    void trainEpochs(int epochs) {
        pause();
        for (int i = 0; i < epochs && trainOneEpoch(); i++) {
            // each epoch is shown to the panels that record every one
        }
        bench.render();
    }

    /** One epoch, as Step does; on a stop, pauses and says why. */
    boolean trainOneEpoch() {
        if (!canTrain()) {
            return false;
        }
        boolean trained = bench.session().trainEpoch();
        if (!trained) {
            stopped();
        } else {
            epochEnded.run();
        }
        return trained;
    }

    /**
     * Up to {@code maxUpdates} updates for a frame of play, going on with the epoch under way; returns
     * the epochs completed, or -1 when training stopped (and the page says why). One update at a time,
     * so the panels hear of every epoch that ends ({@link Panel#afterEpoch}), even when one call trains
     * several full-batch epochs.
     */
    int trainUpdates(int maxUpdates) {
        if (!canTrain()) {
            return -1;
        }
        Session session = bench.session();
        int completed = 0;
        for (int update = 0; update < maxUpdates; update++) {
            int ended = session.trainUpdates(1);
            if (session.trainer().hasDiverged()) {
                stopped();
                return -1;
            }
            if (ended > 0) {
                completed += ended;
                epochEnded.run();
            }
        }
        return completed;
    }

    private boolean canTrain() {
        Session session = bench.session();
        if (session.trainer().trainingCount() > 0) {
            return true;
        }
        pause();
        bench.status(session.data().size() == 0
                ? "There are no points to train on: click the plot to add some, or pick a data set."
                : "Every point is held out for testing: lower the test set share to train.", true);
        return false;
    }

    private void stopped() {
        pause();
        bench.status(capitalized(bench.session().trainer().divergence()) + ".", true);
        bench.render();
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

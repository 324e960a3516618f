package dev.boundary.web;

import org.teavm.jso.browser.Window;

/**
 * The play loop: each animation frame trains whole epochs — the chosen number, or as many as fit — but
 * stops early when a time budget is spent (always at least one epoch), then repaints once, so the page stays smooth whatever the data size. Step does the same work
 * synchronously for one epoch; the loop only repeats it.
 */
final class Animator {
    /** Milliseconds of training per frame, leaving the rest of a 16.7 ms frame for drawing. */
    private static final double BUDGET_MS = 8.0;

    private final Page page;
    private boolean playing;
    /** Epochs per frame; 0 means as many as fit in the time budget. */
    private int epochsPerFrame = 10;
    private boolean scheduled;

    Animator(Page page) {
        this.page = page;
    }

    void setEpochsPerFrame(int value) {
        epochsPerFrame = Math.max(0, value);
    }

    boolean isPlaying() {
        return playing;
    }

    void play() {
        if (playing) {
            return;
        }
        playing = true;
        schedule();
    }

    void pause() {
        playing = false;
    }

    private void schedule() {
        if (!scheduled) {
            scheduled = true;
            Window.requestAnimationFrame(timestamp -> frame());
        }
    }

    private void frame() {
        scheduled = false;
        if (!playing) {
            return;
        }
        double start = Dom.now();
        int epochs = 0;
        do {
            if (!page.trainOneEpoch()) {
                return;
            }
            epochs++;
        } while ((epochsPerFrame == 0 || epochs < epochsPerFrame) && Dom.now() - start < BUDGET_MS);
        page.render();
        schedule();
    }
}

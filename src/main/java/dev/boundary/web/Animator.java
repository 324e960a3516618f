package dev.boundary.web;

import dev.boundary.core.math.Numbers;
import dev.boundary.core.math.SampleWindow;
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
    /** Frame times (training + drawing, ms) when the page was opened with {@code ?frametimes}. */
    private SampleWindow frameTimes;
    private double lastFrameStart = Double.NaN;
    private SampleWindow frameIntervals;

    Animator(Page page) {
        this.page = page;
    }

    /**
     * Records each frame's work (training and drawing) and the interval between frames, and publishes
     * the median and 95th percentile on {@code <html>} as {@code data-frame-work-median},
     * {@code data-frame-work-p95}, {@code data-frame-interval-median}, {@code data-frame-interval-p95}
     * and {@code data-frames}, for benchmarks.
     */
    void recordFrameTimes() {
        frameTimes = new SampleWindow(600);
        frameIntervals = new SampleWindow(600);
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
        if (frameTimes != null) {
            record(start);
        }
        schedule();
    }

    private void record(double start) {
        frameTimes.add(Dom.now() - start);
        if (!Double.isNaN(lastFrameStart)) {
            frameIntervals.add(start - lastFrameStart);
        }
        lastFrameStart = start;
        if (frameTimes.size() % 30 == 0 || frameTimes.size() < 30) {
            publish("data-frame-work-median", frameTimes.median());
            publish("data-frame-work-p95", frameTimes.percentile(95));
            publish("data-frame-interval-median", frameIntervals.median());
            publish("data-frame-interval-p95", frameIntervals.percentile(95));
            Dom.document().getDocumentElement().setAttribute("data-frames", Integer.toString(frameTimes.size()));
        }
    }

    private static void publish(String attribute, double milliseconds) {
        Dom.document().getDocumentElement().setAttribute(attribute, Numbers.fixed(milliseconds, 2));
    }
}

package dev.boundary.web;

import dev.boundary.core.math.Numbers;
import dev.boundary.core.math.SampleWindow;
import dev.boundary.core.session.Session;
import org.teavm.jso.browser.Window;

/**
 * The play loop: each animation frame trains the chosen number of epochs (or as many as fit), in slices
 * of a few updates, stopping early — also in the middle of an epoch — when a time budget is spent; then
 * it repaints once. The next frame's budget is what is left of the frame's share after the page's
 * drawing and the browser's own rendering of the last frames ({@link RenderingTime}): the share is 15 ms
 * of a 60 Hz frame's 16.7, so the page keeps up with the display whatever the data size. Step does the
 * same work synchronously for one epoch; the loop only repeats it.
 */
final class Animator {
    /** The work a frame may take (ms): training, drawing and the browser's rendering, below a 60 Hz frame. */
    private static final double FRAME_MS = 15.0;
    private static final double MIN_BUDGET_MS = 2.0;
    private static final double MAX_BUDGET_MS = 10.0;
    /** Updates between two looks at the clock. */
    private static final int SLICE = 4;
    /** Training time per frame (ms), adapted to what drawing takes. */
    private double budget = 8.0;

    private final Session session;
    private final Updates updates;
    private final Runnable drawFrame;
    private boolean playing;
    /** Epochs per frame; 0 means as many as fit in the time budget. */
    private int epochsPerFrame = 10;
    private boolean scheduled;
    /** Frame times (training + drawing, ms) when the page was opened with {@code ?frametimes}. */
    private SampleWindow frameTimes;
    private double lastFrameStart = Double.NaN;
    private SampleWindow frameIntervals;
    /** Where each frame's time goes, when recording; else null. */
    private FrameParts parts;
    private final RenderingTime rendering = new RenderingTime();
    /** Epochs completed by frames of play (recording starts before the first), and when recording started. */
    private long epochsRecorded;
    private double recordingStart = Double.NaN;

    /** A frame's training: up to {@code maxUpdates} updates; the epochs completed, or -1 when training stopped. */
    interface Updates {
        int train(int maxUpdates);
    }

    /**
     * Each frame trains through {@code updates} (the session's updates per epoch tell how many make the
     * frame's epochs), then runs {@code drawFrame}, the repaint of a frame of play.
     */
    Animator(Session session, Updates updates, Runnable drawFrame) {
        this.session = session;
        this.updates = updates;
        this.drawFrame = drawFrame;
    }

    /**
     * Records each frame's work (training and drawing) and the interval between frames, and publishes
     * the median and 95th percentile on {@code <html>} as {@code data-frame-work-median},
     * {@code data-frame-work-p95}, {@code data-frame-interval-median}, {@code data-frame-interval-p95}
     * and {@code data-frames}, for benchmarks; and the time from navigation to the end of the first
     * frame that trained, as {@code data-first-trained-frame} (ms).
     */
    void recordFrameTimes() {
        frameTimes = new SampleWindow(600);
        frameIntervals = new SampleWindow(600);
        parts = new FrameParts("data-frame-parts");
    }

    /** The frame's part timer while recording frame times, else null. */
    FrameParts parts() {
        return parts;
    }

    int epochsPerFrame() {
        return epochsPerFrame;
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
        if (parts != null) {
            parts.begin();
        }
        long target = epochsPerFrame == 0 ? Long.MAX_VALUE
                : (long) epochsPerFrame * session.trainer().updatesPerEpoch();
        long done = 0;
        while (done < target) {
            int slice = (int) Math.min(SLICE, target - done);
            int ended = updates.train(slice);
            if (ended < 0) {
                return;
            }
            epochsRecorded += ended;
            done += slice;
            if (Dom.now() - start >= budget) {
                break;
            }
        }
        double trained = Dom.now();
        if (parts != null) {
            parts.mark("train");
        }
        drawFrame.run();
        double drawing = Dom.now() - trained;
        // Keep training, drawing and the browser's rendering within one 60 Hz frame.
        budget = Math.max(MIN_BUDGET_MS, Math.min(MAX_BUDGET_MS, FRAME_MS - drawing - rendering.estimate()));
        if (frameTimes != null) {
            record(start);
        }
        rendering.frameEnded();
        schedule();
    }

    private void record(double start) {
        double end = Dom.now();
        if (frameTimes.size() == 0) {
            publish("data-first-trained-frame", end);
            recordingStart = start;
        }
        frameTimes.add(end - start);
        parts.end();
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
            Dom.document().getDocumentElement().setAttribute("data-epochs-per-second",
                    Numbers.fixed(epochsRecorded / ((end - recordingStart) / 1000.0), 1));
            parts.publish();
        }
    }

    private static void publish(String attribute, double milliseconds) {
        Dom.document().getDocumentElement().setAttribute(attribute, Numbers.fixed(milliseconds, 2));
    }
}

package dev.boundary.web;

import dev.boundary.core.math.Numbers;
import dev.boundary.core.math.SampleWindow;

/**
 * Where a frame's time goes, part by part (training, the field, the points, the chart, each panel),
 * for pages opened with {@code ?frametimes}: each part's median over the last frames is published on
 * {@code <html data-frame-parts>} as "train 5.10 · field 3.20 · …" (ms), in the order first seen.
 */
final class FrameParts {
    private static final int MAX_PARTS = 24;
    private static final int WINDOW = 300;

    private final String[] names = new String[MAX_PARTS];
    private final SampleWindow[] windows = new SampleWindow[MAX_PARTS];
    private final double[] sums = new double[MAX_PARTS];
    private final String attribute;
    private int count;
    private double last;

    /** Parts published on {@code <html>} as {@code attribute}. */
    FrameParts(String attribute) {
        this.attribute = attribute;
    }

    /** Starts timing a frame's parts from now. */
    void begin() {
        java.util.Arrays.fill(sums, 0.0);
        last = Dom.now();
    }

    /** Adds the time since the previous mark (or {@link #begin()}) to {@code part}. */
    void mark(String part) {
        double now = Dom.now();
        int index = indexOf(part);
        if (index >= 0) {
            sums[index] += now - last;
        }
        last = now;
    }

    /** Ends the frame: each part seen so far gets this frame's total (0 when it did not run). */
    void end() {
        for (int i = 0; i < count; i++) {
            windows[i].add(sums[i]);
        }
    }

    void publish() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " · ").append(names[i]).append(' ').append(Numbers.fixed(windows[i].median(), 2));
        }
        Dom.document().getDocumentElement().setAttribute(attribute, text.toString());
    }

    private int indexOf(String part) {
        for (int i = 0; i < count; i++) {
            if (names[i].equals(part)) {
                return i;
            }
        }
        if (count == MAX_PARTS) {
            return -1;
        }
        names[count] = part;
        windows[count] = new SampleWindow(WINDOW);
        return count++;
    }
}

package dev.boundary.web;

import dev.boundary.core.math.Numbers;
import dev.boundary.core.math.SampleWindow;

/**
 * How long adding or removing a point by hand takes, from the click's handler starting to the page
 * repainted, for pages opened with {@code ?frametimes}: published on {@code <html>} as
 * {@code data-edit-last}, {@code data-edit-median} and {@code data-edit-p95} (ms) and
 * {@code data-edits} (how many), for benchmarks.
 */
final class EditTimes {
    private final SampleWindow times = new SampleWindow(200);

    /** Records an edit that started at {@code start} ({@link Dom#now()}) and has just been drawn. */
    void record(double start) {
        double took = Dom.now() - start;
        times.add(took);
        publish("data-edit-last", took);
        publish("data-edit-median", times.median());
        publish("data-edit-p95", times.percentile(95));
        Dom.document().getDocumentElement().setAttribute("data-edits", Integer.toString(times.size()));
    }

    private static void publish(String attribute, double milliseconds) {
        Dom.document().getDocumentElement().setAttribute(attribute, Numbers.fixed(milliseconds, 2));
    }
}

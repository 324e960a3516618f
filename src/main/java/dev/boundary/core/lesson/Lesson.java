package dev.boundary.core.lesson;

import java.util.Arrays;
import java.util.List;

/** A guided lesson: its id (as in {@code ?lesson=ID}), title, source (name and link) and steps. Immutable. */
public final class Lesson {
    private final String id;
    private final String title;
    private final String sourceName;
    private final String sourceUrl;
    private final LessonStep[] steps;

    public Lesson(String id, String title, String sourceName, String sourceUrl, LessonStep[] steps) {
        if (steps.length == 0) {
            throw new IllegalArgumentException("a lesson needs at least one step");
        }
        this.id = id;
        this.title = title;
        this.sourceName = sourceName;
        this.sourceUrl = sourceUrl;
        this.steps = steps.clone();
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The tutorial the lesson follows, as people cite it. */
    public String sourceName() {
        return sourceName;
    }

    /** Where the tutorial is (an http or https address). */
    public String sourceUrl() {
        return sourceUrl;
    }

    public int stepCount() {
        return steps.length;
    }

    /** Step {@code index}, from 0. */
    public LessonStep step(int index) {
        return steps[index];
    }

    /**
     * The step whose set-up brings the page to where step {@code index} expects it when the lesson is
     * opened there by a link: the last step up to {@code index} that sets up the page, or -1.
     */
    public int setupFor(int index) {
        for (int i = index; i >= 0; i--) {
            if (steps[i].setsUp()) {
                return i;
            }
        }
        return -1;
    }

    public List<LessonStep> steps() {
        return Arrays.asList(steps.clone());
    }
}

package dev.boundary.core.lesson;

import dev.boundary.core.session.Session;

/**
 * Where a learner is in a lesson: the current step, Back and Next, and moving on by itself. A step's
 * goal counts only once the step is ready (its set-up done, see {@link #ready}) and only when the
 * learner makes it come true: a goal already met when the step became ready (as after Back) waits
 * for Next, so going back never jumps forward again.
 */
public final class LessonRun {
    private final Lesson lesson;
    private int step;
    private boolean ready;
    /** True once the goal has been seen unmet since the step became ready: meeting it then moves on. */
    private boolean armed;

    /** The lesson at step {@code start} (from 0; clamped to the lesson's steps). */
    public LessonRun(Lesson lesson, int start) {
        this.lesson = lesson;
        this.step = Math.max(0, Math.min(lesson.stepCount() - 1, start));
    }

    public Lesson lesson() {
        return lesson;
    }

    /** The current step's index, from 0. */
    public int stepIndex() {
        return step;
    }

    public LessonStep step() {
        return lesson.step(step);
    }

    /** "3 / 8": the step's number and the number of steps. */
    public String progress() {
        return (step + 1) + " / " + lesson.stepCount();
    }

    public boolean isFirst() {
        return step == 0;
    }

    public boolean isLast() {
        return step == lesson.stepCount() - 1;
    }

    /** Goes to the next step (the caller then sets it up); false at the last step. */
    public boolean next() {
        if (isLast()) {
            return false;
        }
        step++;
        ready = false;
        return true;
    }

    /** Goes to the step before (the caller then sets it up); false at the first step. */
    public boolean back() {
        if (isFirst()) {
            return false;
        }
        step--;
        ready = false;
        return true;
    }

    /** The step's set-up is done: its goal counts from now on, if it is not met already. */
    public void ready(Session session) {
        ready = true;
        armed = !step().goal().met(session);
    }

    public boolean isReady() {
        return ready;
    }

    /** True when the current step's goal is met (shown as done). */
    public boolean done(Session session) {
        return ready && step().goal().met(session);
    }

    /**
     * After a change to the session: moves to the next step, and returns true, when the learner has
     * just done what the current step asks (and it is not the last step).
     */
    public boolean advanceIfDone(Session session) {
        if (!ready) {
            return false;
        }
        boolean met = step().goal().met(session);
        if (!met) {
            armed = true;
            return false;
        }
        if (armed && !isLast()) {
            return next();
        }
        return false;
    }
}

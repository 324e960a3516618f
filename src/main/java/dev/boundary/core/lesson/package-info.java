/**
 * Guided lessons: tours through the tutorials the page reproduces, written as data (the JSON files of
 * {@code web/lessons}, format in the README) so that a teacher can write one. {@link
 * dev.boundary.core.lesson.LessonJson} reads a file into a {@link dev.boundary.core.lesson.Lesson} of
 * {@link dev.boundary.core.lesson.LessonStep}s; each step's {@link dev.boundary.core.lesson.Goal}
 * says what the learner is asked to do, {@link dev.boundary.core.lesson.LessonText} fills its text
 * with the live numbers of the session, and {@link dev.boundary.core.lesson.LessonRun} walks the
 * steps: Back, Next, and moving on by itself once the learner has done what a step asks.
 */
package dev.boundary.core.lesson;

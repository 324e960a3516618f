/**
 * The page's model: one {@link dev.boundary.core.session.Session} holds the points, the model, the
 * training settings, the threshold and the trainer, with undo and redo of data edits — everything the
 * glue shows, reachable from JVM tests.
 */
package dev.boundary.core.session;

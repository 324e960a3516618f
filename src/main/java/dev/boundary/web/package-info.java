/**
 * The glue between the page and the core: DOM events become calls on the core's
 * {@link dev.boundary.core.session.Session}, and the core's numbers become canvas pixels and text.
 * No maths lives here; everything that computes is in {@code dev.boundary.core}.
 *
 * <p>{@link dev.boundary.web.Page} creates every part and hands each one only what it uses: the
 * {@link dev.boundary.web.Workbench} (the session, a repaint, the status line) and, where needed, the
 * plot, the {@link dev.boundary.web.Transport} or the {@link dev.boundary.web.ScenarioLoader}. No part
 * holds the page itself, and the play loop ({@link dev.boundary.web.Animator}) gets its training and
 * its frame's repaint as callbacks, so nothing refers back to what created it.
 */
package dev.boundary.web;

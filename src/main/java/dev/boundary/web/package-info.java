/**
 * The glue between the page and the core: DOM events become calls on the core's
 * {@link dev.boundary.core.session.Session}, and the core's numbers become canvas pixels and text.
 * No maths lives here; everything that computes is in {@code dev.boundary.core}.
 */
package dev.boundary.web;

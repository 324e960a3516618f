/**
 * The numbers behind the maths panels that put training runs next to each other: a
 * {@link dev.boundary.core.compare.Comparison} trains several {@link dev.boundary.core.compare.Contender}s
 * from one start (the comparisons of the sources, listed in {@link dev.boundary.core.compare.ComparisonKind})
 * for a bounded number of epochs and keeps their histories, and
 * {@link dev.boundary.core.compare.ComparisonText} explains the outcome with its own figures. For the
 * loss surface (Roelants) the same package chooses the two parameters and the range
 * ({@link dev.boundary.core.compare.SurfaceChoices}), follows the session's training as a path
 * ({@link dev.boundary.core.compare.DescentTracker}) and maps costs to colour levels
 * ({@link dev.boundary.core.compare.SurfaceShading}); the grid itself is
 * {@link dev.boundary.core.view.LossSurface}.
 *
 * <p>Work is bounded: a comparison never trains more epochs than a work budget allows for the data and
 * model, so a click computes and draws at once without freezing the page. Nothing here imports TeaVM.
 */
package dev.boundary.core.compare;

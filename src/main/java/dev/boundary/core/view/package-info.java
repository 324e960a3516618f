/**
 * The numbers a picture needs, never the picture: the world↔pixel {@link dev.boundary.core.view.Viewport}
 * with nice axis ticks, the {@link dev.boundary.core.view.ProbabilityField} p̂ on a grid, its contour at
 * the threshold ({@link dev.boundary.core.view.ContourTracer}, marching squares), the packed colours of
 * the field ({@link dev.boundary.core.view.FieldColors}), the {@link dev.boundary.core.view.LossSurface}
 * over two parameters (named by {@link dev.boundary.core.view.ParameterIndex}) with the
 * {@link dev.boundary.core.view.GradientPath} walked on it, the
 * {@link dev.boundary.core.view.NetworkDiagramLayout}, every unit's activation over the plane with
 * its colours ({@link dev.boundary.core.view.UnitFields}), and the cost charts' scales, ranges and
 * per-column summaries ({@link dev.boundary.core.view.CostScale}).
 *
 * <p>Grids share one layout everywhere in this package: {@code cols × rows} cells, row-major, row 0 at
 * the top of the picture (largest world y), each value sampled at its cell's centre. Buffers are
 * allocated when the grid size changes and reused otherwise, so redrawing every frame allocates
 * nothing. Nothing here imports TeaVM: the web glue turns these numbers into pixels and strokes.
 */
package dev.boundary.core.view;

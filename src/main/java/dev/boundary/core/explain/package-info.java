/**
 * The numbers behind the "See the maths" panels, worked out the way the tutorials work them by hand.
 *
 * <p>{@link dev.boundary.core.explain.PointTrace} follows one example through the network node by
 * node — per layer z, a = g(z), then back from the loss: ∂L/∂p̂, ∂p̂/∂z, ∂L/∂z (the {@code p̂ − y}
 * shortcut for the stable cross-entropy, the chain rule otherwise), ∂L/∂W, ∂L/∂b and the
 * gradient-descent update w − α·∂L/∂w. It uses scalar loops over units, as a hand calculation does,
 * not the matrix code of {@link dev.boundary.core.nn.Network}, so the two are independent
 * derivations that the tests hold against each other. {@link dev.boundary.core.explain.BatchGradient}
 * averages the per-example traces over the m training points, as the vectorised form
 * {@code dW = (1/m)·dZ·Xᵀ}, {@code db = (1/m)·Σ dZ} does, and takes one full-batch step.
 * {@link dev.boundary.core.explain.ThresholdStory} is the threshold's operating point on the ROC and
 * precision–recall curves, and {@link dev.boundary.core.explain.LinkPicker} finds the diagram link
 * under the pointer.
 *
 * <p>Buffers are allocated when the model's shape changes and reused otherwise, so recomputing every
 * animation frame allocates nothing.
 */
package dev.boundary.core.explain;

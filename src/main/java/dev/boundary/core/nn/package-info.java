/**
 * The model: activations with their derivatives, losses computed from logits, dense layers and the
 * {@link dev.boundary.core.nn.Network} with its forward and backward passes.
 */
package dev.boundary.core.nn;

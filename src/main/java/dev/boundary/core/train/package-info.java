/**
 * Training: settings, optimisers (gradient descent, momentum, Adam), batching with a seeded reshuffle
 * per epoch, L2, and the {@link dev.boundary.core.train.Trainer} with its history and divergence stop.
 */
package dev.boundary.core.train;

/**
 * Numbers without meaning: the row-major {@link dev.boundary.core.math.Matrix}, the one seeded random
 * generator, argument checks and number formatting that prints the same digits on every engine.
 */
package dev.boundary.core.math;

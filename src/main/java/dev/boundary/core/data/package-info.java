/**
 * Labelled points: the {@link dev.boundary.core.data.DataSet}, the generated and classic data sets
 * (gates, blobs, circles, moons, spiral, the 1-D Gaussians, Iris petals) and CSV reading and writing.
 */
package dev.boundary.core.data;

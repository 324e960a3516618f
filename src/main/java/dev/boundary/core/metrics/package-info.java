/**
 * How good the predictions are: the {@link dev.boundary.core.metrics.ConfusionMatrix} at a threshold
 * with accuracy, precision, recall and F1, and the {@link dev.boundary.core.metrics.RocCurve} with its
 * AUC and precision–recall points.
 *
 * <p>Metrics take predicted probabilities {@code p} and labels {@code y} (0 or 1) as plain arrays of
 * which the first {@code m} entries are used, so the training buffers can be passed as they are. A
 * point is predicted positive when {@code p >= threshold}. Where a ratio has a zero denominator the
 * value is 0 (scikit-learn's {@code zero_division=0}), and a {@code ...Defined()} method says so, so
 * the page can show "—".
 */
package dev.boundary.core.metrics;

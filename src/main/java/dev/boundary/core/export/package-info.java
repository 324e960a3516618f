/**
 * Writing a run out for other tools: {@link dev.boundary.core.export.NumpyScript} turns a scenario
 * into a self-contained Python script, NumPy only, that trains the same model from the same weights
 * on the same points in the same order and prints the same {@code epoch,cost,accuracy} rows as the
 * replay command. The script's fixed parts are in {@link dev.boundary.core.export.NumpyParts}, the
 * parts that depend on the model's choices in {@link dev.boundary.core.export.NumpyChoices}.
 *
 * <p>Plain Java that TeaVM compiles: the page's "Export as Python" and the replay's {@code --numpy}
 * call the same generator.
 */
package dev.boundary.core.export;

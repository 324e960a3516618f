package dev.boundary.core.state;

/**
 * Scenarios as JSON: the file format of saved sessions and {@code web/examples}, and the text inside
 * the first form of links, still read ({@link dev.boundary.core.link.Link}).
 *
 * <h2>Format, version 1</h2>
 *
 * <pre>
 * {
 *   "format": "boundary-scenario",          required, exactly this
 *   "version": 1,                           required, exactly 1
 *   "title": "XOR with a 2-3-1 network",    optional, default "Untitled"; at most 200 characters
 *   "description": "…",                     optional, default ""; at most 4000 characters
 *   "data": {                               required
 *     "features": 2,                        optional, 1 or 2, default 2
 *     "points": [[0, 0, 0], [0, 1, 1]]      optional, default []; each [x1, x2, label], or [x, label]
 *   },                                      with 1 feature; coordinates finite, labels 0 or 1;
 *                                           at most 100000 points
 *   "model": {                              optional, default: no hidden layer (logistic regression)
 *     "hiddenLayers": [3],                  optional, default []; 0–6 layers of 1–16 units
 *     "activation": "sigmoid",              optional, default "sigmoid"; of the hidden layers:
 *                                           sigmoid, tanh, relu or linear (the output is always sigmoid)
 *     "bias": true                          optional, default true; false: every bias stays 0
 *   },
 *   "initialWeights": [                     optional; missing: drawn from the seed (Xavier, He for ReLU)
 *     {"weights": [[0.1, 0.6], [0.2, 0.4], [0.3, 0.7]],   one row per unit, one value per input
 *      "biases": [0, 0, 0]},                optional, default all 0; must be 0 without biases
 *     {"weights": [[0.1, 0.4, 0.9]], "biases": [0]}       one entry per layer, input side first
 *   ],
 *   "seed": 1,                              optional, default 1; any whole number (64-bit): it draws the
 *                                           weights when they are not given and shuffles mini-batches
 *   "training": {                           optional, every field optional
 *     "loss": "cross-entropy",              default; or "naive-cross-entropy", "squared-error"
 *     "optimizer": "gradient-descent",      default; or "momentum", "adam"
 *     "learningRate": 1,                    default 1; above 0, at most 1000
 *     "batchSize": "full",                  default "full"; or 1 (stochastic) to 100000
 *     "l2": 0,                              default 0; 0 to 100
 *     "epochs": 5000                        default 5000; 0 to 10000000, how many a replay trains
 *   },
 *   "threshold": 0.5,                       optional, default 0.5; above 0 and below 1
 *   "trained": {                            optional: where training had got to
 *     "epoch": 1234,                        whole number, 0 or more
 *     "parameters": [10.7, 10.7, -16.2]     every parameter: layer by layer, its weights row by row,
 *   }                                       then its biases (also the zero ones of a model without)
 * }
 * </pre>
 *
 * <p>A field that is null counts as missing. Unknown fields are refused, so that a misspelt name is
 * reported rather than silently replaced by its default. Numbers are written as the shortest decimal
 * that reads back as the same double ({@link ExactDecimal}), so files and links restore the exact
 * weights; negative zero is written {@code -0.0}.
 *
 * <p>Reading checks everything before building anything, and throws a {@link ScenarioException} that
 * names the field and what was found, e.g. {@code training.learningRate must be a number above 0,
 * found "abc"} or {@code initialWeights[0].weights has 2 rows; the layer has 3 units}.
 */
public final class ScenarioJson {
    /** The value of the "format" field. */
    public static final String FORMAT = "boundary-scenario";
    /** The version this code writes and reads. */
    public static final int VERSION = 1;

    private ScenarioJson() {
    }

    /**
     * The scenario in {@code json}.
     *
     * @throws ScenarioException saying what is wrong and where; nothing is half-built
     */
    public static Scenario read(String json) {
        return ScenarioReader.read(json);
    }

    /** Pretty JSON for files: two-space indent, one point per line, ending with a newline. */
    public static String write(Scenario scenario) {
        return ScenarioWriter.write(scenario, true);
    }

    /** Compact JSON without any spaces or newlines, for links. */
    public static String writeCompact(Scenario scenario) {
        return ScenarioWriter.write(scenario, false);
    }
}

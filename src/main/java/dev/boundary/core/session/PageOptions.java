package dev.boundary.core.session;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.data.Preset;
import dev.boundary.core.math.Numbers;
import dev.boundary.core.math.Quote;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.InputFeatures;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.train.OptimizerKind;
import dev.boundary.core.train.Regularization;
import dev.boundary.core.train.TrainingSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up options from the page address's query string, for links that open a configured page:
 * {@code ?dataset=blobs&points=1000&hidden=8,8&activation=tanh&batch=10&optimizer=adam&lr=0.1&seed=3&play}.
 *
 * <ul>
 *   <li>{@code dataset}: a preset id (and, or, xor, blobs, circles, moons, spiral, line, roelants, iris);
 *   <li>{@code points}: total points of a generated preset (blobs, circles, moons, spiral), 4 to 100000 (as many as a scenario holds);
 *   <li>{@code noise}: the noise of a generated preset, in data units, 0 to the preset's largest;
 *   <li>{@code test}: the fraction of the points held out as a test set, 0 to 0.9;
 *   <li>{@code features}: the model's inputs, e.g. {@code x1sq,x2sq} (ids of {@link InputFeatures});
 *   <li>{@code hidden}: hidden layer sizes, e.g. {@code 8,8}, or {@code none} for one neuron;
 *   <li>{@code activation}, {@code optimizer}: as in scenario files; {@code batch}: {@code full} or a size;
 *   <li>{@code regularization}: none, l1 or l2; {@code lambda}: its strength λ, 0 to 100 (alone, it means L2);
 *   <li>{@code lr}: learning rate; {@code seed}: a whole number;
 *   <li>flags {@code play} (start training), {@code frametimes} (record frame times), and {@code speed}
 *       (epochs per frame, 0 = as many as fit).
 * </ul>
 * A bad value is skipped with a message naming it; the rest still apply.
 */
public final class PageOptions {
    public static final int MAX_POINTS = Scenario.MAX_POINTS;

    private Scenario scenario;
    private boolean play;
    private boolean frameTimes;
    private int speed = -1;
    private String dataset;
    private final List<String> problems = new ArrayList<>();

    private PageOptions(Scenario start) {
        this.scenario = start;
    }

    /** Applies the options of {@code query} (with or without the leading {@code ?}) to {@code start}. */
    public static PageOptions parse(String query, Scenario start) {
        PageOptions options = new PageOptions(start);
        String text = query.startsWith("?") ? query.substring(1) : query;
        String dataset = null;
        int points = 0;
        double noise = Double.NaN;
        String features = null;
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            try {
                switch (key) {
                    case "dataset":
                        Preset.byId(value);
                        dataset = value;
                        break;
                    case "points":
                        points = wholeNumber(value, 4, MAX_POINTS, "points");
                        break;
                    case "noise":
                        noise = number(value, "noise");
                        break;
                    case "features":
                        features = value;
                        break;
                    default:
                        options.apply(key, value);
                }
            } catch (IllegalArgumentException e) {
                options.problems.add(Quote.shown(key) + ": " + e.getMessage());
            }
        }
        options.dataset = dataset;
        if (dataset != null || points > 0 || !Double.isNaN(noise)) {
            Preset preset = dataset != null ? Preset.byId(dataset) : Preset.CIRCLES;
            if (points > 0 && !preset.isGenerated()) {
                options.problems.add("points: the " + preset.id() + " data set has a fixed size");
            }
            if (!Double.isNaN(noise) && !(preset.isGenerated() && noise >= 0 && noise <= preset.maxNoise())) {
                options.problems.add("noise: " + (preset.isGenerated() ? "the " + preset.id()
                        + " data set takes noise from 0 to " + preset.maxNoise() + ", was " + Numbers.shortest(noise)
                        : "the " + preset.id() + " data set has no noise"));
                noise = Double.NaN;
            }
            DataSet data = preset.isGenerated()
                    ? preset.generate(options.scenario.seed(), points > 0 ? points / 2 : preset.defaultCountPerClass(),
                            Double.isNaN(noise) ? preset.defaultNoise() : noise)
                    : preset.generate(options.scenario.seed());
            options.scenario = options.scenario.withFittedData(data)
                    .withTitle(preset.title()).withDescription(preset.description());
        }
        if (features != null) {
            ModelSpec model = options.scenario.model();
            try {
                options.scenario = options.scenario.withModel(
                        model.withFeatures(InputFeatures.parse(model.dimension(), features)));
            } catch (IllegalArgumentException e) {
                options.problems.add("features: " + e.getMessage());
            }
        }
        return options;
    }

    private void apply(String key, String value) {
        TrainingSettings training = scenario.training();
        ModelSpec model = scenario.model();
        switch (key) {
            case "hidden":
                scenario = scenario.withModel(new ModelSpec(model.features(), sizes(value),
                        model.hiddenActivation(), model.hasBias()));
                break;
            case "activation":
                scenario = scenario.withModel(new ModelSpec(model.features(), model.hiddenLayerSizes(),
                        Activation.fromId(value), model.hasBias()));
                break;
            case "optimizer":
                scenario = scenario.withTraining(training.withOptimizer(OptimizerKind.fromId(value)));
                break;
            case "batch":
                int batch = value.equals("full") ? TrainingSettings.FULL_BATCH : wholeNumber(value, 1, 100_000, "batch");
                scenario = scenario.withTraining(training.withBatchSize(batch));
                break;
            case "lr":
                scenario = scenario.withTraining(training.withLearningRate(number(value, "lr")));
                break;
            case "seed":
                long seed = wholeNumber(value, 0, Integer.MAX_VALUE, "seed");
                scenario = scenario.withSeed(seed);
                break;
            case "play":
                play = true;
                break;
            case "frametimes":
                frameTimes = true;
                break;
            case "test":
                double fraction = number(value, "test");
                if (!(fraction >= 0 && fraction <= TrainingSettings.MAX_TEST_FRACTION)) {
                    throw new IllegalArgumentException("the test fraction must be between 0 and "
                            + TrainingSettings.MAX_TEST_FRACTION + ", was " + value);
                }
                scenario = scenario.withTraining(training.withTestFraction(fraction));
                break;
            case "regularization":
                scenario = scenario.withTraining(training.withRegularization(Regularization.fromId(value),
                        training.lambda()));
                break;
            case "lambda":
                double lambda = number(value, "lambda");
                if (!(lambda >= 0 && lambda <= TrainingSettings.MAX_LAMBDA)) {
                    throw new IllegalArgumentException("λ must be between 0 and " + TrainingSettings.MAX_LAMBDA
                            + ", was " + value);
                }
                scenario = scenario.withTraining(training.withRegularization(
                        training.regularization() == Regularization.NONE ? Regularization.L2 : training.regularization(),
                        lambda));
                break;
            case "speed":
                speed = wholeNumber(value, 0, 100_000, "speed");
                break;
            case "lesson":
            case "step":
                break; // a guided lesson and its step: the page's lesson panel reads them
            default:
                throw new IllegalArgumentException("unknown option");
        }
    }

    private static int[] sizes(String value) {
        if (value.equals("none") || value.isEmpty()) {
            return new int[0];
        }
        String[] parts = value.split(",");
        int[] sizes = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            sizes[i] = wholeNumber(parts[i].trim(), 1, ModelSpec.MAX_UNITS, "units");
        }
        return sizes;
    }

    private static int wholeNumber(String value, int low, int high, String what) {
        int parsed;
        try {
            parsed = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Quote.of(value) + " is not a whole number");
        }
        if (parsed < low || parsed > high) {
            throw new IllegalArgumentException(what + " must be between " + low + " and " + high + ", was " + parsed);
        }
        return parsed;
    }

    private static double number(String value, String what) {
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Quote.of(value) + " is not a number");
        }
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            throw new IllegalArgumentException(Quote.of(value) + " is not a finite number");
        }
        return number;
    }

    /** Percent-decoding of ASCII query text ('+' is a space); other bytes are kept as they are. */
    private static String decode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                out.append(' ');
            } else if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                out.append((char) (hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2))));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    /** The preset id asked for, or null. */
    public String dataset() {
        return dataset;
    }

    /** The start scenario with the options applied. */
    public Scenario scenario() {
        return scenario;
    }

    public boolean play() {
        return play;
    }

    public boolean frameTimes() {
        return frameTimes;
    }

    /** Epochs per frame asked for, or -1 when not given. */
    public int speed() {
        return speed;
    }

    /** One message per option that could not be applied, e.g. {@code lr: "fast" is not a number}. */
    public List<String> problems() {
        return problems;
    }
}

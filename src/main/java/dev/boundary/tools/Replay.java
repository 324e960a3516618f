package dev.boundary.tools;

import dev.boundary.core.export.NumpyScript;
import dev.boundary.core.link.Link;
import dev.boundary.core.math.Quote;
import dev.boundary.core.nn.InputFeatures;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.state.JsonLimits;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioJson;
import dev.boundary.core.state.TrainedState;
import dev.boundary.core.state.Utf8;
import dev.boundary.core.train.History;
import dev.boundary.core.train.Trainer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Replays a scenario file (or a file holding a link to one) on the JVM and prints its training curve
 * as CSV:
 *
 * <pre>
 * java -cp 'target/classes:target/lib/*' dev.boundary.tools.Replay FILE [--epochs N] [--features LIST] [--out FILE]
 *     [--numpy FILE]
 * </pre>
 *
 * <p>Standard output gets the header {@code epoch,cost,accuracy} and one row per epoch count k = 0 …
 * E (row 0 before training), numbers in full precision ({@code Double.toString}); E is the file's
 * {@code training.epochs} unless {@code --epochs} says otherwise. {@code --out} writes the scenario
 * with its trained state (epoch E and the parameters), and with {@code --epochs} also that epoch
 * count, as a file that loads again. {@code --features} gives the model other inputs, e.g.
 * {@code x1sq,x2sq} (as the page's {@code features=} option); the weights are then drawn from the seed.
 * {@code --numpy} writes the run as a Python script ({@link NumpyScript}) whose {@code python3 FILE}
 * prints the same rows; it is written before training, so also for a run that diverges.
 *
 * <p>Exit status 0 when training finished; 1 when it diverged: the rows up to the last finite cost
 * are printed, the reason goes to standard error and no {@code --out} file is written; 2 for bad
 * arguments or a file that cannot be read, with a message on standard error.
 */
public final class Replay {
    static final String USAGE = "usage: Replay FILE [--epochs N] [--features LIST] [--out FILE] [--numpy FILE]";

    private Replay() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command with {@code args}, writing to {@code out} and {@code err}; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String file = null;
        String outFile = null;
        String numpyFile = null;
        int epochs = -1;
        String features = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--epochs") || arg.equals("--out") || arg.equals("--features") || arg.equals("--numpy")) {
                if (i + 1 == args.length) {
                    return fail(err, arg + " needs a value\n" + USAGE);
                }
                String value = args[++i];
                if (arg.equals("--out")) {
                    outFile = value;
                } else if (arg.equals("--features")) {
                    features = value;
                } else if (arg.equals("--numpy")) {
                    numpyFile = value;
                } else {
                    epochs = parseEpochs(value);
                    if (epochs < 0) {
                        return fail(err, "--epochs must be a whole number from 0 to " + Scenario.MAX_EPOCHS
                                + ", got " + Quote.of(value));
                    }
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                return fail(err, "unknown option " + Quote.of(arg) + "\n" + USAGE);
            } else if (file != null) {
                return fail(err, "give one scenario file, got " + Quote.of(file) + " and " + Quote.of(arg) + "\n" + USAGE);
            } else {
                file = arg;
            }
        }
        if (file == null) {
            return fail(err, "no scenario file given\n" + USAGE);
        }
        Scenario scenario;
        try {
            scenario = load(Paths.get(file));
        } catch (IOException | IllegalArgumentException e) {
            return fail(err, file + ": " + e.getMessage());
        }
        if (epochs >= 0) {
            scenario = scenario.withEpochs(epochs);
        }
        if (features != null) {
            try {
                ModelSpec model = scenario.model();
                scenario = scenario.withModel(model.withFeatures(InputFeatures.parse(model.dimension(), features)));
            } catch (IllegalArgumentException e) {
                return fail(err, "--features: " + e.getMessage());
            }
        }
        if (numpyFile != null) {
            try {
                Files.write(Paths.get(numpyFile), Utf8.encode(NumpyScript.write(scenario)));
            } catch (IllegalArgumentException e) {
                return fail(err, "--numpy: " + e.getMessage());
            } catch (IOException e) {
                return fail(err, "cannot write " + numpyFile + ": " + e);
            }
        }
        Trainer trainer = scenario.newTrainer();
        out.print("epoch,cost,accuracy\n");
        printRows(trainer, scenario.epochs(), out);
        if (trainer.hasDiverged()) {
            err.println("training diverged: " + trainer.divergence());
            return 1;
        }
        if (outFile != null) {
            Scenario trained = scenario.withTrained(TrainedState.capture(trainer.epoch(), trainer.network()));
            try {
                Files.write(Paths.get(outFile), Utf8.encode(ScenarioJson.write(trained)));
            } catch (IOException e) {
                return fail(err, "cannot write " + outFile + ": " + e);
            }
        }
        return 0;
    }

    /** Trains up to {@code epochs} epochs, printing each row whose cost is finite; stops on divergence. */
    private static void printRows(Trainer trainer, int epochs, PrintStream out) {
        History history = trainer.history();
        StringBuilder rows = new StringBuilder();
        for (int k = 0; k <= epochs; k++) {
            if (k > 0 && !trainer.trainEpoch()) {
                break;
            }
            double cost = history.cost(k);
            if (trainer.hasDiverged() || Double.isNaN(cost) || Double.isInfinite(cost)) {
                break;
            }
            rows.append(k).append(',').append(Double.toString(cost)).append(',')
                    .append(Double.toString(history.accuracy(k))).append('\n');
            if (rows.length() > 1 << 16) {
                out.print(rows);
                rows.setLength(0);
            }
        }
        out.print(rows);
        out.flush();
    }

    /**
     * The scenario in {@code path}: UTF-8 JSON as {@link ScenarioJson} reads it, or a link (a copied
     * address ending in {@code #s=…}, or that part alone) as {@link Link} reads it.
     */
    static Scenario load(Path path) throws IOException {
        byte[] bytes;
        try {
            if (Files.size(path) > JsonLimits.MAX_TEXT_LENGTH) {
                throw new IOException("the file is " + Files.size(path) + " bytes long; files of up to "
                        + JsonLimits.MAX_TEXT_LENGTH + " are read");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file");
        }
        String text = Utf8.decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte-order mark some editors add
        }
        String trimmed = text.trim();
        int fragment = trimmed.indexOf(Link.PREFIX);
        if (!trimmed.startsWith("{") && (fragment >= 0 || Link.isLink(trimmed))) {
            return Link.read(fragment >= 0 ? trimmed.substring(fragment) : trimmed).scenario();
        }
        return ScenarioJson.read(text);
    }

    private static int parseEpochs(String value) {
        try {
            int epochs = Integer.parseInt(value);
            return epochs <= Scenario.MAX_EPOCHS ? epochs : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int fail(PrintStream err, String message) {
        err.println(message);
        return 2;
    }
}

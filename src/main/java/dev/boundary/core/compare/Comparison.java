package dev.boundary.core.compare;

import dev.boundary.core.math.Validate;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.train.History;
import dev.boundary.core.train.Trainer;
import dev.boundary.core.train.TrainingSettings;

/**
 * Several runs trained from one start, side by side: each {@link Contender} gets its own
 * {@link Trainer} built from the start scenario with the contender's settings, exactly as a replay of
 * that scenario would be (same initial weights, same seeded shuffle), so row 0 of every history is the
 * same start and run k is what the page would show after choosing that setting and training.
 *
 * <p>Bounded in time: the epoch count is cut to what a work budget allows for the data size, model and
 * batch sizes ({@link #affordableEpochs}), and {@link #advance} trains in chunks, so the glue can
 * compute everything at once on a click or spread it over frames. Runs that stop (NaN, divergence)
 * simply stay where they stopped. Allocates its trainers up front; training then allocates only when
 * a history doubles.
 */
public final class Comparison {
    /**
     * Work units (about one multiply-add each, see {@link #workPerEpoch}) a comparison may spend: about
     * a third of a second of WebAssembly, which the page spreads over several frames.
     */
    public static final double DEFAULT_WORK_BUDGET = 1e8;
    /** Relative increase of the cost below which {@link #costRises} sees rounding, not a rise. */
    public static final double RISE_TOLERANCE = 1e-9;
    /** Most epochs a comparison trains. */
    public static final int MAX_EPOCHS = 100_000;

    private final ComparisonKind kind;
    private final Scenario start;
    private final Contender[] contenders;
    private final Trainer[] trainers;
    private final int requestedEpochs;
    private final int epochs;

    /**
     * Sets up {@code kind} on the page's {@code current} scenario (the loss comparisons ignore it and
     * use Rafay Khan's AND start) for up to {@code requestedEpochs} epochs within {@code workBudget}.
     */
    public static Comparison of(ComparisonKind kind, Scenario current, int requestedEpochs, double workBudget) {
        Scenario start = kind.start(current);
        return new Comparison(kind, start, kind.contenders(start), requestedEpochs, workBudget);
    }

    /**
     * Runs {@code contenders} from {@code start}; no training happens until {@link #advance}.
     *
     * @param kind what is compared (for the explanation), or null for an ad-hoc comparison
     * @param requestedEpochs 1 to {@link #MAX_EPOCHS}
     * @param workBudget positive; the epoch count is cut so the whole comparison fits
     */
    public Comparison(ComparisonKind kind, Scenario start, Contender[] contenders, int requestedEpochs,
            double workBudget) {
        Validate.isTrue(contenders.length >= 1, "a comparison needs at least one contender");
        Validate.inRange(requestedEpochs, 1, MAX_EPOCHS, "epochs to compare");
        Validate.isTrue(workBudget > 0, "the work budget must be positive, was " + workBudget);
        this.kind = kind;
        this.start = start;
        this.contenders = contenders.clone();
        this.requestedEpochs = requestedEpochs;
        this.epochs = affordableEpochs(start, contenders, requestedEpochs, workBudget);
        this.trainers = new Trainer[contenders.length];
        for (int i = 0; i < contenders.length; i++) {
            trainers[i] = start.withTraining(contenders[i].settings()).newTrainer();
        }
    }

    /**
     * Work units of one epoch: m examples forward and back and once more for the recorded cost, about
     * 5 multiply-adds per parameter each, plus one optimiser update of every parameter per batch and a
     * fixed overhead per batch.
     */
    public static double workPerEpoch(ModelSpec spec, int m, TrainingSettings settings) {
        double parameters = 0;
        for (int l = 0; l < spec.layerCount(); l++) {
            parameters += spec.units(l) * (spec.inputs(l) + 1);
        }
        int batchSize = settings.effectiveBatchSize(m);
        int batches = m == 0 ? 0 : (m + batchSize - 1) / batchSize;
        return m * (5 * parameters + 10) + batches * (4 * parameters + 40);
    }

    /**
     * The requested epochs, cut to what {@code workBudget} pays for with every contender training
     * (at least 1).
     */
    public static int affordableEpochs(Scenario start, Contender[] contenders, int requestedEpochs,
            double workBudget) {
        double perEpoch = 0;
        for (Contender contender : contenders) {
            perEpoch += workPerEpoch(start.model(), start.data().size(), contender.settings());
        }
        if (perEpoch <= 0) {
            return requestedEpochs;
        }
        return (int) Math.max(1, Math.min(requestedEpochs, Math.floor(workBudget / perEpoch)));
    }

    /**
     * Trains at most {@code epochBudget} epochs in all, run by run, each run at most up to
     * {@link #epochs()}; returns true when every run is finished (trained them all, or stopped).
     */
    public boolean advance(int epochBudget) {
        int left = epochBudget;
        for (int i = 0; i < trainers.length && left > 0; i++) {
            Trainer trainer = trainers[i];
            while (left > 0 && !finished(trainer)) {
                trainer.trainEpoch();
                left--;
            }
        }
        return isFinished();
    }

    /** Trains every run to the end: bounded by the work budget given at construction. */
    public void runToEnd() {
        while (!advance(Integer.MAX_VALUE)) {
            // advance returns false only while a run can still train
        }
    }

    private boolean finished(Trainer trainer) {
        return trainer.epoch() >= epochs || trainer.hasDiverged() || trainer.data().size() == 0;
    }

    /** True when every run has trained {@link #epochs()} epochs or stopped. */
    public boolean isFinished() {
        for (Trainer trainer : trainers) {
            if (!finished(trainer)) {
                return false;
            }
        }
        return true;
    }

    /**
     * How far the comparison has got, in [0, 1]: epochs trained over epochs planned, a stopped run
     * counting as complete.
     */
    public double progress() {
        double done = 0;
        for (Trainer trainer : trainers) {
            done += finished(trainer) ? epochs : trainer.epoch();
        }
        return done / ((double) epochs * trainers.length);
    }

    /** What is compared, or null for an ad-hoc comparison. */
    public ComparisonKind kind() {
        return kind;
    }

    /** The scenario every run starts from (its training settings are the base the contenders vary). */
    public Scenario start() {
        return start;
    }

    /** Epochs each run trains: the requested count, or fewer when the work budget does not allow it. */
    public int epochs() {
        return epochs;
    }

    public int requestedEpochs() {
        return requestedEpochs;
    }

    public int size() {
        return contenders.length;
    }

    public Contender contender(int index) {
        return contenders[index];
    }

    /** Run {@code index}'s trainer (read it; training it further is up to {@link #advance}). */
    public Trainer trainer(int index) {
        return trainers[index];
    }

    /** Run {@code index}'s cost and accuracy per epoch; entry 0 is the shared start. */
    public History history(int index) {
        return trainers[index].history();
    }

    /** The last recorded cost of run {@code index}: NaN or infinite when that is where it stopped. */
    public double finalCost(int index) {
        return trainers[index].history().lastCost();
    }

    /** The last recorded accuracy of run {@code index}. */
    public double finalAccuracy(int index) {
        History history = trainers[index].history();
        return history.size() == 0 ? Double.NaN : history.accuracy(history.size() - 1);
    }

    /**
     * Epochs in which run {@code index}'s cost went up (a noisy or overshooting descent) by more than
     * rounding: more than {@link #RISE_TOLERANCE} of its size, so a run resting at its minimum, where the
     * last digits flicker, counts no rises.
     */
    public int costRises(int index) {
        History history = trainers[index].history();
        int rises = 0;
        for (int k = 1; k < history.size(); k++) {
            double before = history.cost(k - 1);
            if (history.cost(k) - before > RISE_TOLERANCE * Math.abs(before)) {
                rises++;
            }
        }
        return rises;
    }

    /** The first epoch at which run {@code index}'s cost is at most {@code target}, or −1 if never. */
    public int firstEpochAtOrBelow(int index, double target) {
        History history = trainers[index].history();
        for (int k = 0; k < history.size(); k++) {
            if (history.cost(k) <= target) {
                return k;
            }
        }
        return -1;
    }
}

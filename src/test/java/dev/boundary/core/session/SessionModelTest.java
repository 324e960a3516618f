package dev.boundary.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.data.Gates;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.state.LayerWeights;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.train.History;
import dev.boundary.core.train.OptimizerKind;
import dev.boundary.core.train.TrainingSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of a learner's actions on a {@link Session}, checked after every action against a
 * small model of what the page should show: what was set is what the session (and so every control
 * drawn from it) holds; every undo brings back exactly the moment before its edit; undo then redo
 * changes nothing; undoing everything returns the start; the cost history ends at a fresh evaluation.
 */
class SessionModelTest {
    private static final String[] PRESETS = {"circles", "moons", "xor", "and", "blobs", "empty"};
    private static final int[] PRESET_POINTS = {200, 200, 4, 4, 100, 0};

    /** The state a learner sees, as the model predicts it. */
    private static final class Expected {
        String choice;
        int points;
        double learningRate;
        Loss loss;
        OptimizerKind optimizer;
        int batch;
        double l2;
        double threshold;
        String model;
        boolean bias;
        long seed;
        int epoch;

        Expected copy() {
            Expected e = new Expected();
            e.choice = choice;
            e.points = points;
            e.learningRate = learningRate;
            e.loss = loss;
            e.optimizer = optimizer;
            e.batch = batch;
            e.l2 = l2;
            e.threshold = threshold;
            e.model = model;
            e.bias = bias;
            e.seed = seed;
            e.epoch = epoch;
            return e;
        }

        void playgroundModel() {
            model = "2-4-4-1 tanh";
            bias = true;
            learningRate = 0.1;
            loss = Loss.CROSS_ENTROPY;
            optimizer = OptimizerKind.GRADIENT_DESCENT;
            batch = TrainingSettings.FULL_BATCH;
            l2 = 0;
        }
    }

    /** A session's exact state: the scenario with weights and epoch, and the cost history. */
    private static final class Fingerprint {
        final Scenario snapshot;
        final History history;
        final int firstEpoch;
        final int epoch;

        Fingerprint(Session session) {
            snapshot = session.snapshot();
            history = session.trainer().history().copy();
            firstEpoch = session.trainer().firstEpoch();
            epoch = session.trainer().epoch();
        }

        void assertSame(Fingerprint other, String context) {
            assertEquals(snapshot, other.snapshot, context + ": scenario, weights and epoch");
            assertTrue(history.sameEntries(other.history), context + ": cost history");
            assertEquals(firstEpoch, other.firstEpoch, context + ": first epoch");
            assertEquals(epoch, other.epoch, context + ": epoch");
        }
    }

    private static final class Step {
        final Fingerprint fingerprint;
        final Expected expected;

        Step(Fingerprint fingerprint, Expected expected) {
            this.fingerprint = fingerprint;
            this.expected = expected;
        }
    }

    private Session session;
    private Expected expected;
    private final List<Step> past = new ArrayList<>();
    private final List<Step> future = new ArrayList<>();
    private String lastEdit;
    private boolean changedSinceEdit;
    private SeededRandom random;

    @Test
    void thousandsOfRandomActionsKeepEveryInvariant() {
        random = new SeededRandom(20261203);
        for (int sequence = 0; sequence < 50; sequence++) {
            start();
            for (int action = 0; action < 60; action++) {
                String name = act();
                check(name + " (sequence " + sequence + ", action " + action + ")");
            }
            // Undoing everything returns the moment before the first edit still on the stack (training
            // before it is not an edit).
            Fingerprint first = past.isEmpty() ? new Fingerprint(session) : past.get(0).fingerprint;
            while (session.canUndo()) {
                assertTrue(session.undo());
            }
            first.assertSame(new Fingerprint(session), "sequence " + sequence + " undone to the start");
        }
    }

    private void start() {
        session = new Session(Defaults.playground());
        expected = new Expected();
        expected.choice = "circles";
        expected.points = 200;
        expected.playgroundModel();
        expected.threshold = 0.5;
        expected.seed = Defaults.SEED;
        past.clear();
        future.clear();
        lastEdit = null;
    }

    /** Records the moment before an edit as the session should: one step per edit, a slider's moves merged. */
    private void edit(String label, boolean continuable) {
        if (!(continuable && label.equals(lastEdit) && !changedSinceEdit && !past.isEmpty())) {
            past.add(new Step(new Fingerprint(session), expected.copy()));
            if (past.size() > 100) {
                past.remove(0);
            }
        }
        future.clear();
        lastEdit = label;
        changedSinceEdit = false;
    }

    private double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    private int below(int n) {
        return (int) (random.nextDouble() * n);
    }

    private String act() {
        int kind = below(20);
        switch (kind) {
            case 0: case 1: {
                double label = below(2);
                edit("add point", false);
                session.addPoint(uniform(-2, 2), uniform(-2, 2), label);
                expected.points++;
                return "add point";
            }
            case 2: {
                double x = uniform(-2, 2);
                double y = uniform(-2, 2);
                if (PointEdits.nearestWithin(session.data(), x, y, 0.5) >= 0) {
                    edit("remove point", false);
                    assertTrue(session.removeNearest(x, y, 0.5) >= 0);
                    expected.points--;
                } else {
                    assertEquals(-1, session.removeNearest(x, y, 0.5));
                }
                return "remove point";
            }
            case 3: {
                int preset = below(PRESETS.length);
                boolean afterExample = expected.choice.startsWith(DataChoice.EXAMPLE);
                edit("load", false);
                session.load(DataChoice.presetScenario(session.scenario(), PRESETS[preset]));
                expected.choice = PRESETS[preset];
                expected.points = PRESET_POINTS[preset];
                expected.epoch = 0;
                if (afterExample) {
                    expected.playgroundModel();
                }
                return "data set " + PRESETS[preset];
            }
            case 4: {
                edit("load", false);
                if (random.nextDouble() < 0.5) {
                    session.load(Scenario.of(Gates.and(), ModelSpec.logistic(2), 1, TrainingSettings.gradientDescent(1))
                            .withInitialWeights(new LayerWeights(1, 2, new double[] {0.1, 0.6}, new double[] {0}))
                            .withTitle("AND gate: one logistic neuron"));
                    expected.choice = "example:and-neuron";
                    expected.model = "2-1 sigmoid";
                    expected.bias = true;
                    expected.learningRate = 1;
                    expected.seed = 1;
                } else {
                    session.load(Scenario.of(Gates.or(), new ModelSpec(2, new int[0], Activation.SIGMOID, false), 4,
                            TrainingSettings.gradientDescent(2)).withTitle("No bias: a boundary through the origin"));
                    expected.choice = "example:roelants-no-bias";
                    expected.model = "2-1 sigmoid";
                    expected.bias = false;
                    expected.learningRate = 2;
                    expected.seed = 4;
                }
                expected.points = 4;
                expected.loss = Loss.CROSS_ENTROPY;
                expected.optimizer = OptimizerKind.GRADIENT_DESCENT;
                expected.batch = TrainingSettings.FULL_BATCH;
                expected.l2 = 0;
                expected.threshold = 0.5;
                expected.epoch = 0;
                return "example";
            }
            case 5: {
                int layers = below(3);
                int[] sizes = new int[layers];
                for (int l = 0; l < layers; l++) {
                    sizes[l] = 1 + below(6);
                }
                Activation activation = Activation.values()[below(Activation.values().length)];
                boolean bias = random.nextDouble() < 0.8;
                ModelSpec model = new ModelSpec(session.scenario().model().inputCount(), sizes, activation, bias);
                if (!model.sameAs(session.scenario().model())) {
                    edit("model", false);
                    session.setModel(model);
                    expected.model = model.describe() + " " + (layers == 0 ? "sigmoid" : activation.id());
                    expected.bias = bias;
                    expected.epoch = 0;
                }
                return "model";
            }
            case 6: {
                double rate = LearningRateScale.rate(below(501));
                if (rate != expected.learningRate) {
                    edit("learning rate", true);
                    session.setLearningRate(rate);
                    expected.learningRate = rate;
                }
                return "learning rate";
            }
            case 7: {
                Loss loss = Loss.values()[below(Loss.values().length)];
                if (loss != expected.loss) {
                    edit("loss", true);
                    session.setLoss(loss);
                    expected.loss = loss;
                }
                return "loss";
            }
            case 8: {
                OptimizerKind optimizer = OptimizerKind.values()[below(OptimizerKind.values().length)];
                if (optimizer != expected.optimizer) {
                    edit("optimiser", true);
                    session.setOptimizer(optimizer);
                    expected.optimizer = optimizer;
                }
                return "optimiser";
            }
            case 9: {
                int batch = new int[] {0, 1, 10, 32}[below(4)];
                if (batch != expected.batch) {
                    edit("batch size", true);
                    session.setBatchSize(batch);
                    expected.batch = batch;
                }
                return "batch";
            }
            case 10: {
                double threshold = 0.01 * (1 + below(99));
                if (threshold != expected.threshold) {
                    edit("threshold", true);
                    session.setThreshold(threshold);
                    expected.threshold = threshold;
                }
                return "threshold";
            }
            case 11: {
                int index = below(session.network().parameterCount());
                double value = uniform(-3, 3);
                if (!session.scenario().model().hasBias()
                        && dev.boundary.core.view.ParameterIndex.name(session.scenario().model(), index).startsWith("b")) {
                    return "weight (a bias of a model without bias)";
                }
                edit("weight " + dev.boundary.core.view.ParameterIndex.name(session.scenario().model(), index), true);
                session.setParameter(index, value);
                return "weight";
            }
            case 12: case 13: case 14: {
                int epochs = 1 + below(3);
                for (int e = 0; e < epochs; e++) {
                    if (session.trainEpoch()) {
                        expected.epoch++;
                    }
                }
                changedSinceEdit = true;
                return "train";
            }
            case 15: case 16: {
                boolean could = !past.isEmpty();
                Fingerprint now = new Fingerprint(session);
                assertEquals(could, session.undo(), "undo available");
                if (could) {
                    Step step = past.remove(past.size() - 1);
                    future.add(new Step(now, expected));
                    step.fingerprint.assertSame(new Fingerprint(session), "undo");
                    expected = step.expected;
                }
                lastEdit = null;
                return "undo";
            }
            case 17: {
                boolean could = !future.isEmpty();
                Fingerprint now = new Fingerprint(session);
                assertEquals(could, session.redo(), "redo available");
                if (could) {
                    Step step = future.remove(future.size() - 1);
                    past.add(new Step(now, expected));
                    step.fingerprint.assertSame(new Fingerprint(session), "redo");
                    expected = step.expected;
                }
                lastEdit = null;
                return "redo";
            }
            case 18: {
                if (random.nextDouble() < 0.5) {
                    edit("reset weights", false);
                    session.resetWeights();
                    expected.epoch = 0;
                    return "reset";
                }
                long seed = 1 + below(9);
                edit("seed", false);
                session.setSeed(seed);
                expected.seed = seed;
                expected.epoch = 0;
                return "seed";
            }
            default: {
                double[] start = new double[session.network().parameterCount()];
                session.network().copyParameters(start);
                for (int i = 0; i < start.length; i++) {
                    if (dev.boundary.core.view.ParameterIndex.name(session.scenario().model(), i).startsWith("W")) {
                        start[i] = uniform(-2, 2); // biases stay as they are (0 for a model without bias)
                    }
                }
                edit("restart", false);
                session.startFrom(start);
                expected.epoch = 0;
                return "restart from the loss surface";
            }
        }
    }

    private void check(String context) {
        Scenario scenario = session.scenario();
        TrainingSettings training = scenario.training();
        ModelSpec model = scenario.model();
        assertEquals(expected.choice, DataChoice.of(scenario), context + ": data-set menu");
        assertEquals(expected.points, scenario.data().size(), context + ": points");
        assertEquals(expected.learningRate, training.learningRate(), 0.0, context + ": learning rate");
        assertEquals(expected.loss, training.loss(), context + ": loss");
        assertEquals(expected.optimizer, training.optimizer(), context + ": optimiser");
        assertEquals(expected.batch, training.batchSize(), context + ": batch");
        assertEquals(expected.l2, training.l2(), 0.0, context + ": L2");
        assertEquals(expected.threshold, scenario.threshold(), 0.0, context + ": threshold");
        String shape = model.describe() + " " + (model.hiddenLayerCount() == 0 ? "sigmoid" : model.hiddenActivation().id());
        assertEquals(expected.model, shape, context + ": model");
        assertEquals(expected.bias, model.hasBias(), context + ": bias");
        assertEquals(expected.seed, scenario.seed(), context + ": seed");
        assertEquals(expected.epoch, session.trainer().epoch(), context + ": epoch");
        assertEquals(!past.isEmpty(), session.canUndo(), context + ": undo available");

        // Undo then redo changes nothing (and ends any slider's merging, as on the page).
        if (session.canUndo()) {
            Fingerprint now = new Fingerprint(session);
            assertTrue(session.undo());
            assertTrue(session.redo());
            now.assertSame(new Fingerprint(session), context + ": undo then redo");
            lastEdit = null;
        }

        // The history's last cost is a fresh evaluation of the current weights.
        if (!session.trainer().hasDiverged()) {
            Session fresh = new Session(session.snapshot());
            assertEquals(0, Double.compare(fresh.trainer().cost(), session.trainer().history().lastCost()),
                    context + ": last cost of the history " + session.trainer().history().lastCost()
                            + ", fresh evaluation " + fresh.trainer().cost());
        }
        assertFalse(session.trainer().history().size() == 0, context + ": a history");
    }
}

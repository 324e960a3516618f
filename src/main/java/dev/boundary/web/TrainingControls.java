package dev.boundary.web;

import dev.boundary.core.math.Numbers;
import dev.boundary.core.math.Quote;
import dev.boundary.core.session.LambdaScale;
import dev.boundary.core.session.Session;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.train.Regularization;
import dev.boundary.core.train.TrainingSettings;

/**
 * The regularisation ({@code #regularization}: none, L1 or L2), its strength λ on a log slider
 * ({@code #lambda}: 0, 1e-5 … 10) and the batch size ({@code #batch-full}, or {@code #batch-size}: any
 * whole number from 1 to the number of training points). Each change takes effect with the next update;
 * the weights and the history are kept.
 */
final class TrainingControls {
    /** The strength L1 or L2 starts at when chosen while λ is 0. */
    private static final double DEFAULT_LAMBDA = 0.001;
    private final Workbench bench;

    TrainingControls(Workbench bench) {
        this.bench = bench;
    }

    private Session session() {
        return bench.session();
    }

    void bind() {
        Dom.on("regularization", "change", event -> applyRegularization());
        Dom.on("lambda", "input", event -> applyRegularization());
        Dom.on("batch-full", "change", event -> {
            // Leaving the full batch takes the field's size, brought within 1 … the training points.
            session().setBatchSize(Dom.checked("batch-full") ? TrainingSettings.FULL_BATCH : clampedFieldValue());
            bench.render();
        });
        Dom.on("batch-size", "change", event -> applyBatchSize());
    }

    private void applyRegularization() {
        Regularization kind;
        try {
            kind = Regularization.fromId(Dom.value("regularization"));
        } catch (IllegalArgumentException e) {
            bench.status(Choice.refused("regularisation", "regularization"), true);
            bench.render();
            return;
        }
        double lambda = LambdaScale.lambda(Integer.parseInt(Dom.value("lambda")));
        if (kind != Regularization.NONE && lambda == 0) {
            // L1 or L2 chosen with the strength at 0 would change nothing: start from λ = 0.001.
            lambda = DEFAULT_LAMBDA;
        }
        session().setRegularization(kind, lambda);
        Dom.setText("lambda-value", Numbers.shortest(lambda));
        bench.render();
    }

    /** The number in the batch field when it is a whole number of the allowed range, else −1 (the status says why). */
    private int batchFieldValue() {
        int most = Math.max(1, session().trainer().trainingCount());
        String text = Dom.value("batch-size").trim();
        try {
            int size = Integer.parseInt(text);
            if (size >= 1 && size <= most) {
                return size;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        bench.status("The batch size must be a whole number from 1 to " + most + " (the training points), not "
                + Quote.of(text) + "; it stays " + describe(session().scenario().training().batchSize()) + ".", true);
        return -1;
    }

    /** The batch field's whole number brought within 1 … the training points; 10 when it holds none. */
    private int clampedFieldValue() {
        int most = Math.max(1, session().trainer().trainingCount());
        int size;
        try {
            size = Integer.parseInt(Dom.value("batch-size").trim());
        } catch (NumberFormatException e) {
            size = 10;
        }
        return Math.max(1, Math.min(most, size));
    }

    private void applyBatchSize() {
        int size = batchFieldValue();
        if (size > 0) {
            session().setBatchSize(size);
            bench.status("Batch size " + size + (size == 1 ? " (stochastic)" : "") + ": the next update uses it.",
                    false);
        }
        bench.render();
    }

    private static String describe(int batchSize) {
        return batchSize == TrainingSettings.FULL_BATCH ? "the full batch" : Integer.toString(batchSize);
    }

    /** Puts the controls in line with the scenario. */
    void sync(Scenario scenario) {
        TrainingSettings settings = scenario.training();
        Dom.setValue("regularization", settings.regularization().id());
        int position = LambdaScale.position(settings.lambda());
        if (!Dom.value("regularization").equals("none") || settings.lambda() > 0) {
            Dom.setValue("lambda", Integer.toString(position));
            Dom.setText("lambda-value", Numbers.shortest(settings.lambda()));
        }
        boolean full = settings.batchSize() == TrainingSettings.FULL_BATCH;
        Dom.setChecked("batch-full", full);
        Dom.setDisabled("batch-size", full);
        if (!full) {
            Dom.setValue("batch-size", Integer.toString(settings.batchSize()));
        }
        Dom.setAttributeOf(Dom.byId("batch-size"), "max", Integer.toString(Math.max(1, bench.session().trainer()
                .trainingCount())));
    }
}

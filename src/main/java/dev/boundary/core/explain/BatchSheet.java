package dev.boundary.core.explain;

import static dev.boundary.core.explain.Figures.brief;
import static dev.boundary.core.explain.Figures.operandValue;
import static dev.boundary.core.explain.Figures.subscript;
import static dev.boundary.core.explain.Figures.value;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.explain.Sheet.Section;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.train.OptimizerKind;
import dev.boundary.core.train.TrainingSettings;

/**
 * Writes a {@link BatchGradient} out in the vectorised form of the logistic-regression notes: the
 * examples side by side (z, p̂,
 * L and dZ per point), the cost J as their mean, the gradients as means, the full-batch step and the
 * cost after it.
 *
 * <p>Element ids start with {@code batch-}: {@code batch-m}, {@code batch-cost}, {@code batch-dw-1},
 * {@code batch-db}, {@code batch-w-1-new}, {@code batch-b-new}, {@code batch-cost-after}; example
 * cells {@code batch-i2-dz} (example 2; also {@code z}, {@code p}, {@code loss}); layer cells
 * {@code batch-l1-u2-dw1}, {@code batch-l1-u2-db}, {@code batch-l1-u2-w1}, {@code batch-l1-u2-b}.
 */
public final class BatchSheet {
    private BatchSheet() {
    }

    /**
     * The sheet of {@code batch}, computed on {@code data} with {@code settings}; the table of examples
     * shows at most {@code maxExamples} rows.
     */
    public static Sheet of(BatchGradient batch, DataSet data, TrainingSettings settings, int maxExamples) {
        Sheet sheet = new Sheet();
        int m = batch.exampleCount();
        sheet.line(Section.FORWARD, "batch-m", "points m =", Integer.toString(m));
        if (m == 0) {
            sheet.note(Section.NOTE, "There are no points yet: add some on the plot or pick a data set.");
            return sheet;
        }
        examplesTable(sheet, batch, data, Math.min(m, maxExamples));
        boolean l2 = batch.l2() > 0;
        sheet.line(Section.FORWARD, "batch-cost", "J = (1/m)·Σ L⁽ⁱ⁾" + (l2 ? " + (λ/2m)·ΣW²" : "") + " =",
                value(batch.cost()));
        int layers = batch.layerCount();
        if (layers == 1) {
            for (int i = 0; i < data.featureCount(); i++) {
                String n = subscript(i + 1);
                sheet.line(Section.BACKWARD, "batch-dw-" + (i + 1), "∂J/∂w" + n + " = (1/m)·Σ dZ⁽ⁱ⁾·x" + n + "⁽ⁱ⁾"
                        + (l2 ? " + (λ/m)·w" + n : "") + " =", value(batch.gradient(batch.weightIndex(0, 0, i))));
            }
            if (batch.hasBias()) {
                sheet.line(Section.BACKWARD, "batch-db", "∂J/∂b = (1/m)·Σ dZ⁽ⁱ⁾ =",
                        value(batch.gradient(batch.biasIndex(0, 0))));
            }
        } else {
            sheet.note(Section.BACKWARD, "Each gradient is the mean over the m points of that point's gradient: "
                    + "dW = (1/m)·dZ·(input)ᵀ, db = (1/m)·Σ dZ" + (l2 ? ", plus (λ/m)·W." : "."));
            for (int l = layers - 1; l >= 0; l--) {
                layerTable(sheet, batch, l, false);
            }
        }
        String alpha = brief(batch.learningRate());
        sheet.note(Section.STEP, "One full-batch gradient-descent step, w ← w − α·∂J/∂w with α = " + alpha + ":");
        if (layers == 1) {
            for (int i = 0; i < data.featureCount(); i++) {
                int k = batch.weightIndex(0, 0, i);
                sheet.line(Section.STEP, "batch-w-" + (i + 1) + "-new", "w" + subscript(i + 1) + " ← "
                        + brief(batch.parameter(k)) + " − " + alpha + "·" + operandValue(batch.gradient(k)) + " =",
                        value(batch.updatedParameter(k)));
            }
            if (batch.hasBias()) {
                int k = batch.biasIndex(0, 0);
                sheet.line(Section.STEP, "batch-b-new", "b ← " + brief(batch.parameter(k)) + " − " + alpha + "·"
                        + operandValue(batch.gradient(k)) + " =", value(batch.updatedParameter(k)));
            }
        } else {
            for (int l = 0; l < layers; l++) {
                layerTable(sheet, batch, l, true);
            }
        }
        sheet.line(Section.STEP, "batch-cost-after", "J after the step =", value(batch.costAfterStep()));
        String differs = differs(settings, m);
        if (differs != null) {
            sheet.note(Section.NOTE, differs);
        }
        return sheet;
    }

    /** Why the page's Step button does something else than the step shown, or null when it does this. */
    static String differs(TrainingSettings settings, int m) {
        boolean fullBatch = settings.effectiveBatchSize(m) == m;
        boolean plain = settings.optimizer() == OptimizerKind.GRADIENT_DESCENT;
        if (fullBatch && plain) {
            return null;
        }
        StringBuilder text = new StringBuilder("The Step button ");
        if (!fullBatch) {
            int size = settings.effectiveBatchSize(m);
            text.append("updates once per ").append(size == 1 ? "point" : "mini-batch of " + size)
                    .append(" in a shuffled order");
        }
        if (!plain) {
            text.append(fullBatch ? "" : " and ").append("uses ")
                    .append(settings.optimizer() == OptimizerKind.MOMENTUM ? "momentum" : "Adam");
        }
        return text.append("; this is the plain full-batch step for comparison.").toString();
    }

    private static void examplesTable(Sheet sheet, BatchGradient batch, DataSet data, int rows) {
        boolean shortcut = batch.lossKind() == Loss.CROSS_ENTROPY;
        String[] header = {"i", "x", "y", "z", "p̂", "L", shortcut ? "dZ = p̂ − y" : "dZ = ∂L/∂z"};
        String[][] cells = new String[rows][header.length];
        String[][] ids = new String[rows][header.length];
        double[] x = new double[data.featureCount()];
        for (int e = 0; e < rows; e++) {
            for (int j = 0; j < x.length; j++) {
                x[j] = data.feature(e, j);
            }
            String prefix = "batch-i" + (e + 1) + "-";
            cells[e] = new String[] {Integer.toString(e + 1), Figures.point(x, x.length), brief(batch.label(e)),
                value(batch.logit(e)), value(batch.probability(e)), value(batch.loss(e)), value(batch.outputDelta(e))};
            ids[e] = new String[] {null, null, null, prefix + "z", prefix + "p", prefix + "loss", prefix + "dz"};
        }
        int m = batch.exampleCount();
        String caption = "All points at once: Z = W·X + b, A = σ(Z), one row per point"
                + (rows < m ? " (the first " + rows + " of " + m + ")" : "");
        sheet.table(Section.FORWARD, caption, header, cells, ids);
    }

    private static void layerTable(Sheet sheet, BatchGradient batch, int layer, boolean updated) {
        int inputs = batch.inputCount(layer);
        int units = batch.unitCount(layer);
        boolean hasBias = batch.hasBias();
        int fixed = hasBias ? 2 : 1;
        String[] header = new String[fixed + inputs];
        header[0] = "unit";
        if (hasBias) {
            header[1] = updated ? "b" : "∂J/∂b";
        }
        for (int i = 0; i < inputs; i++) {
            header[fixed + i] = (updated ? "w" : "∂J/∂w") + subscript(i + 1);
        }
        String[][] cells = new String[units][header.length];
        String[][] ids = new String[units][header.length];
        for (int u = 0; u < units; u++) {
            String prefix = "batch-l" + (layer + 1) + "-u" + (u + 1) + "-";
            cells[u][0] = Integer.toString(u + 1);
            if (hasBias) {
                int k = batch.biasIndex(layer, u);
                cells[u][1] = value(updated ? batch.updatedParameter(k) : batch.gradient(k));
                ids[u][1] = prefix + (updated ? "b" : "db");
            }
            for (int i = 0; i < inputs; i++) {
                int k = batch.weightIndex(layer, u, i);
                cells[u][fixed + i] = value(updated ? batch.updatedParameter(k) : batch.gradient(k));
                ids[u][fixed + i] = prefix + (updated ? "w" : "dw") + (i + 1);
            }
        }
        String name = layer == batch.layerCount() - 1 ? "Output" : "Layer " + (layer + 1);
        sheet.table(updated ? Section.STEP : Section.BACKWARD, name + (updated ? " after the step" : ": mean gradients"),
                header, cells, ids);
    }
}

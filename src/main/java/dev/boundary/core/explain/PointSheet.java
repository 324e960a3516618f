package dev.boundary.core.explain;

import static dev.boundary.core.explain.Figures.brief;
import static dev.boundary.core.explain.Figures.operand;
import static dev.boundary.core.explain.Figures.operandValue;
import static dev.boundary.core.explain.Figures.subscript;
import static dev.boundary.core.explain.Figures.value;

import dev.boundary.core.explain.Sheet.Section;
import dev.boundary.core.nn.Loss;

/**
 * Writes a {@link PointTrace} out as the computational graph's story: forward z, p̂ and L; backward
 * ∂L/∂p̂, ∂p̂/∂z, ∂L/∂z, ∂L/∂w, ∂L/∂b; then the step. One neuron gets every formula with its numbers
 * substituted, as “Nothing but NumPy” works it; a network gets one compact table per layer.
 *
 * <p>Element ids start with {@code trace-}: {@code trace-z}, {@code trace-phat}, {@code trace-loss},
 * {@code trace-dl-dphat}, {@code trace-dphat-dz}, {@code trace-dz}, {@code trace-dw-1},
 * {@code trace-db}, {@code trace-w-1-new}, {@code trace-b-new}; table cells
 * {@code trace-l1-u2-z} (layer 1, unit 2; also {@code a}, {@code da}, {@code slope}, {@code dz},
 * {@code dw1}, and after the step {@code w1}, {@code b}).
 */
public final class PointSheet {
    private PointSheet() {
    }

    /** The sheet of {@code trace}; {@code hasBias} says whether the model has biases. */
    public static Sheet of(PointTrace trace, boolean hasBias) {
        Sheet sheet = new Sheet();
        boolean neuron = trace.layerCount() == 1;
        int features = trace.inputCount(0);
        StringBuilder x = new StringBuilder("(");
        for (int i = 0; i < features; i++) {
            x.append(i == 0 ? "" : ", ").append(brief(trace.input(0, i)));
        }
        sheet.line(Section.FORWARD, "trace-x", "x =", x.append(')').toString());
        sheet.line(Section.FORWARD, "trace-y", "label y =", brief(trace.label()));
        if (neuron) {
            sheet.line(Section.FORWARD, "trace-z", neuronLogit(trace, hasBias), value(trace.logit()));
        } else {
            for (int l = 0; l < trace.layerCount(); l++) {
                forwardTable(sheet, trace, l);
            }
        }
        sheet.line(Section.FORWARD, "trace-phat", "p̂ = σ(z) = 1 / (1 + e^(−z)) = σ(" + brief(trace.logit()) + ") =",
                value(trace.probability()));
        sheet.line(Section.FORWARD, "trace-loss", lossFormula(trace.lossKind()) + " = "
                + lossNumbers(trace) + " =", value(trace.loss()));

        backwardOutput(sheet, trace);
        if (neuron) {
            double dZ = trace.outputDelta();
            for (int i = 0; i < features; i++) {
                String n = subscript(i + 1);
                sheet.line(Section.BACKWARD, "trace-dw-" + (i + 1), "∂L/∂w" + n + " = ∂L/∂z · x" + n + " = "
                        + operandValue(dZ) + "·" + operand(trace.input(0, i)) + " =", value(trace.weightGradient(0, 0, i)));
            }
            if (hasBias) {
                sheet.line(Section.BACKWARD, "trace-db", "∂L/∂b = ∂L/∂z · 1 =", value(trace.biasGradient(0, 0)));
            }
        } else {
            for (int l = trace.layerCount() - 1; l >= 0; l--) {
                backwardTable(sheet, trace, l, hasBias);
            }
        }

        String alpha = brief(trace.learningRate());
        sheet.note(Section.STEP, "One gradient-descent step on this point alone, w ← w − α·∂L/∂w with α = " + alpha + ":");
        if (neuron) {
            for (int i = 0; i < features; i++) {
                String n = subscript(i + 1);
                sheet.line(Section.STEP, "trace-w-" + (i + 1) + "-new", "w" + n + " ← " + brief(trace.weight(0, 0, i))
                        + " − " + alpha + "·" + operandValue(trace.weightGradient(0, 0, i)) + " =",
                        value(trace.updatedWeight(0, 0, i)));
            }
            if (hasBias) {
                sheet.line(Section.STEP, "trace-b-new", "b ← " + brief(trace.bias(0, 0)) + " − " + alpha + "·"
                        + operandValue(trace.biasGradient(0, 0)) + " =", value(trace.updatedBias(0, 0)));
            }
        } else {
            for (int l = 0; l < trace.layerCount(); l++) {
                stepTable(sheet, trace, l, hasBias);
            }
        }
        return sheet;
    }

    private static String neuronLogit(PointTrace trace, boolean hasBias) {
        StringBuilder symbols = new StringBuilder("z = ");
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < trace.inputCount(0); i++) {
            String n = subscript(i + 1);
            symbols.append(i == 0 ? "" : " + ").append("w").append(n).append("·x").append(n);
            numbers.append(i == 0 ? "" : " + ").append(operand(trace.weight(0, 0, i))).append('·')
                    .append(operand(trace.input(0, i)));
        }
        if (hasBias) {
            symbols.append(" + b");
            numbers.append(" + ").append(operand(trace.bias(0, 0)));
        }
        return symbols + " = " + numbers + " =";
    }

    /** The loss of one example as a formula of z, p̂ and y. */
    static String lossFormula(Loss loss) {
        switch (loss) {
            case CROSS_ENTROPY:
                return "L = max(z, 0) − z·y + log(1 + e^(−|z|))";
            case NAIVE_CROSS_ENTROPY:
                return "L = −[y·log p̂ + (1 − y)·log(1 − p̂)]";
            default:
                return "L = ½·(p̂ − y)²";
        }
    }

    /** The loss formula with z, p̂ and y substituted. */
    private static String lossNumbers(PointTrace trace) {
        String z = brief(trace.logit());
        String y = brief(trace.label());
        switch (trace.lossKind()) {
            case CROSS_ENTROPY:
                return "max(" + z + ", 0) − " + operand(trace.logit()) + "·" + y + " + log(1 + e^(−"
                        + brief(Math.abs(trace.logit())) + "))";
            case NAIVE_CROSS_ENTROPY:
                return "−[" + y + "·log " + brief(trace.probability()) + " + " + brief(1 - trace.label()) + "·log "
                        + brief(1 - trace.probability()) + "]";
            default:
                return "½·(" + brief(trace.probability()) + " − " + y + ")²";
        }
    }

    /** ∂L/∂p̂ with p̂ and y substituted. */
    private static String lossByProbabilityNumbers(PointTrace trace) {
        String p = brief(trace.probability());
        String y = brief(trace.label());
        if (trace.lossKind() == Loss.SQUARED_ERROR) {
            return p + " − " + y;
        }
        return "−" + y + "/" + p + " + " + brief(1 - trace.label()) + "/" + brief(1 - trace.probability());
    }

    /** ∂L/∂p̂ as a formula. */
    static String lossByProbabilityFormula(Loss loss) {
        return loss == Loss.SQUARED_ERROR ? "∂L/∂p̂ = p̂ − y" : "∂L/∂p̂ = −y/p̂ + (1 − y)/(1 − p̂)";
    }

    private static void backwardOutput(Sheet sheet, PointTrace trace) {
        Loss loss = trace.lossKind();
        sheet.line(Section.BACKWARD, "trace-dl-dphat", lossByProbabilityFormula(loss) + " = "
                + lossByProbabilityNumbers(trace) + " =", value(trace.lossByProbability()));
        sheet.line(Section.BACKWARD, "trace-dphat-dz", "∂p̂/∂z = p̂·(1 − p̂) = " + brief(trace.probability()) + "·"
                + brief(1 - trace.probability()) + " =", value(trace.probabilityByLogit()));
        if (trace.usesShortcut()) {
            sheet.line(Section.BACKWARD, "trace-chain", "∂L/∂z by the chain rule = ∂L/∂p̂ · ∂p̂/∂z =",
                    value(trace.chainRule()));
            sheet.line(Section.BACKWARD, "trace-dz", "∂L/∂z = p̂ − y = " + brief(trace.probability()) + " − "
                    + brief(trace.label()) + " =", value(trace.outputDelta()));
            sheet.note(Section.BACKWARD, "The stable loss is differentiated in z directly: the shortcut p̂ − y is "
                    + "what it sends back, and it stays finite even when p̂ rounds to 0 or 1.");
        } else {
            sheet.line(Section.BACKWARD, "trace-dz", "∂L/∂z = ∂L/∂p̂ · ∂p̂/∂z = " + operandValue(trace.lossByProbability())
                    + "·" + value(trace.probabilityByLogit()) + " =", value(trace.outputDelta()));
        }
    }

    private static String layerName(PointTrace trace, int layer) {
        return layer == trace.layerCount() - 1 ? "Output" : "Layer " + (layer + 1);
    }

    private static String id(int layer, int unit, String what) {
        return "trace-l" + (layer + 1) + "-u" + (unit + 1) + "-" + what;
    }

    private static void forwardTable(Sheet sheet, PointTrace trace, int layer) {
        boolean output = layer == trace.layerCount() - 1;
        String in = layer == 0 ? "x" : "a of layer " + layer;
        String[] header = {"unit", "z = w·" + (layer == 0 ? "x" : "a") + " + b", output ? "p̂ = σ(z)" : "a = g(z)"};
        int units = trace.unitCount(layer);
        String[][] cells = new String[units][3];
        String[][] ids = new String[units][3];
        for (int u = 0; u < units; u++) {
            cells[u][0] = Integer.toString(u + 1);
            cells[u][1] = value(trace.preActivation(layer, u));
            cells[u][2] = value(trace.activation(layer, u));
            ids[u][1] = id(layer, u, "z");
            ids[u][2] = id(layer, u, "a");
        }
        sheet.table(Section.FORWARD, layerName(trace, layer) + ": input " + in, header, cells, ids);
    }

    private static void backwardTable(Sheet sheet, PointTrace trace, int layer, boolean hasBias) {
        boolean output = layer == trace.layerCount() - 1;
        if (output) {
            // Its ∂L/∂p̂, ∂p̂/∂z and ∂L/∂z are the lines above.
            weightGradientTable(sheet, trace, layer);
            return;
        }
        int units = trace.unitCount(layer);
        String[] header = {"unit", "∂L/∂a", "g′(z)", hasBias ? "∂L/∂z = ∂L/∂b" : "∂L/∂z"};
        String[][] cells = new String[units][header.length];
        String[][] ids = new String[units][header.length];
        for (int u = 0; u < units; u++) {
            cells[u][0] = Integer.toString(u + 1);
            cells[u][1] = value(trace.lossByActivation(layer, u));
            cells[u][2] = value(trace.activationSlope(layer, u));
            cells[u][3] = value(trace.lossByPreActivation(layer, u));
            ids[u][1] = id(layer, u, "da");
            ids[u][2] = id(layer, u, "slope");
            ids[u][3] = id(layer, u, "dz");
        }
        String rule = "∂L/∂a = Σ (its weights out) · ∂L/∂z of the layer after; ∂L/∂z = ∂L/∂a · g′(z)";
        sheet.table(Section.BACKWARD, layerName(trace, layer) + ": " + rule, header, cells, ids);
        weightGradientTable(sheet, trace, layer);
    }

    private static void weightGradientTable(Sheet sheet, PointTrace trace, int layer) {
        int inputs = trace.inputCount(layer);
        int units = trace.unitCount(layer);
        String[] header = new String[1 + inputs];
        header[0] = "unit";
        for (int i = 0; i < inputs; i++) {
            header[1 + i] = "∂L/∂w" + subscript(i + 1);
        }
        String[][] cells = new String[units][header.length];
        String[][] ids = new String[units][header.length];
        for (int u = 0; u < units; u++) {
            cells[u][0] = Integer.toString(u + 1);
            for (int i = 0; i < inputs; i++) {
                cells[u][1 + i] = value(trace.weightGradient(layer, u, i));
                ids[u][1 + i] = id(layer, u, "dw" + (i + 1));
            }
        }
        String source = layer == 0 ? "x" : "a of layer " + layer;
        sheet.table(Section.BACKWARD, layerName(trace, layer) + ": ∂L/∂w = ∂L/∂z · " + source, header, cells, ids);
    }

    private static void stepTable(Sheet sheet, PointTrace trace, int layer, boolean hasBias) {
        int inputs = trace.inputCount(layer);
        int units = trace.unitCount(layer);
        int fixed = hasBias ? 2 : 1;
        String[] header = new String[fixed + inputs];
        header[0] = "unit";
        if (hasBias) {
            header[1] = "b";
        }
        for (int i = 0; i < inputs; i++) {
            header[fixed + i] = "w" + subscript(i + 1);
        }
        String[][] cells = new String[units][header.length];
        String[][] ids = new String[units][header.length];
        for (int u = 0; u < units; u++) {
            cells[u][0] = Integer.toString(u + 1);
            if (hasBias) {
                cells[u][1] = value(trace.updatedBias(layer, u));
                ids[u][1] = id(layer, u, "b");
            }
            for (int i = 0; i < inputs; i++) {
                cells[u][fixed + i] = value(trace.updatedWeight(layer, u, i));
                ids[u][fixed + i] = id(layer, u, "w" + (i + 1));
            }
        }
        sheet.table(Section.STEP, layerName(trace, layer) + " after the step", header, cells, ids);
    }
}

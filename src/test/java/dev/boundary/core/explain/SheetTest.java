package dev.boundary.core.explain;

import static dev.boundary.core.NothingButNumPy.and;
import static dev.boundary.core.NothingButNumPy.andNeuron;
import static dev.boundary.core.NothingButNumPy.xor;
import static dev.boundary.core.NothingButNumPy.xorNetwork;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.train.OptimizerKind;
import dev.boundary.core.train.TrainingSettings;
import org.junit.jupiter.api.Test;

/** The worked calculations as the page prints them: formulas with the numbers substituted, six decimals. */
class SheetTest {

    @Test
    void andNeuronAtOneOneReadsLikeTheHandCalculation() {
        PointTrace trace = new PointTrace().compute(andNeuron(0.1, 0.6), new double[] {1, 1}, 1, Loss.CROSS_ENTROPY, 1.0);
        Sheet sheet = PointSheet.of(trace, true);
        assertEquals("(1, 1)", sheet.valueOf("trace-x"));
        assertEquals("z = w₁·x₁ + w₂·x₂ + b = 0.1·1 + 0.6·1 + 0 =", sheet.textOf("trace-z"));
        assertEquals("0.700000", sheet.valueOf("trace-z"));
        assertEquals("p̂ = σ(z) = 1 / (1 + e^(−z)) = σ(0.7) =", sheet.textOf("trace-phat"));
        assertEquals("0.668188", sheet.valueOf("trace-phat"));
        assertEquals("L = max(z, 0) − z·y + log(1 + e^(−|z|)) = max(0.7, 0) − 0.7·1 + log(1 + e^(−0.7)) =",
                sheet.textOf("trace-loss"));
        assertEquals("0.403186", sheet.valueOf("trace-loss"));
        assertEquals("∂L/∂p̂ = −y/p̂ + (1 − y)/(1 − p̂) = −1/0.668188 + 0/0.331812 =", sheet.textOf("trace-dl-dphat"));
        assertEquals("-1.496585", sheet.valueOf("trace-dl-dphat"));
        assertEquals("∂p̂/∂z = p̂·(1 − p̂) = 0.668188·0.331812 =", sheet.textOf("trace-dphat-dz"));
        assertEquals("0.221713", sheet.valueOf("trace-dphat-dz"));
        assertEquals("∂L/∂z = p̂ − y = 0.668188 − 1 =", sheet.textOf("trace-dz"));
        assertEquals("-0.331812", sheet.valueOf("trace-dz"));
        assertEquals("∂L/∂w₂ = ∂L/∂z · x₂ = (-0.331812)·1 =", sheet.textOf("trace-dw-2"));
        assertEquals("-0.331812", sheet.valueOf("trace-db"));
        assertEquals("w₁ ← 0.1 − 1·(-0.331812) =", sheet.textOf("trace-w-1-new"));
        assertEquals("0.431812", sheet.valueOf("trace-w-1-new"));
        assertEquals("0.331812", sheet.valueOf("trace-b-new"));
    }

    @Test
    void squaredErrorShowsTheChainRuleProduct() {
        PointTrace trace = new PointTrace().compute(andNeuron(0.1, 0.6), new double[] {1, 1}, 1, Loss.SQUARED_ERROR, 1.0);
        Sheet sheet = PointSheet.of(trace, true);
        assertEquals("L = ½·(p̂ − y)² = ½·(0.668188 − 1)² =", sheet.textOf("trace-loss"));
        assertEquals("∂L/∂p̂ = p̂ − y = 0.668188 − 1 =", sheet.textOf("trace-dl-dphat"));
        // ∂L/∂z = −0.331812 · 0.221713 = −0.073567.
        assertEquals("∂L/∂z = ∂L/∂p̂ · ∂p̂/∂z = (-0.331812)·0.221713 =", sheet.textOf("trace-dz"));
        assertEquals("-0.073567", sheet.valueOf("trace-dz"));
        assertNull(sheet.valueOf("trace-chain"), "only the stable loss shows the shortcut beside the chain rule");
    }

    @Test
    void aNetworkGetsATablePerLayer() {
        PointTrace trace = new PointTrace().compute(xorNetwork(), new double[] {0, 1}, 1, Loss.CROSS_ENTROPY, 1.0);
        Sheet sheet = PointSheet.of(trace, true);
        // Hand values as in PointTraceTest: a1 = σ(0.4) = 0.598688 for unit 2, dZ1 = −0.027672.
        assertEquals("0.400000", sheet.valueOf("trace-l1-u2-z"));
        assertEquals("0.598688", sheet.valueOf("trace-l1-u2-a"));
        assertEquals("0.240261", sheet.valueOf("trace-l1-u2-slope"));
        assertEquals("-0.027672", sheet.valueOf("trace-l1-u2-dz"));
        assertEquals("-0.027672", sheet.valueOf("trace-l1-u2-dw2"));
        assertEquals("-0.172386", sheet.valueOf("trace-l2-u1-dw2"));
        assertEquals("0.572386", sheet.valueOf("trace-l2-u1-w2"));
        assertNull(sheet.valueOf("trace-z"), "no single-neuron formula for a network");
    }

    @Test
    void andBatchIsTheArticlesStep() {
        BatchGradient batch = new BatchGradient().compute(andNeuron(0.1, 0.6), and(), TrainingSettings.gradientDescent(1.0));
        Sheet sheet = BatchSheet.of(batch, and(), TrainingSettings.gradientDescent(1.0), 8);
        assertEquals("4", sheet.valueOf("batch-m"));
        assertEquals("0.524979", sheet.valueOf("batch-i3-dz"));
        assertEquals("0.719554", sheet.valueOf("batch-cost"));
        assertEquals("∂J/∂w₁ = (1/m)·Σ dZ⁽ⁱ⁾·x₁⁽ⁱ⁾ =", sheet.textOf("batch-dw-1"));
        assertEquals("0.048292", sheet.valueOf("batch-dw-1"));
        assertEquals("w₂ ← 0.6 − 1·0.078461 =", sheet.textOf("batch-w-2-new"));
        assertEquals("0.521539", sheet.valueOf("batch-w-2-new"));
        assertEquals("0.618313", sheet.valueOf("batch-cost-after"));
    }

    @Test
    void theExamplesTableIsCutButTheSumsAreNot() {
        BatchGradient batch = new BatchGradient().compute(xorNetwork(), xor(), TrainingSettings.gradientDescent(1.0));
        Sheet sheet = BatchSheet.of(batch, xor(), TrainingSettings.gradientDescent(1.0), 2);
        assertEquals("0.668188", sheet.valueOf("batch-i1-p"));
        assertNull(sheet.valueOf("batch-i3-p"));
        assertEquals("0.198917", sheet.valueOf("batch-l2-u1-db"));
        assertEquals("0.715106", sheet.valueOf("batch-cost-after"));
        boolean captioned = false;
        for (int b = 0; b < sheet.size(); b++) {
            if (sheet.block(b).isTable() && sheet.block(b).caption().endsWith("(the first 2 of 4)")) {
                captioned = true;
            }
        }
        assertTrue(captioned);
    }

    @Test
    void saysWhenStepDoesSomethingElse() {
        assertNull(BatchSheet.differs(TrainingSettings.gradientDescent(1.0), 4));
        TrainingSettings adamMiniBatch = new TrainingSettings(Loss.CROSS_ENTROPY, OptimizerKind.ADAM, 0.1, 2, 0.0);
        assertEquals("The Step button updates once per mini-batch of 2 in a shuffled order and uses Adam; this is the "
                + "plain full-batch step for comparison.", BatchSheet.differs(adamMiniBatch, 4));
        TrainingSettings stochastic = new TrainingSettings(Loss.CROSS_ENTROPY, OptimizerKind.GRADIENT_DESCENT, 0.1, 1, 0.0);
        assertEquals("The Step button updates once per point in a shuffled order; this is the plain full-batch step "
                + "for comparison.", BatchSheet.differs(stochastic, 4));
    }

    @Test
    void noPointsNoNumbers() {
        BatchGradient batch = new BatchGradient().compute(andNeuron(0.1, 0.6), DataSet.empty(2),
                TrainingSettings.gradientDescent(1.0));
        Sheet sheet = BatchSheet.of(batch, DataSet.empty(2), TrainingSettings.gradientDescent(1.0), 8);
        assertEquals("0", sheet.valueOf("batch-m"));
        assertNull(sheet.valueOf("batch-cost"));
    }

    @Test
    void figuresAreShortAndTheSameEverywhere() {
        assertEquals("0.1", Figures.brief(0.1));
        assertEquals("1", Figures.brief(1.0));
        assertEquals("-0.331812", Figures.brief(-0.33181222783));
        assertEquals("0", Figures.brief(-1e-12 + 1e-12));
        assertEquals("(-2)", Figures.operand(-2));
        assertEquals("1.2346e-5", Figures.value(1.23456e-5));
        assertEquals("₁₂", Figures.subscript(12));
        assertEquals("(0.5, -1)", Figures.point(new double[] {0.5, -1}, 2));
    }

    @Test
    void aTableRowMustFitItsHeader() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new Sheet().table(
                Sheet.Section.FORWARD, "t", new String[] {"a", "b"}, new String[][] {{"1"}}, new String[][] {{null}}));
        assertEquals("a row of the table \"t\" has 1 cells for 2 columns", error.getMessage());
    }
}

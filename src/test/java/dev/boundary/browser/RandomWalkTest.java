package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundary.core.math.SeededRandom;
import java.util.List;
import org.openqa.selenium.Keys;

/**
 * A seeded random walk through the page in Chromium (WebAssembly): clicks on the plot, Step, menu
 * choices, sliders, shortcuts on focused controls, undo and redo, play and pause, reloads. After every
 * step the menu, the model controls, the point count, the epoch, the cost and the chart must agree with
 * each other and with the session ({@code data-session-*} on {@code <html>}), with no page error.
 */
class RandomWalkTest {
    private static final int STEPS = 520;
    private static final String[] DATA_SETS = {"circles", "moons", "xor", "and", "blobs", "spiral", "empty", "or"};
    private static final String[] LOSSES = {"cross-entropy", "squared-error", "naive-cross-entropy"};
    private static final String[] OPTIMIZERS = {"gradient-descent", "momentum", "adam"};

    /** One script reading every control and the session at once (between two frames), listing disagreements. */
    private static final String CHECK = "(function () {"
            + " var h = document.documentElement, c = document.getElementById('cost-chart'), problems = [];"
            + " function g(n) { return h.getAttribute('data-session-' + n); }"
            + " function v(id) { return document.getElementById(id).value; }"
            + " function t(id) { return document.getElementById(id).textContent.trim(); }"
            + " function eq(what, a, b) { if (a !== b) { problems.push(what + ': page ' + a + ', session ' + b); } }"
            + " eq('menu', v('dataset'), g('dataset'));"
            + " eq('learning rate', t('learning-rate-value'), g('lr'));"
            + " eq('loss', v('loss'), g('loss'));"
            + " eq('optimiser', v('optimizer'), g('optimizer'));"
            + " eq('batch', document.getElementById('batch-full').checked ? '0' : v('batch-size'), g('batch'));"
            + " var model = g('model').split(' ');"
            + " eq('model', v('model'), model[0]);"
            + " if (model[0] === 'network') { eq('activation', v('activation'), model[2]); }"
            + " eq('bias', String(document.getElementById('bias').checked), String(model[3] === 'bias'));"
            + " eq('threshold', t('threshold-value'), g('threshold'));"
            + " eq('threshold slider', Number(v('threshold')).toFixed(2), g('threshold'));"
            + " eq('seed', v('seed'), g('seed'));"
            + " eq('epoch', t('epoch'), g('epoch'));"
            + " eq('chart epoch', c.getAttribute('data-last-epoch'), g('epoch'));"
            + " eq('cost', t('cost'), g('cost'));"
            + " eq('chart cost', c.getAttribute('data-last-cost'), t('cost'));"
            + " eq('points', t('points').split(' ')[0], g('points'));"
            + " eq('undo button', String(!document.getElementById('undo').disabled), String(g('undo') === 'yes'));"
            + " return problems.join('; '); })()";

    @BrowserTest(Browser.CHROMIUM)
    void aSeededWalkNeverFindsThePageDisagreeingWithItsSession(ChromePage page) {
        SeededRandom random = new SeededRandom(11);
        page.open("");
        double width = Double.parseDouble(page.evaluate("document.getElementById('plot').getBoundingClientRect().width"));
        double height = Double.parseDouble(page.evaluate("document.getElementById('plot').getBoundingClientRect().height"));
        for (int step = 0; step < STEPS; step++) {
            String action = act(page, random, width, height);
            assertEquals("", page.evaluate(CHECK), "step " + step + " (" + action + ")");
            if (step % 50 == 49) {
                assertEquals(List.of(), page.javaScriptErrors(), "step " + step);
            }
        }
        page.assertNoJavaScriptErrors();
    }

    private static int below(SeededRandom random, int n) {
        return (int) (random.nextDouble() * n);
    }

    private static String act(ChromePage page, SeededRandom random, double width, double height) {
        int kind = below(random, 100);
        if (kind < 14) {
            page.click("step");
            return "step";
        } else if (kind < 30) {
            boolean shift = random.nextDouble() < 0.4;
            page.clickCanvas("plot", width * (0.1 + 0.8 * random.nextDouble()), height * (0.1 + 0.8 * random.nextDouble()),
                    shift);
            return "click the plot";
        } else if (kind < 38) {
            String id = DATA_SETS[below(random, DATA_SETS.length)];
            page.select("dataset", id);
            return "data set " + id;
        } else if (kind < 41) {
            String name = random.nextDouble() < 0.5 ? "and-neuron" : "roelants-no-bias";
            Waits.loadExample(page, name);
            return "example " + name;
        } else if (kind < 44) {
            page.select("loss", LOSSES[below(random, LOSSES.length)]);
            return "loss";
        } else if (kind < 47) {
            page.select("optimizer", OPTIMIZERS[below(random, OPTIMIZERS.length)]);
            return "optimiser";
        } else if (kind < 50) {
            page.click("batch-full");
            return "batch";
        } else if (kind < 55) {
            page.setRange("learning-rate", Integer.toString(below(random, 501)));
            return "learning rate";
        } else if (kind < 59) {
            page.setRange("threshold", Double.toString(0.05 + 0.01 * below(random, 90)));
            return "threshold";
        } else if (kind < 67) {
            page.click("undo");
            return "undo";
        } else if (kind < 71) {
            page.click("redo");
            return "redo";
        } else if (kind < 76) {
            page.typeHolding("learning-rate", "z", Keys.CONTROL);
            return "Ctrl+Z on a slider";
        } else if (kind < 80) {
            page.type("dataset", "s");
            return "s on the menu";
        } else if (kind < 84) {
            page.select("model", random.nextDouble() < 0.5 ? "logistic" : "network");
            return "model";
        } else if (kind < 87) {
            if ("true".equals(page.evaluate("document.getElementById('activation').disabled"))) {
                page.click("step");
                return "step (the activation menu is off for one neuron)";
            }
            page.select("activation", random.nextDouble() < 0.5 ? "tanh" : "relu");
            return "activation";
        } else if (kind < 92) {
            page.type("threshold", " ");
            page.type("threshold", " ");
            return "play and pause";
        } else if (kind < 94) {
            page.click("clear");
            return "clear";
        } else if (kind < 96) {
            page.typeHolding("plot", "z", Keys.CONTROL, Keys.SHIFT);
            return "Ctrl+Shift+Z on the plot";
        } else if (kind < 98) {
            page.click("reset");
            return "reset";
        } else {
            page.open("");
            return "reload";
        }
    }
}

package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.link.Link;
import dev.boundary.core.math.Numbers;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioJson;
import dev.boundary.core.state.TrainedState;
import dev.boundary.core.train.Trainer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Links on both engines: Copy link and opening the link restores the exact session; a link made on the
 * JVM opens at its epoch; hostile or damaged links show as text and change nothing.
 */
class ShareTest {
    private static final String DEFAULT_POINTS = "200 points: 100 of class 1 ●, 100 of class 0 ▲";

    private static Scenario example(String name) throws IOException {
        return ScenarioJson.read(Files.readString(Path.of("web/examples/" + name + ".json")));
    }

    @BrowserTest
    void aCopiedLinkRestoresPointsWeightsEpochAndThreshold(PageDriver page) throws IOException {
        Trainer trainer = example("xor-network").newTrainer();
        for (int i = 0; i < 25; i++) {
            trainer.trainEpoch();
        }
        page.open("");
        Waits.loadExample(page, "xor-network");
        for (int i = 0; i < 25; i++) {
            page.click("step");
        }
        page.setRange("threshold", 0.3);
        page.click("copy-link");
        String link = page.value("share-link");
        assertTrue(link.contains("#s="), link);
        String weights = page.text("weights");
        String confusion = page.text("confusion");

        page.open(URI.create(link));
        assertTrue(page.text("status").startsWith("Opened a shared session: “XOR"), page.text("status"));
        assertEquals("25", page.text("epoch"));
        assertEquals(Numbers.fixed(trainer.cost(), 6), page.text("cost"));
        assertEquals(weights, page.text("weights"));
        assertEquals("0.30", page.text("threshold-value"));
        assertEquals(confusion, page.text("confusion"));
        assertEquals("4 points: 2 of class 1 ●, 2 of class 0 ▲", page.text("points"));
        // Full-batch gradient descent goes on exactly as the JVM does.
        trainer.trainEpoch();
        page.click("step");
        assertEquals("26", page.text("epoch"));
        assertEquals(Numbers.fixed(trainer.cost(), 6), page.text("cost"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void aLinkMadeOnTheJvmOpensAtItsEpoch(PageDriver page) throws IOException {
        Scenario and = example("and-neuron");
        Trainer trainer = and.newTrainer();
        for (int i = 0; i < 40; i++) {
            trainer.trainEpoch();
        }
        Scenario trained = and.withTrained(TrainedState.capture(40, trainer.network())).withThreshold(0.25);
        page.open("index.html" + new Link().write(trained));
        assertEquals("40", page.text("epoch"));
        assertEquals(Numbers.fixed(trainer.cost(), 6), page.text("cost"));
        assertEquals("0.25", page.text("threshold-value"));
        assertEquals("4 points: 1 of class 1 ●, 3 of class 0 ▲", page.text("points"));
        // Undo has nothing to go back to: opening a link is where the session starts.
        assertEquals("true", page.evaluate("document.getElementById('undo').disabled"));
    }

    @BrowserTest
    void markupInALinkShowsAsTextAndRunsNothing(PageDriver page) throws IOException {
        String script = "<script>window.__xss = 1</script>";
        String image = "\"><img src=x onerror=\"window.__xss = 2\">";
        Scenario hostile = example("and-neuron").withTitle(script).withDescription(image);
        page.open("index.html" + new Link().write(hostile));
        assertTrue(page.text("status").contains("“" + script + "”"), page.text("status"));
        assertEquals(image, page.text("dataset-description"));
        assertEquals("undefined", page.evaluate("typeof window.__xss"));
        assertEquals("0", page.evaluate("document.querySelectorAll('#status *, #dataset-description *, img').length"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void markupInPlaceOfALinkIsReportedAsText(PageDriver page) {
        page.open("index.html#s=%3Cscript%3Ewindow.__xss=1%3C/script%3Exyz");
        String status = page.text("status");
        assertTrue(status.startsWith("This link could not be opened: the link is damaged: character 1 (\"<\") is not"
                + " a base64url character"), status);
        assertTrue(status.endsWith("The page shows the default session instead; nothing from the link was used."),
                status);
        page.open("index.html#s=%22%3E%3Cimg%20src=x%20onerror=%22window.__xss=2%22%3E");
        assertTrue(page.text("status").startsWith("This link could not be opened: the link is damaged: "),
                page.text("status"));
        assertEquals(DEFAULT_POINTS, page.text("points"));
        assertEquals("undefined", page.evaluate("typeof window.__xss"));
        assertEquals("0", page.evaluate("document.querySelectorAll('#status *, img').length"));
        assertEquals("true", page.documentAttribute("data-ready"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void aCutLinkSaysSoAndTheDefaultStays(PageDriver page) throws IOException {
        String fragment = new Link().write(example("xor-network"));
        page.open("index.html" + fragment.substring(0, fragment.length() - 6));
        String status = page.text("status");
        assertTrue(status.startsWith("This link could not be opened: the link is damaged: "), status);
        assertTrue(status.contains("cut"), status);
        assertEquals(DEFAULT_POINTS, page.text("points"));
        assertEquals("0", page.text("epoch"));
        // The page works: a step trains the default network.
        page.click("step");
        assertEquals("1", page.text("epoch"));
    }
}

package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.math.Numbers;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioJson;
import dev.boundary.core.train.Trainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The autosave on both engines: a reload brings the session back; Reset to default is undoable; a full,
 * forbidden or damaged storage gives a message and loses nothing on the page.
 */
class AutosaveTest {
    private static final String KEY = "'boundary.autosave'";
    private static final String DEFAULT_POINTS = "200 points: 100 of class 1 ●, 100 of class 0 ▲";

    /**
     * Waits until the autosave holds what the page shows now: a change schedules a save about a second
     * later (in the same event) and marks {@code <html data-autosave-pending>} until it is done.
     */
    static void awaitSave(PageDriver page) {
        FilesTest.until(page, "!document.documentElement.hasAttribute('data-autosave-pending')", "the autosave");
        assertTrue(!"null".equals(page.evaluate("localStorage.getItem(" + KEY + ")")), "the autosave is stored");
    }

    @BrowserTest
    void aReloadRestoresTheAutosavedSession(PageDriver page) throws IOException {
        Scenario and = ScenarioJson.read(Files.readString(Path.of("web/examples/and-neuron.json")));
        Trainer trainer = and.newTrainer();
        for (int i = 0; i < 3; i++) {
            trainer.trainEpoch();
        }
        page.open("");
        assertEquals("Autosave: on. Your session is kept in this browser.", page.text("autosave-state"));
        Waits.loadExample(page, "and-neuron");
        page.click("step");
        page.click("step");
        page.click("step");
        awaitSave(page);

        page.open("");
        assertEquals("3", page.text("epoch"));
        assertEquals(Numbers.fixed(trainer.cost(), 6), page.text("cost"));
        assertEquals("4 points: 1 of class 1 ●, 3 of class 0 ▲", page.text("points"));
        assertTrue(page.text("status").startsWith("Welcome back: your last session is restored"), page.text("status"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void resetToDefaultIsOneUndoStep(PageDriver page) {
        page.open("");
        Waits.loadExample(page, "and-neuron");
        page.click("step");
        page.click("reset-default");
        assertEquals(DEFAULT_POINTS, page.text("points"));
        assertEquals("0", page.text("epoch"));
        assertEquals("Back to the default session. Undo (Ctrl+Z) brings back yours.", page.text("status"));
        page.click("undo");
        assertEquals("4 points: 1 of class 1 ●, 3 of class 0 ▲", page.text("points"));
        assertEquals("1", page.text("epoch"));
    }

    @BrowserTest
    void aFullStorageSaysSoAndTheSessionGoesOn(PageDriver page) {
        page.open("");
        page.evaluate("(Storage.prototype.setItem = function () {"
                + " var e = new Error('the quota has been exceeded'); e.name = 'QuotaExceededError'; throw e; }, 1)");
        page.click("step");
        Waits.untilText(page, "autosave-state", text -> text.contains("full"), "autosave to report a full storage");
        // The status line is written just after the autosave's own line, maybe on HtmlUnit's timer thread.
        Waits.untilText(page, "status", text -> text.startsWith("Autosave"), "the status line");
        assertTrue(page.text("status").startsWith("Autosave stopped: this browser's storage for the page is full"),
                page.text("status"));
        assertEquals(DEFAULT_POINTS, page.text("points"));
        page.click("step");
        assertEquals("2", page.text("epoch"));
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void aForbiddenStorageSaysSo(PageDriver page) {
        page.open("");
        page.evaluate("(Storage.prototype.setItem = function () {"
                + " var e = new Error('access denied'); e.name = 'SecurityError'; throw e; }, 1)");
        page.click("step");
        Waits.untilText(page, "autosave-state", text -> text.startsWith("Autosave: off"), "autosave to turn off");
        // The status line is written just after the autosave's own line, maybe on HtmlUnit's timer thread.
        Waits.untilText(page, "status", text -> text.startsWith("Autosave"), "the status line");
        assertEquals("Autosave: off, this browser does not allow storage here (SecurityError).",
                page.text("autosave-state"));
        assertEquals("Autosave is off: this browser does not let the page store anything (SecurityError). Export the"
                + " scenario to keep your work.", page.text("status"));
        assertEquals("1", page.text("epoch"));
    }

    @BrowserTest
    void aDamagedAutosaveLeavesTheDefault(PageDriver page) {
        page.open("");
        page.evaluate("(localStorage.setItem(" + KEY + ", '#s=AQ<img>'), 1)");
        page.open("");
        String status = page.text("status");
        assertTrue(status.startsWith("Your autosaved session could not be read (the link is damaged: "), status);
        assertTrue(status.endsWith("in case a newer version of the page can read it."), status);
        assertEquals(DEFAULT_POINTS, page.text("points"));
        assertEquals("0", page.evaluate("document.querySelectorAll('#status *, img').length"));
    }

    @BrowserTest
    void aLinkComesBeforeTheAutosave(PageDriver page) throws IOException {
        page.open("");
        page.click("step");
        awaitSave(page);
        Scenario xor = ScenarioJson.read(Files.readString(Path.of("web/examples/xor-network.json")));
        page.open("index.html" + new dev.boundary.core.link.Link().write(xor));
        assertEquals("4 points: 2 of class 1 ●, 2 of class 0 ▲", page.text("points"));
        // Opening a link does not overwrite the autosave until the session changes.
        page.open("");
        assertEquals("1", page.text("epoch"), page.text("status") + " / " + page.text("points"));
        assertEquals(DEFAULT_POINTS, page.text("points"));
    }
}

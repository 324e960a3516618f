package dev.boundary.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.Preset;
import dev.boundary.core.link.Base64Url;
import dev.boundary.core.link.Link;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.state.HostileTextTestAccess;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.Utf8;
import dev.boundary.core.train.TrainingSettings;
import org.junit.jupiter.api.Test;

/** What the page starts with when the link or the autosave is hostile: the default, and the autosave kept. */
class StartUpTest {
    private static final Scenario WORK = Scenario.of(Preset.XOR.generate(3), ModelSpec.logistic(2), 3,
            TrainingSettings.gradientDescent(0.5)).withTitle("My work");
    private static final String SAVED = new Link().write(WORK);

    private static String jsonLink(String json) {
        return "#s=" + Base64Url.encode(Utf8.encode(json));
    }

    @Test
    void aDeeplyNestedLinkGivesTheDefaultAndKeepsTheAutosave() {
        StartUp plan = StartUp.decide(jsonLink(HostileTextTestAccess.deeplyNested(10_000)), false, SAVED);
        assertNull(plan.scenario());
        assertTrue(plan.problem());
        assertTrue(plan.linkFailed());
        assertTrue(plan.message().startsWith("This link could not be opened: the link is damaged: the JSON nests lists"
                + " and objects more than 32 levels deep"), plan.message());
        assertTrue(plan.message().endsWith("Your previous session is kept (Restore brings it back)."), plan.message());
        assertTrue(plan.keptSaved());
        assertEquals(WORK, plan.kept());
    }

    @Test
    void aDeeplyNestedAutosaveGivesTheDefaultAndIsKept() {
        StartUp plan = StartUp.decide(null, false, jsonLink(HostileTextTestAccess.deeplyNested(10_000)));
        assertNull(plan.scenario());
        assertTrue(plan.problem());
        assertFalse(plan.linkFailed());
        assertTrue(plan.keptSaved());
        assertNull(plan.kept());
        assertTrue(plan.message().startsWith("Your autosaved session could not be read (the link is damaged: the JSON"
                + " nests"), plan.message());
    }

    @Test
    void anAutosaveOfANewerVersionIsKept() {
        byte[] code = Base64Url.decode(SAVED.substring(3));
        code[0] = 9;
        StartUp plan = StartUp.decide("", false, "#s=" + Base64Url.encode(code));
        assertNull(plan.scenario());
        assertTrue(plan.keptSaved());
        assertTrue(plan.message().contains("it is not a Boundary link of a version this page reads"), plan.message());
    }

    @Test
    void aLinkWithPointsBeyondTheLimitIsRefusedWholeAndTheAutosaveKept() {
        String json = "{\"format\":\"boundary-scenario\",\"version\":1,\"data\":{\"points\":[[1e308,0,0],[-1e308,1,1]]}}";
        StartUp plan = StartUp.decide(jsonLink(json), false, SAVED);
        assertNull(plan.scenario());
        assertTrue(plan.message().contains("data.points[0][0] is 1e308, too large"), plan.message());
        assertEquals(WORK, plan.kept());
    }

    @Test
    void aGoodLinkOpensAndStillKeepsTheAutosave() {
        Scenario shared = WORK.withTitle("Shared");
        StartUp plan = StartUp.decide(new Link().write(shared), false, SAVED);
        assertEquals(shared, plan.scenario());
        assertFalse(plan.problem());
        assertTrue(plan.keptSaved());
        assertEquals(WORK, plan.kept());
    }

    @Test
    void aGoodAutosaveIsRestoredAndNeedsNoKeeping() {
        StartUp plan = StartUp.decide(null, false, SAVED);
        assertEquals(WORK, plan.scenario());
        assertFalse(plan.keptSaved());
        assertNull(plan.kept());
        assertTrue(plan.message().startsWith("Welcome back"), plan.message());
    }

    @Test
    void optionsInTheAddressWinButTheAutosaveIsKept() {
        StartUp plan = StartUp.decide(null, true, SAVED);
        assertNull(plan.scenario());
        assertTrue(plan.keptSaved());
        assertNotNull(plan.kept());
    }
}

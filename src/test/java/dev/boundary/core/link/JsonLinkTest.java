package dev.boundary.core.link;

import static dev.boundary.core.state.ScenarioAssertions.assertSameFields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.state.LayerWeights;
import dev.boundary.core.state.RandomScenarios;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioException;
import dev.boundary.core.state.ScenarioJson;
import dev.boundary.core.state.TrainedState;
import dev.boundary.core.train.TrainingSettings;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The first form of links, JSON, still read: exact round trips, and damaged links reported as such. */
class JsonLinkTest {
    /** The JSON link of {@code scenario}, as the page wrote them before the compact form. */
    static String fragment(Scenario scenario) {
        return Link.PREFIX + Base64Url.encode(JsonLink.encode(scenario));
    }

    private static Scenario read(String fragment) {
        return Link.read(fragment).scenario();
    }

    private static Scenario edgeValues() {
        double[] points = {-0.0, Double.MIN_VALUE, 1e100, -1e-300, 0.1, 123456.789e10};
        return Scenario.of(new DataSet(2, points, new double[] {0, 1, 1}), ModelSpec.logistic(2), -1,
                TrainingSettings.gradientDescent(1e-9))
                .withInitialWeights(new LayerWeights(1, 2, new double[] {-0.0, Double.MAX_VALUE}, new double[] {-0.0}))
                .withTitle("σ ≈ ½ 😀 \"#s=\" & ?x=1")
                .withThreshold(0.01)
                .withTrained(new TrainedState(3, new double[] {Math.PI, -Math.E, 4.9e-324}));
    }

    @Test
    void theFragmentIsBase64UrlOfTheCompactJson() {
        Scenario scenario = edgeValues();
        String fragment = fragment(scenario);
        assertTrue(fragment.startsWith("#s="));
        String json = new String(Base64.getUrlDecoder().decode(fragment.substring(3)), StandardCharsets.UTF_8);
        assertEquals(ScenarioJson.writeCompact(scenario), json);
        for (char c : fragment.substring(3).toCharArray()) {
            assertTrue(Character.isLetterOrDigit(c) || c == '-' || c == '_', "unsafe character " + c);
        }
    }

    @Test
    void edgeValuesRoundTripExactly() {
        Scenario scenario = edgeValues();
        Scenario back = read(fragment(scenario));
        assertSameFields(scenario, back);
        assertEquals(scenario, back);
        assertEquals(scenario, read(fragment(scenario).substring(1))); // "s=…"
    }

    @Test
    void oneFeatureAndEmptyDataRoundTrip() {
        Scenario line = Scenario.of(new DataSet(1, new double[] {-3.25, 6.5}, new double[] {0, 1}),
                ModelSpec.logistic(1), 2, TrainingSettings.gradientDescent(0.001).withBatchSize(1));
        assertEquals(line, read(fragment(line)));
        Scenario empty = Scenario.of(DataSet.empty(2), ModelSpec.logistic(2), 0, TrainingSettings.gradientDescent(1));
        Scenario back = read(fragment(empty));
        assertEquals(0, back.data().size());
        assertEquals(2, back.data().featureCount());
        assertEquals(empty, back);
    }

    @Test
    void randomScenariosRoundTrip() {
        SeededRandom random = new SeededRandom(17);
        for (int i = 0; i < 500; i++) {
            Scenario scenario = RandomScenarios.scenario(random);
            Scenario back = read(fragment(scenario));
            assertSameFields(scenario, back);
            assertEquals(scenario, back);
        }
    }

    @Test
    void everyCutOfALinkIsReportedAsDamaged() {
        String fragment = fragment(edgeValues());
        for (int end = 4; end < fragment.length(); end++) {
            String cut = fragment.substring(0, end);
            ScenarioException e = assertThrows(ScenarioException.class, () -> read(cut), cut);
            assertTrue(e.getMessage().startsWith("the link is damaged: "), e.getMessage());
            // A cut shows as such, except inside a multi-byte character, which is no UTF-8 then.
            assertTrue(e.getMessage().contains("(was it cut off?)") || e.getMessage().contains("UTF-8"), e.getMessage());
        }
    }

    @Test
    void damagedLinksSayWhatWasFound() {
        String code = fragment(edgeValues()).substring(3);
        assertEquals("the link is damaged: character 5 (\"*\") is not a base64url character (A–Z, a–z, 0–9, - or _)",
                message("#s=" + code.substring(0, 4) + "*" + code.substring(5)));
        assertEquals("the link is damaged: nothing follows \"s=\"", message("#s="));
        assertEquals("the link holds no scenario (its part after # does not start with \"s=\")", message("#top"));
        // Valid base64url, starting as JSON does, but not UTF-8: '{' 0xFF 0xFF.
        assertEquals("the link is damaged: byte 2 is not valid UTF-8", message("#s=e___"));
        // Valid text, but not a scenario.
        String notScenario = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"format\":\"boundary-scenario\",\"version\":2}".getBytes(StandardCharsets.UTF_8));
        assertEquals("the link is damaged: unknown version 2 (this page reads version 1)", message("#s=" + notScenario));
    }

    private static String message(String fragment) {
        return assertThrows(ScenarioException.class, () -> Link.read(fragment)).getMessage();
    }
}

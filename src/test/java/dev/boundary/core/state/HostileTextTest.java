package dev.boundary.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.DataSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** Scenario texts made to hurt: deep nesting, endless numbers, extreme points (links: HostileLinkTest). */
class HostileTextTest {
    /** A scenario whose data.points is {@code depth} nested lists. */
    static String deeplyNested(int depth) {
        StringBuilder json = new StringBuilder("{\"format\":\"boundary-scenario\",\"version\":1,\"data\":{\"points\":");
        for (int i = 0; i < depth; i++) {
            json.append('[');
        }
        for (int i = 0; i < depth; i++) {
            json.append(']');
        }
        return json.append("}}").toString();
    }

    private static String message(Runnable reading) {
        return assertThrows(ScenarioException.class, reading::run).getMessage();
    }

    @Test
    void tenThousandNestedListsAreRefusedByTheirDepth() {
        String json = deeplyNested(10_000);
        String message = message(() -> ScenarioJson.read(json));
        assertEquals("the JSON nests lists and objects more than 32 levels deep (at character 90, line 1);"
                + " a scenario needs 5", message);
    }

    @Test
    void thirtyTwoLevelsStillParse() {
        // The depth limit itself is no error: 32 levels reach the reader, which then says what is wrong.
        String message = message(() -> ScenarioJson.read(deeplyNested(29)));
        assertTrue(message.startsWith("data.points[0] has 1 value"), message);
    }

    @Test
    void aHundredThousandDigitNumberIsRefusedByItsLength() {
        String digits = "1".repeat(100_000);
        String json = "{\"format\":\"boundary-scenario\",\"version\":1,\"seed\":" + digits + ",\"data\":{}}";
        String message = message(() -> ScenarioJson.read(json));
        assertEquals("a number at character 50 (line 1) is 100000 characters long; numbers of up to 100"
                + " characters are read", message);
    }

    @Test
    void aHugeStringIsRefusedByItsLength() {
        String json = "{\"format\":\"boundary-scenario\",\"version\":1,\"title\":\"" + "x".repeat(30_000) + "\"}";
        String message = message(() -> ScenarioJson.read(json));
        assertTrue(message.startsWith("a string at character 51 (line 1) is 30000 characters long; strings of up to"
                + " 20000"), message);
    }

    @Test
    void longValuesAreQuotedShortInMessages() {
        String json = "{\"format\":\"boundary-scenario\",\"version\":1,\"training\":{\"loss\":\"" + "é".repeat(5_000)
                + "\"}, \"data\":{}}";
        String message = message(() -> ScenarioJson.read(json));
        assertTrue(message.length() < 200, message);
        assertTrue(message.endsWith("\"" + "é".repeat(60) + "\u2026\""), message);
    }

    @Test
    void coordinatesBeyondTheLimitAreRefusedWhereTheyAre() {
        String json = "{\"format\":\"boundary-scenario\",\"version\":1,\"data\":{\"points\":[[0,1,0],[1e308,-1e308,1]]}}";
        assertEquals("data.points[1][0] is 1e308, too large: coordinates must lie within \u00B11e100",
                message(() -> ScenarioJson.read(json)));
    }

    @Test
    void theCoordinateLimitHoldsInEveryReader() {
        assertThrows(IllegalArgumentException.class,
                () -> new DataSet(2, new double[] {0, 0, 1e101, 0}, new double[] {0, 1}));
        new DataSet(2, new double[] {-1e100, 0, 1e100, 5e-324}, new double[] {0, 1});
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        String json = new String(Files.readAllBytes(Paths.get("web/examples/and-neuron.json")), StandardCharsets.UTF_8);
        assertEquals(ScenarioJson.read(json), ScenarioJson.read("\uFEFF" + json));
    }

    @Test
    void aListIsNotAScenario() {
        assertEquals("not a Boundary scenario (the JSON holds a list, not an object)",
                message(() -> ScenarioJson.read("[1,2,3]")));
    }
}

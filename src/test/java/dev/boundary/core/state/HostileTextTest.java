package dev.boundary.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.DataSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenario texts and links made to hurt: deep nesting, endless numbers, edited links, extreme points. */
class HostileTextTest {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

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
        String link = "#s=" + Base64Url.encode(Utf8.encode(json));
        assertTrue(link.length() > 26_000, "as long as the link of the report: " + link.length());
        assertEquals("the link is damaged: " + message, message(() -> ShareLink.fromFragment(link)));
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

    /** Every example's link, and every link with one character changed: all refused as damaged. */
    @Test
    void everyEditedCharacterOfALinkIsCaught() throws IOException {
        int tried = 0;
        for (String fragment : exampleLinks()) {
            for (int i = 3; i < fragment.length(); i++) {
                for (int k = 0; k < ALPHABET.length(); k += 7) {
                    char c = ALPHABET.charAt((k + i) % ALPHABET.length());
                    if (c == fragment.charAt(i)) {
                        continue;
                    }
                    String edited = fragment.substring(0, i) + c + fragment.substring(i + 1);
                    String message = message(() -> ShareLink.fromFragment(edited));
                    assertTrue(message.startsWith("the link is damaged"), edited + ": " + message);
                    tried++;
                }
            }
        }
        assertTrue(tried > 2_000, "edits tried: " + tried);
    }

    static List<String> exampleLinks() throws IOException {
        List<String> links = new ArrayList<>();
        ShareLink share = new ShareLink();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Paths.get("web/examples"), "*.json")) {
            for (Path file : files) {
                Scenario scenario = ScenarioJson.read(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                links.add(share.toFragment(scenario));
            }
        }
        return links;
    }

    @Test
    void linksMadeBeforeTheChecksumStillOpen() throws IOException {
        for (String fragment : exampleLinks()) {
            byte[] code = Base64Url.decode(fragment.substring(3));
            byte[] old = ShareLinkTest.unchecked(code);
            assertEquals(ShareLink.fromFragment(fragment).scenario(),
                    ShareLink.fromFragment("#s=" + Base64Url.encode(old)).scenario());
        }
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

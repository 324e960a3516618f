package dev.boundary.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.Mutations;
import dev.boundary.core.state.HostileTextTestAccess;
import dev.boundary.core.state.ScenarioException;
import dev.boundary.core.state.ScenarioJson;
import dev.boundary.core.state.Utf8;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Links made to hurt: deeply nested JSON inside a link, and every single-character edit of a link. */
class HostileLinkTest {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private static String message(Runnable reading) {
        return assertThrows(ScenarioException.class, reading::run).getMessage();
    }

    @Test
    void tenThousandNestedListsInAJsonLinkAreRefusedByTheirDepth() {
        String json = HostileTextTestAccess.deeplyNested(10_000);
        String link = Link.PREFIX + Base64Url.encode(Utf8.encode(json));
        assertTrue(link.length() > 26_000, "as long as the link of the report: " + link.length());
        assertEquals("the link is damaged: the JSON nests lists and objects more than 32 levels deep (at character 90,"
                + " line 1); a scenario needs 5", message(() -> Link.read(link)));
    }

    /** Every example's link, and every link with one character changed: all refused as damaged. */
    @Test
    void everyEditedCharacterOfALinkIsCaught() {
        int tried = 0;
        for (String fragment : exampleLinks()) {
            for (int i = 3; i < fragment.length(); i++) {
                for (int k = 0; k < ALPHABET.length(); k += 7) {
                    char c = ALPHABET.charAt((k + i) % ALPHABET.length());
                    if (c == fragment.charAt(i)) {
                        continue;
                    }
                    String edited = fragment.substring(0, i) + c + fragment.substring(i + 1);
                    String message = message(() -> Link.read(edited));
                    assertTrue(message.startsWith("the link is damaged"), edited + ": " + message);
                    tried++;
                }
            }
        }
        assertTrue(tried > 2_000, "edits tried: " + tried);
    }

    /** The link the page writes of each worked example. */
    static List<String> exampleLinks() {
        List<String> links = new ArrayList<>();
        Link link = new Link();
        for (String json : Mutations.exampleScenarios()) {
            links.add(link.write(ScenarioJson.read(json)));
        }
        return links;
    }

    @Test
    void linksMadeBeforeTheChecksumStillOpen() {
        for (String fragment : exampleLinks()) {
            byte[] code = Base64Url.decode(fragment.substring(Link.PREFIX.length()));
            byte[] old = LinkTest.unchecked(code);
            assertEquals(Link.read(fragment).scenario(), Link.read(Link.PREFIX + Base64Url.encode(old)).scenario());
        }
    }
}

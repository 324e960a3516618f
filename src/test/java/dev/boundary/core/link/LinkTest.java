package dev.boundary.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioException;
import dev.boundary.core.state.TrainedState;
import dev.boundary.core.train.TrainingSettings;
import org.junit.jupiter.api.Test;

/** Links as the page makes and opens them: damaged, cut, edited or hostile links never get through. */
class LinkTest {
    private static final String SCRIPT = "<script>window.__xss = 1</script>";
    private static final String IMAGE = "\"><img src=x onerror=\"window.__xss = 2\">";

    private static Scenario sample() {
        DataSet data = new DataSet(2, new double[] {0.5, 1, -2, 0.25, 3.75, -1}, new double[] {1, 0, 1});
        return Scenario.of(data, new ModelSpec(2, new int[] {3}, dev.boundary.core.nn.Activation.RELU, true), 5,
                TrainingSettings.gradientDescent(0.3)).withTitle(SCRIPT).withDescription(IMAGE)
                .withTrained(new TrainedState(12, new double[] {0.1, -0.2, 0.3, 0.4, -0.5, 0.6, 0, 0.1, -0.1,
                    Math.PI, -Math.E, 1e-9, 0.75}));
    }

    @Test
    void markupInTitlesIsKeptAsPlainText() {
        Scenario back = Link.read(new Link().write(sample())).scenario();
        assertEquals(SCRIPT, back.title());
        assertEquals(IMAGE, back.description());
        assertEquals(sample(), back);
    }

    @Test
    void jsonLinksStillOpen() {
        Scenario scenario = sample();
        assertEquals(scenario, Link.read(JsonLinkTest.fragment(scenario)).scenario());
        assertEquals(scenario, Link.read("s=" + JsonLinkTest.fragment(scenario).substring(3)).scenario());
    }

    @Test
    void everyCutIsReportedAsDamaged() {
        String link = new Link().write(sample());
        for (int end = 3; end < link.length(); end++) {
            String cut = link.substring(0, end);
            String message = message(cut);
            assertTrue(message.startsWith("the link is damaged: "), message);
            assertTrue(message.contains("cut") || message.contains("nothing follows"), cut + ": " + message);
        }
    }

    @Test
    void hostileTextInTheFragmentIsRefusedByName() {
        assertEquals("the link is damaged: character 1 (\"<\") is not a base64url character (A–Z, a–z, 0–9, - or _)",
                message("#s=<script>alert(1)</script>xyz"));
        assertTrue(message("#s=<script>alert(1)</script>").startsWith("the link is damaged: "));
        assertEquals("the link is damaged: character 1 (\"\"\") is not a base64url character (A–Z, a–z, 0–9, - or _)",
                message("#s=\"><img src=x onerror=alert(1)>x"));
        assertEquals("the link holds no scenario (its part after # does not start with \"s=\")",
                message("#<script>"));
    }

    @Test
    void editedBytesGiveAMessageOrAValidScenarioNeverAnotherError() {
        byte[] code = new CompactLink().encode(sample());
        int refused = 0;
        for (int i = 0; i < code.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] edited = code.clone();
                edited[i] ^= (byte) (1 << bit);
                String link = "#s=" + Base64Url.encode(edited);
                try {
                    Link.read(link);
                } catch (ScenarioException e) {
                    assertTrue(e.getMessage().startsWith("the link is damaged: "), e.getMessage());
                    refused++;
                }
            }
        }
        assertTrue(refused > code.length, "most edits are caught: " + refused);
    }

    @Test
    void randomBytesGiveAMessageNeverAnotherError() {
        SeededRandom random = new SeededRandom(31);
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = new byte[1 + random.nextInt(60)];
            for (int j = 0; j < bytes.length; j++) {
                bytes[j] = (byte) random.nextInt(256);
            }
            bytes[0] = (byte) (random.nextInt(4) == 0 ? bytes[0] : CompactLink.VERSION);
            try {
                Link.read("#s=" + Base64Url.encode(bytes));
            } catch (ScenarioException e) {
                assertTrue(e.getMessage().startsWith("the link is damaged: "), e.getMessage());
            }
        }
    }

    @Test
    void damageIsDescribed() {
        byte[] code = unchecked(new CompactLink().encode(sample()));
        byte[] longer = java.util.Arrays.copyOf(code, code.length + 2);
        assertEquals("the link is damaged: it has 2 bytes too many at the end", message("#s=" + Base64Url.encode(longer)));
        byte[] version = code.clone();
        version[0] = 0x03;
        assertEquals("the link is damaged: it is not a Boundary link of a version this page reads (its first byte is 3)",
                message("#s=" + Base64Url.encode(version)));
        byte[] flags = code.clone();
        flags[1] = (byte) 0x80;
        assertEquals("the link is damaged: unknown flags 128", message("#s=" + Base64Url.encode(flags)));
        assertEquals("the link is damaged: nothing follows \"s=\"", message("#s="));
    }

    @Test
    void aHugePointCountIsRefusedWithoutAllocating() {
        CompactOutput out = new CompactOutput();
        byte[] head = unchecked(new CompactLink().encode(Scenario.of(DataSet.empty(2), ModelSpec.logistic(2), 0,
                TrainingSettings.gradientDescent(1))));
        // Replace the last byte (0 listed points) by a count of 90 000 with nothing after it.
        out.append(java.util.Arrays.copyOf(head, head.length - 1));
        out.writeVarint(90_000);
        assertEquals("the link is damaged: it is cut short (it ends inside the points)",
                message("#s=" + Base64Url.encode(out.toByteArray())));
        CompactOutput tooMany = new CompactOutput();
        tooMany.append(java.util.Arrays.copyOf(head, head.length - 1));
        tooMany.writeVarint(Long.MAX_VALUE);
        assertEquals("the link is damaged: the number of points is 9223372036854775807, more than 100000",
                message("#s=" + Base64Url.encode(tooMany.toByteArray())));
    }

    @Test
    void recognisesScenarioFragments() {
        assertTrue(Link.isLink("#s=abc"));
        assertTrue(Link.isLink("s=abc"));
        assertFalse(Link.isLink("#x=abc"));
        assertFalse(Link.isLink(""));
        assertFalse(Link.isLink(null));
    }

    /** {@code code} as a link of version 1, before the checksum: its parts are read unchecked. */
    static byte[] unchecked(byte[] code) {
        byte[] old = java.util.Arrays.copyOf(code, code.length - 4);
        old[0] = CompactLink.UNCHECKED_VERSION;
        return old;
    }

    private static String message(String fragment) {
        return assertThrows(ScenarioException.class, () -> Link.read(fragment)).getMessage();
    }
}

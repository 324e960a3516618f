package dev.boundary.core.link;

import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioJson;
import dev.boundary.core.state.Utf8;

/**
 * The first form of links, still read: the base64url of the UTF-8 bytes of the scenario's compact
 * JSON ({@link ScenarioJson#writeCompact}), which start with <code>{</code>. The page writes
 * {@link CompactLink}s instead, a fraction of the size; {@link Link#read} tells the forms apart by
 * their first byte.
 */
final class JsonLink {
    /** The first byte of every JSON link's bytes. */
    static final byte FIRST_BYTE = '{';

    private JsonLink() {
    }

    /** The bytes of {@code scenario}'s JSON link (for tests of the links made before the compact form). */
    static byte[] encode(Scenario scenario) {
        return Utf8.encode(ScenarioJson.writeCompact(scenario));
    }

    /**
     * The scenario in a JSON link's {@code bytes}.
     *
     * @throws IllegalArgumentException (a {@link dev.boundary.core.state.ScenarioException} for a JSON
     *     mistake) saying what is wrong and where
     */
    static Scenario read(byte[] bytes) {
        return ScenarioJson.read(Utf8.decode(bytes));
    }
}

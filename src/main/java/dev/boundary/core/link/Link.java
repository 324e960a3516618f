package dev.boundary.core.link;

import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioException;

/**
 * A session as a link's fragment, {@code #s=} followed by base64url ({@link Base64Url}): the one place
 * links are written and read. {@link #write} always writes the current form, a {@link CompactLink} of
 * version 2 (with its CRC-32 checksum); {@link #read} reads every form a link was ever written in:
 * <ul>
 * <li>a compact link, version 2, checked against its checksum;</li>
 * <li>an unchecked compact link, version 1 (the same layout without the checksum);</li>
 * <li>a JSON link ({@link JsonLink}), the first form: the bytes of the scenario's compact JSON, which
 *     start with <code>{</code>.</li>
 * </ul>
 * The page's links, its autosave and its recent sessions all go through here.
 *
 * <p>An instance keeps the last points it wrote, so writing links (or autosaves) of the same points
 * again is cheap; reading is static and keeps nothing.
 */
public final class Link {
    /** What a scenario fragment starts with. */
    public static final String PREFIX = "#s=";
    /** Longest fragment read, in characters (about 3 MB of code: far more than 100 000 points). */
    public static final int MAX_LENGTH = 4_000_000;

    private final CompactLink compact = new CompactLink();

    /** The fragment {@code #s=…} of {@code scenario}, in the current form (a compact link, version 2). */
    public String write(Scenario scenario) {
        return PREFIX + Base64Url.encode(compact.encode(scenario));
    }

    /** True when {@code fragment} (with or without its {@code #}) looks like a scenario fragment. */
    public static boolean isLink(String fragment) {
        return fragment != null && (fragment.startsWith(PREFIX) || fragment.startsWith(PREFIX.substring(1)));
    }

    /**
     * The scenario in {@code fragment} ({@code #s=…} or {@code s=…}), in any of the forms above.
     *
     * @throws ScenarioException starting "the link is damaged: " and saying what was found wrong, when
     *     the fragment was cut off, edited, or holds no valid scenario
     */
    public static OpenedLink read(String fragment) {
        if (!isLink(fragment)) {
            throw new ScenarioException("the link holds no scenario (its part after # does not start with \"s=\")");
        }
        String text = fragment.substring(fragment.indexOf('=') + 1);
        if (text.isEmpty()) {
            throw damaged("nothing follows \"s=\"");
        }
        if (text.length() > MAX_LENGTH) {
            throw damaged("it is " + text.length() + " characters long; links of up to " + MAX_LENGTH + " are read");
        }
        byte[] bytes;
        try {
            bytes = Base64Url.decode(text);
        } catch (IllegalArgumentException e) {
            throw damaged(e.getMessage());
        }
        try {
            if (bytes.length > 0 && bytes[0] == JsonLink.FIRST_BYTE) {
                return new OpenedLink(JsonLink.read(bytes), null);
            }
            if (bytes.length > 0 && (bytes[0] == CompactLink.VERSION || bytes[0] == CompactLink.UNCHECKED_VERSION)) {
                return CompactLinkReader.read(bytes);
            }
        } catch (IllegalArgumentException e) {
            throw damaged(e.getMessage());
        }
        throw damaged("it is not a Boundary link of a version this page reads (its first byte is "
                + (bytes.length == 0 ? "missing" : Integer.toString(bytes[0] & 0xFF)) + ")");
    }

    private static ScenarioException damaged(String why) {
        return new ScenarioException("the link is damaged: " + why);
    }
}

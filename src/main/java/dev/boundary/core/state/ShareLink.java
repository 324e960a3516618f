package dev.boundary.core.state;

/**
 * The links the page shares: {@code #s=} followed by the base64url of the scenario's compact code
 * ({@link ScenarioCode}). Reading also accepts the longer JSON links of {@link ScenarioLink} (whose
 * bytes start with <code>{</code>), so every link ever made keeps working.
 *
 * <p>An instance keeps the last points it encoded, so building links (or autosaves) of the same
 * points again is cheap; reading is static and keeps nothing.
 */
public final class ShareLink {
    /** What a scenario fragment starts with. */
    public static final String PREFIX = ScenarioLink.PREFIX;
    /** Longest fragment read, in characters (about 3 MB of code: far more than 100 000 points). */
    public static final int MAX_LENGTH = 4_000_000;

    private final ScenarioCode code = new ScenarioCode();

    /** The fragment {@code #s=…} of {@code scenario}. */
    public String toFragment(Scenario scenario) {
        return PREFIX + Base64Url.encode(code.encode(scenario));
    }

    /** True when {@code fragment} (with or without its {@code #}) looks like a scenario fragment. */
    public static boolean isScenarioFragment(String fragment) {
        return ScenarioLink.isScenarioFragment(fragment);
    }

    /**
     * The scenario in {@code fragment} ({@code #s=…} or {@code s=…}), compact or JSON.
     *
     * @throws ScenarioException starting "the link is damaged: " and saying what was found wrong, when
     *     the fragment was cut off, edited, or holds no valid scenario
     */
    public static SharedScenario fromFragment(String fragment) {
        if (!isScenarioFragment(fragment)) {
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
            if (bytes.length > 0 && bytes[0] == '{') {
                return new SharedScenario(ScenarioJson.read(Utf8.decode(bytes)), null);
            }
            if (bytes.length > 0 && (bytes[0] == ScenarioCode.VERSION || bytes[0] == ScenarioCode.UNCHECKED_VERSION)) {
                return ScenarioCode.decode(bytes);
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

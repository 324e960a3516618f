package dev.boundary.core.state;

/**
 * A scenario as the fragment of a link: {@code #s=} followed by the base64url (RFC 4648 §5, no
 * padding) of the UTF-8 bytes of its compact JSON ({@link ScenarioJson#writeCompact}). The fragment
 * never reaches a server, so a link works on a static site, and the exact doubles travel with it.
 */
public final class ScenarioLink {
    /** What a scenario fragment starts with. */
    public static final String PREFIX = "#s=";

    private ScenarioLink() {
    }

    /** The fragment, {@code #s=…}, of {@code scenario}. */
    public static String toFragment(Scenario scenario) {
        return PREFIX + Base64Url.encode(Utf8.encode(ScenarioJson.writeCompact(scenario)));
    }

    /** True when {@code fragment} (with or without its {@code #}) looks like a scenario fragment. */
    public static boolean isScenarioFragment(String fragment) {
        return fragment != null && (fragment.startsWith(PREFIX) || fragment.startsWith(PREFIX.substring(1)));
    }

    /**
     * The scenario in {@code fragment} ({@code #s=…} or {@code s=…}).
     *
     * @throws ScenarioException starting "the link is damaged: " and saying what was found wrong, when
     *     the fragment was cut off, edited, or holds no valid scenario
     */
    public static Scenario fromFragment(String fragment) {
        if (!isScenarioFragment(fragment)) {
            throw new ScenarioException("the link holds no scenario (its part after # does not start with \"s=\")");
        }
        String code = fragment.substring(fragment.indexOf('=') + 1);
        if (code.isEmpty()) {
            throw damaged("nothing follows \"s=\"");
        }
        String json;
        try {
            json = Utf8.decode(Base64Url.decode(code));
        } catch (IllegalArgumentException e) {
            throw damaged(e.getMessage());
        }
        try {
            return ScenarioJson.read(json);
        } catch (ScenarioException e) {
            throw damaged(e.getMessage());
        }
    }

    private static ScenarioException damaged(String why) {
        return new ScenarioException("the link is damaged: " + why);
    }
}

package dev.boundary.core.session;

import dev.boundary.core.data.DataOrigin;
import dev.boundary.core.data.DataSet;
import dev.boundary.core.data.Preset;
import dev.boundary.core.state.Scenario;

/**
 * Which entry of the page's data-set menu a scenario is: a worked example (by its title), a preset
 * data set (by the generator that drew its points, or its title), the empty plane, or none of them
 * ({@value #CUSTOM}: imported or edited points that came from elsewhere). Derived from the scenario
 * alone, so the menu agrees with the points after an undo, a reload or a link.
 */
public final class DataChoice {
    /** The menu value of points that are not one of the menu's entries. */
    public static final String CUSTOM = "custom";
    /** The menu value of the empty plane. */
    public static final String EMPTY = "empty";
    /** The title a scenario gets when the learner picks the empty plane. */
    public static final String EMPTY_TITLE = "Your own points";
    /** The prefix of a worked example's menu value. */
    public static final String EXAMPLE = "example:";

    /** The worked examples: file name (without .json) and title, as in {@code web/examples}. */
    private static final String[][] EXAMPLES = {
        {"and-neuron", "AND gate: one logistic neuron"},
        {"xor-network", "XOR: a 2-3-1 network"},
        {"and-stable-cross-entropy", "AND: the stable cross-entropy copes"},
        {"and-naive-cross-entropy", "AND: the naive cross-entropy fails"},
        {"and-squared-error", "AND: squared error learns slowly"},
        {"iris-petals", "Iris petals: virginica vs. the rest"},
        {"gaussians-1d", "1-D Gaussians: stochastic gradient descent"},
        {"roelants-no-bias", "No bias: a boundary through the origin"},
    };

    private DataChoice() {
    }

    /** The menu value for {@code scenario}: {@code "example:NAME"}, a preset id, "empty" or "custom". */
    public static String of(Scenario scenario) {
        String title = scenario.title();
        for (String[] example : EXAMPLES) {
            if (example[1].equals(title)) {
                return EXAMPLE + example[0];
            }
        }
        DataOrigin origin = scenario.data().origin();
        if (origin != null) {
            return origin.preset().id();
        }
        for (Preset preset : Preset.values()) {
            if (preset.title().equals(title)) {
                return preset.id();
            }
        }
        return EMPTY_TITLE.equals(title) ? EMPTY : CUSTOM;
    }

    /**
     * The scenario the menu entry {@code id} (a preset id or "empty") loads from {@code current}: its
     * points drawn with the current seed, the current model fitted to their number of features, new
     * initial weights. After a worked example, the playground's own model and settings come back
     * instead of the example's (an example's model without bias at α = 2 would otherwise stay).
     */
    public static Scenario presetScenario(Scenario current, String id) {
        boolean empty = id.equals(EMPTY);
        Preset preset = empty ? null : Preset.byId(id);
        DataSet data = empty ? DataSet.empty(2) : preset.generate(current.seed());
        Scenario base = isExample(current) ? Defaults.playground().withSeed(current.seed()) : current;
        return base.withFittedData(data).withSeededWeights().withoutTrained()
                .withThreshold(current.threshold()).withTitle(empty ? EMPTY_TITLE : preset.title())
                .withDescription(empty ? "Click to add points of the active class; shift-click for the other."
                        : preset.description());
    }

    /**
     * Whether {@code id} is a value the menu can hold: "empty", "custom", a preset's id, or
     * "example:" and a plain file name (lower-case letters, digits and "-", at most 60), so a value
     * planted in the menu by other means can never name another address to fetch.
     */
    public static boolean isChoice(String id) {
        if (id.equals(EMPTY) || id.equals(CUSTOM)) {
            return true;
        }
        if (id.startsWith(EXAMPLE)) {
            String name = id.substring(EXAMPLE.length());
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                    return false;
                }
            }
            return !name.isEmpty() && name.length() <= 60;
        }
        try {
            Preset.byId(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether {@code scenario} is one of the worked examples. */
    public static boolean isExample(Scenario scenario) {
        return of(scenario).startsWith(EXAMPLE);
    }
}

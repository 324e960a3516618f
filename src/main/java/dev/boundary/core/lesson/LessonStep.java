package dev.boundary.core.lesson;

/**
 * One step of a lesson: how it sets up the page (a data set or worked example to load, control
 * values to set and epochs to train; all optional), the element it points at, its text (with {@code {name}} for live
 * numbers, see {@link LessonText}) and its {@link Goal}. Immutable.
 */
public final class LessonStep {
    /** Most epochs a step's set-up trains. */
    public static final int MAX_EPOCHS = 10_000;

    private final String dataset;
    private final String[] controlIds;
    private final String[] controlValues;
    private final int epochs;
    private final String target;
    private final String text;
    private final Goal goal;

    /**
     * @param dataset a value of the page's data set list ({@code example:and-neuron}, {@code xor}, …) or
     *     null to keep the page's data
     * @param controlIds ids of controls to set after the data set, in order; may be empty
     * @param controlValues their values, one per id
     * @param epochs epochs to train after the data set and controls (0 to {@link #MAX_EPOCHS}), so that a
     *     step that follows a learner's action (one press of Step) can also be opened by a link
     * @param target the id of the element to highlight, or null
     */
    public LessonStep(String dataset, String[] controlIds, String[] controlValues, int epochs, String target,
            String text, Goal goal) {
        if (controlIds.length != controlValues.length) {
            throw new IllegalArgumentException("one value per control, got " + controlIds.length + " ids and "
                    + controlValues.length + " values");
        }
        if (epochs < 0 || epochs > MAX_EPOCHS) {
            throw new IllegalArgumentException("a step trains 0 to " + MAX_EPOCHS + " epochs, not " + epochs);
        }
        this.epochs = epochs;
        this.dataset = dataset;
        this.controlIds = controlIds.clone();
        this.controlValues = controlValues.clone();
        this.target = target;
        this.text = text;
        this.goal = goal;
    }

    /** The data set or worked example the step loads, or null. */
    public String dataset() {
        return dataset;
    }

    /** True when entering the step changes the page (a data set, controls or epochs to train). */
    public boolean setsUp() {
        return dataset != null || controlIds.length > 0 || epochs > 0;
    }

    /** Epochs the set-up trains after loading the data set and setting the controls. */
    public int epochs() {
        return epochs;
    }

    public int controlCount() {
        return controlIds.length;
    }

    public String controlId(int index) {
        return controlIds[index];
    }

    public String controlValue(int index) {
        return controlValues[index];
    }

    /** The id of the element the step points at, or null. */
    public String target() {
        return target;
    }

    /** The text with its {@code {name}} placeholders. */
    public String text() {
        return text;
    }

    public Goal goal() {
        return goal;
    }
}

package dev.boundary.core.lesson;

/**
 * One step of a lesson: how it sets up the page (a data set or worked example to load, and control
 * values to set; both optional), the element it points at, its text (with {@code {name}} for live
 * numbers, see {@link LessonText}) and its {@link Goal}. Immutable.
 */
public final class LessonStep {
    private final String dataset;
    private final String[] controlIds;
    private final String[] controlValues;
    private final String target;
    private final String text;
    private final Goal goal;

    /**
     * @param dataset a value of the page's data set list ({@code example:and-neuron}, {@code xor}, …) or
     *     null to keep the page's data
     * @param controlIds ids of controls to set after the data set, in order; may be empty
     * @param controlValues their values, one per id
     * @param target the id of the element to highlight, or null
     */
    public LessonStep(String dataset, String[] controlIds, String[] controlValues, String target, String text,
            Goal goal) {
        if (controlIds.length != controlValues.length) {
            throw new IllegalArgumentException("one value per control, got " + controlIds.length + " ids and "
                    + controlValues.length + " values");
        }
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

    /** True when entering the step changes the page (a data set or controls). */
    public boolean setsUp() {
        return dataset != null || controlIds.length > 0;
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

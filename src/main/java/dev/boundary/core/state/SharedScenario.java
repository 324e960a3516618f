package dev.boundary.core.state;

/**
 * A scenario read from a link or an autosave, with a note for people when it could not be restored
 * bit for bit (a preset's points drawn again by a browser whose maths rounds differently).
 */
public final class SharedScenario {
    private final Scenario scenario;
    private final String note;

    SharedScenario(Scenario scenario, String note) {
        this.scenario = scenario;
        this.note = note;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** What differs from the sender's scenario, or null when it was restored exactly. */
    public String note() {
        return note;
    }
}

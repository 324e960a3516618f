package dev.boundary.core.link;

import dev.boundary.core.state.Scenario;

/**
 * What {@link Link#read} found: the scenario, with a note for people when it could not be restored
 * bit for bit (a preset's points drawn again by a browser whose maths rounds differently).
 */
public final class OpenedLink {
    private final Scenario scenario;
    private final String note;

    OpenedLink(Scenario scenario, String note) {
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

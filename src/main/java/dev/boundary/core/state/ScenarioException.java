package dev.boundary.core.state;

/**
 * A scenario file or link that cannot be read. The message is for people: it says what is wrong and
 * where, e.g. {@code data.points[3] has 2 values; 2-feature points need 3 (x1, x2, label)}.
 */
public class ScenarioException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ScenarioException(String message) {
        super(message);
    }
}

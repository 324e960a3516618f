package dev.boundary.core.state;

/**
 * The values a scenario takes when a file or link leaves a field out; the format's documentation in
 * {@link ScenarioJson} lists them with the fields.
 */
public final class ScenarioDefaults {
    public static final String TITLE = "Untitled";
    public static final long SEED = 1;
    /** “Nothing but NumPy” trains its examples for 5000 epochs. */
    public static final int EPOCHS = 5000;
    public static final double THRESHOLD = 0.5;
    /** Rafay Khan's learning rate. */
    public static final double LEARNING_RATE = 1.0;

    private ScenarioDefaults() {
    }
}

package dev.boundary.web;

import dev.boundary.core.session.DataChoice;
import dev.boundary.core.state.Scenario;

/**
 * The data-set menu shows the entry the session's scenario is ({@link DataChoice}); points that are
 * none of its entries show as a last, otherwise hidden entry named by the scenario's title.
 */
final class DatasetMenu {
    private DatasetMenu() {
    }

    static void show(Scenario scenario) {
        String value = DataChoice.of(scenario);
        if (value.equals(DataChoice.CUSTOM)) {
            Dom.setText("dataset-custom", scenario.title().isEmpty() ? "Your own points" : scenario.title());
        }
        if (!Dom.value("dataset").equals(value)) {
            Dom.setValue("dataset", value);
        }
    }
}

package dev.boundary.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.data.Preset;
import dev.boundary.core.state.ScenarioJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The data-set menu's entry for a scenario, read from the scenario alone. */
class DataChoiceTest {
    @Test
    void everyWorkedExampleIsItsOwnEntry() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("web/examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String name = file.getFileName().toString().replace(".json", "");
                assertEquals("example:" + name, DataChoice.of(ScenarioJson.read(Files.readString(file))), name);
            }
        }
    }

    @Test
    void dataSetsAreNamedByTheirPointsOrTitle() {
        assertEquals("circles", DataChoice.of(Defaults.playground()));
        assertEquals("spiral", DataChoice.of(DataChoice.presetScenario(Defaults.playground(), "spiral")));
        assertEquals("xor", DataChoice.of(DataChoice.presetScenario(Defaults.playground(), "xor")));
        assertEquals("empty", DataChoice.of(DataChoice.presetScenario(Defaults.playground(), "empty")));
        // Generated points keep their name under another title; imported points are none of the entries.
        assertEquals("moons", DataChoice.of(Defaults.playground().withData(Preset.MOONS.generate(3)).withTitle("x")));
        assertEquals("custom", DataChoice.of(Defaults.playground().withData(DataSet.empty(2)).withTitle("points.csv")));
    }
}

package dev.boundary.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundary.core.Mutations;
import dev.boundary.core.math.SeededRandom;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing the scenario file reader: random and damaged JSON gives a scenario or a
 * {@link ScenarioException} with a short message, never another exception, within a bounded time; and
 * what is written reads back the same. (Links: {@code LinkFuzzTest}.) The number of inputs is
 * {@code jqwik.tries.default} (see the README: few in {@code mvn test}, many with {@code -Pfuzz}).
 */
class ScenarioFuzzTest {
    private static final List<String> EXAMPLES = Mutations.exampleScenarios();

    @Provide
    Arbitrary<String> damagedScenarios() {
        return Arbitraries.oneOf(Mutations.mutated(EXAMPLES), Arbitraries.strings().withChars(
                "{}[]\",:0123456789.eE-tfnrul \"formatversiondatapoints").ofMaxLength(300));
    }

    @Property
    void damagedJsonGivesAScenarioOrAMessage(@ForAll("damagedScenarios") String json) {
        Mutations.readsOrRefuses(() -> ScenarioJson.read(json), json);
    }

    @Property
    void writtenScenariosReadBackTheSame(@ForAll long seed) {
        Scenario scenario = RandomScenarios.scenario(new SeededRandom(seed));
        assertEquals(scenario, ScenarioJson.read(ScenarioJson.write(scenario)));
        assertEquals(scenario, ScenarioJson.read(ScenarioJson.writeCompact(scenario)));
    }
}

package dev.boundary.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.Mutations;
import dev.boundary.core.math.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing the scenario readers (JSON files and links): random and damaged inputs give a scenario or a
 * {@link ScenarioException} with a short message, never another exception, within a bounded time; and
 * what is written reads back the same. The number of inputs is {@code jqwik.tries.default} (see the
 * README: few in {@code mvn test}, many with {@code -Pfuzz}).
 */
class ScenarioFuzzTest {
    private static final List<String> EXAMPLES = Mutations.exampleScenarios();
    private static final List<String> LINKS = links();

    private static List<String> links() {
        List<String> links = new ArrayList<>();
        ShareLink share = new ShareLink();
        for (String json : EXAMPLES) {
            Scenario scenario = ScenarioJson.read(json);
            links.add(share.toFragment(scenario));
            links.add(ScenarioLink.toFragment(scenario));
        }
        return links;
    }

    /** Reads with {@code reader}: a result or a ScenarioException whose message is short, in bounded time. */
    private static void readsOrRefuses(Runnable reader, String input) {
        long start = System.nanoTime();
        try {
            reader.run();
        } catch (ScenarioException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isEmpty(), "a message for " + input);
            assertTrue(e.getMessage().length() < 600, "a short message: " + e.getMessage());
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < Mutations.BOUND_MS, ms + " ms for an input of " + input.length() + " characters");
    }

    @Provide
    Arbitrary<String> damagedScenarios() {
        return Arbitraries.oneOf(Mutations.mutated(EXAMPLES), Arbitraries.strings().withChars(
                "{}[]\",:0123456789.eE-tfnrul \"formatversiondatapoints").ofMaxLength(300));
    }

    @Property
    void damagedJsonGivesAScenarioOrAMessage(@ForAll("damagedScenarios") String json) {
        readsOrRefuses(() -> ScenarioJson.read(json), json);
    }

    @Provide
    Arbitrary<String> damagedLinks() {
        return Arbitraries.oneOf(Mutations.mutated(LINKS),
                Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                        .ofMaxLength(400).map(code -> "#s=A" + code),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300).map(bytes -> "#s=" + Base64Url.encode(bytes)));
    }

    @Property
    void damagedLinksGiveAScenarioOrAMessage(@ForAll("damagedLinks") String link) {
        readsOrRefuses(() -> ShareLink.fromFragment(link), link);
    }

    @Property
    void writtenScenariosReadBackTheSame(@ForAll long seed) {
        Scenario scenario = RandomScenarios.scenario(new SeededRandom(seed));
        assertEquals(scenario, ScenarioJson.read(ScenarioJson.write(scenario)));
        assertEquals(scenario, ShareLink.fromFragment(new ShareLink().toFragment(scenario)).scenario());
        assertEquals(scenario, ScenarioLink.fromFragment(ScenarioLink.toFragment(scenario)));
    }
}

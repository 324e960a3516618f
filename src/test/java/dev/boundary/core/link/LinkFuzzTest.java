package dev.boundary.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundary.core.Mutations;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.state.RandomScenarios;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioJson;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing {@link Link#read}: damaged links of every form (compact links of the worked examples, their
 * JSON links, random base64url text and random bytes) give a scenario or a ScenarioException with a
 * short message, never another exception, within a bounded time ({@link Mutations#readsOrRefuses});
 * and what {@link Link#write} writes reads back the same. The number of inputs is
 * {@code jqwik.tries.default} (see the README).
 */
class LinkFuzzTest {
    private static final List<String> LINKS = links();

    private static List<String> links() {
        List<String> links = new ArrayList<>();
        Link link = new Link();
        for (String json : Mutations.exampleScenarios()) {
            Scenario scenario = ScenarioJson.read(json);
            links.add(link.write(scenario));
            links.add(JsonLinkTest.fragment(scenario));
        }
        return links;
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
        Mutations.readsOrRefuses(() -> Link.read(link), link);
    }

    @Property
    void writtenLinksReadBackTheSame(@ForAll long seed) {
        Scenario scenario = RandomScenarios.scenario(new SeededRandom(seed));
        assertEquals(scenario, Link.read(new Link().write(scenario)).scenario());
        assertEquals(scenario, Link.read(JsonLinkTest.fragment(scenario)).scenario());
    }
}

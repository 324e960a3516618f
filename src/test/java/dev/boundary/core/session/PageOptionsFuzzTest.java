package dev.boundary.core.session;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.Mutations;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Fuzzing the address's options: any query gives a start scenario and short messages, never an exception. */
class PageOptionsFuzzTest {
    private static final List<String> QUERIES = List.of(
            "?dataset=moons&points=400&hidden=8,8&activation=relu&optimizer=adam&lr=0.01&play",
            "?dataset=blobs&noise=0.5&test=0.3&batch=10&seed=7&speed=0&frametimes",
            "?dataset=iris&hidden=none&batch=full&lr=1e-3");

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.oneOf(Mutations.mutated(QUERIES),
                Arbitraries.strings().withChars("?&=%+,.-0123456789eEaNInfitydsplhr").ofMaxLength(200));
    }

    @Property
    void anyQueryGivesAStart(@ForAll("queries") String query) {
        PageOptions options = PageOptions.parse(query, Defaults.playground());
        assertNotNull(options.scenario());
        for (String problem : options.problems()) {
            assertTrue(problem.length() < 400, problem);
        }
    }
}

package dev.boundary.core.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.session.Session;
import dev.boundary.core.state.ScenarioJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The lessons' "press Play until epoch N" steps train long enough for what the next step says: the
 * story each tells holds from that epoch on (Play may overshoot it), on the JVM, as on the page.
 */
class LessonEpochsTest {
    private static Session example(String name) throws IOException {
        return new Session(ScenarioJson.read(Files.readString(Paths.get("web/examples/" + name + ".json"))));
    }

    private static void train(Session session, int epochs) {
        for (int i = 0; i < epochs; i++) {
            session.trainEpoch();
        }
    }

    @Test
    void oneNeuronSeparatesAndWithinTwentyEpochs() throws IOException {
        Session session = example("and-neuron");
        for (int epoch = 1; epoch <= 120; epoch++) {
            session.trainEpoch();
            if (epoch >= 20) {
                assertEquals(1.0, session.confusion().accuracy(), "epoch " + epoch + ": one straight line separates AND");
            }
        }
    }

    @Test
    void oneNeuronOnXorStaysNearLogTwoFromEpochOneHundred() throws IOException {
        Session session = example("xor-network");
        session.setModel(new ModelSpec(2, new int[0], Activation.SIGMOID, true));
        for (int epoch = 1; epoch <= 300; epoch++) {
            session.trainEpoch();
            if (epoch >= 100) {
                // p̂ ≈ 0.5 everywhere: the cost is log 2 to three decimals, and 3 of 4 points, the most a line gets.
                assertEquals(Math.log(2), session.trainer().cost(), 5e-4, "epoch " + epoch);
                assertTrue(session.confusion().accuracy() <= 0.75, "epoch " + epoch);
            }
        }
    }

    @Test
    void theTwoThreeOneNetworkSolvesXorByEpochFourHundred() throws IOException {
        Session session = example("xor-network");
        train(session, 399);
        for (int epoch = 400; epoch <= 600; epoch++) {
            session.trainEpoch();
            assertEquals(1.0, session.confusion().accuracy(), "epoch " + epoch);
        }
    }
}

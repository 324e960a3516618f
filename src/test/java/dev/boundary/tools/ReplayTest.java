package dev.boundary.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.link.Link;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay command, against Rafay Khan's figures and its own promises (CSV, exit status, --out). */
class ReplayTest {
    /** What one run printed and returned. */
    static final class Run {
        final int status;
        final String out;
        final String err;

        Run(int status, String out, String err) {
            this.status = status;
            this.out = out;
            this.err = err;
        }

        String[] lines() {
            return out.split("\n");
        }

        double cost(int epoch) {
            String[] row = lines()[epoch + 1].split(",");
            assertEquals(Integer.toString(epoch), row[0]);
            return Double.parseDouble(row[1]);
        }
    }

    static Run replay(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Replay.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void andNeuronMatchesNothingButNumPy() {
        Run run = replay("web/examples/and-neuron.json", "--epochs", "1");
        assertEquals(0, run.status);
        assertEquals("", run.err);
        assertEquals(3, run.lines().length);
        assertEquals("epoch,cost,accuracy", run.lines()[0]);
        assertEquals(0.719554, run.cost(0), 1e-6);
        assertEquals(0.618313, run.cost(1), 1e-6);
    }

    @Test
    void xorNetworkMatchesNothingButNumPy() {
        Run run = replay("web/examples/xor-network.json", "--epochs", "1");
        assertEquals(0, run.status);
        assertEquals(0.779514, run.cost(0), 1e-6);
        assertEquals(0.715106, run.cost(1), 1e-6);
    }

    @Test
    void printsOneRowPerEpochCountFromZero() {
        Run run = replay("web/examples/roelants-no-bias.json");
        assertEquals(0, run.status);
        assertEquals(12, run.lines().length); // header + epochs 0 … 10, as the file asks
        for (int k = 0; k <= 10; k++) {
            assertTrue(run.lines()[k + 1].startsWith(k + ","));
        }
        // Rows hold Double.toString's full precision.
        String cost = run.lines()[1].split(",")[1];
        assertEquals(Double.toString(Double.parseDouble(cost)), cost);
    }

    @Test
    void theNaiveCrossEntropyExitsWithTheReason() {
        Run run = replay("web/examples/and-naive-cross-entropy.json");
        assertEquals(1, run.status);
        // The cost is already NaN before training, so no row has a finite cost.
        assertEquals("epoch,cost,accuracy\n", run.out);
        assertTrue(run.err.startsWith("training diverged: the cost became not a number (NaN) at epoch 0"), run.err);
        assertTrue(run.err.contains("naive cross-entropy"), run.err);
    }

    @Test
    void aLearningRateTooLargeStopsAtTheLastFiniteRow(@TempDir Path dir) throws IOException {
        // The naive loss from a harmless start (finite cost at row 0), but with α = 1000: the first
        // steps saturate p̂, and the naive cost stops being finite a few rows later.
        Path file = dir.resolve("fast.json");
        String json = new String(Files.readAllBytes(Path.of("web/examples/and-naive-cross-entropy.json")),
                StandardCharsets.UTF_8).replace("[-10, 60]", "[0.1, 0.6]").replace("\"learningRate\": 1,",
                "\"learningRate\": 1000,");
        Files.write(file, json.getBytes(StandardCharsets.UTF_8));
        Run run = replay(file.toString(), "--epochs", "50");
        assertEquals(1, run.status);
        String[] lines = run.lines();
        assertTrue(lines.length > 1 && lines.length < 52, run.out);
        for (int k = 1; k < lines.length; k++) {
            double cost = Double.parseDouble(lines[k].split(",")[1]);
            assertFalse(Double.isNaN(cost) || Double.isInfinite(cost));
        }
        assertTrue(run.err.startsWith("training diverged: "), run.err);
    }

    @Test
    void inputFeaturesComeFromTheFile(@TempDir Path dir) throws IOException {
        // On the gate's points 0 and 1, x² = x: the neuron on x₁², x₂² from the same weights has the same
        // cost as on x₁, x₂, 0.719554 and then 0.618313. sin x₁ instead of x₁ changes it.
        String and = new String(Files.readAllBytes(Paths.get("web/examples/and-neuron.json")), StandardCharsets.UTF_8);
        Path squares = dir.resolve("squares.json");
        Files.write(squares, and.replace("\"model\": {", "\"model\": {\"features\": [\"x1sq\", \"x2sq\"], ")
                .getBytes(StandardCharsets.UTF_8));
        Run run = replay(squares.toString(), "--epochs", "1");
        assertEquals(0, run.status, run.err);
        assertEquals(0.719554, run.cost(0), 1e-6);
        assertEquals(0.618313, run.cost(1), 1e-6);
        Path sine = dir.resolve("sine.json");
        Files.write(sine, and.replace("\"model\": {", "\"model\": {\"features\": [\"x2\", \"sinx1\"], ")
                .getBytes(StandardCharsets.UTF_8));
        // z = 0.1·x₂ + 0.6·sin x₁: the points' losses log(1 + e^z) for label 0 and log(1 + e^−z) for label 1.
        double s1 = 0.6 * Math.sin(1);
        double expected = (Math.log(2) + Math.log1p(Math.exp(0.1)) + Math.log1p(Math.exp(s1))
                + Math.log1p(Math.exp(-(s1 + 0.1)))) / 4;
        assertEquals(expected, replay(sine.toString(), "--epochs", "0").cost(0), 1e-15);
    }

    @Test
    void featuresOnTheCommandLineReplaceTheFilesOnes() {
        Run run = replay("web/examples/and-neuron.json", "--epochs", "3", "--features", "x1sq,x2sq");
        assertEquals(0, run.status, run.err);
        assertEquals(5, run.lines().length);
        Run bad = replay("web/examples/and-neuron.json", "--features", "x1,y");
        assertEquals(2, bad.status);
        assertTrue(bad.err.contains("--features: unknown feature \"y\""), bad.err);
    }

    @Test
    void outWritesTheTrainedStateAsALoadableFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("trained.json");
        Run run = replay("web/examples/and-neuron.json", "--epochs", "25", "--out", out.toString());
        assertEquals(0, run.status);
        Scenario trained = ScenarioJson.read(new String(Files.readAllBytes(out), StandardCharsets.UTF_8));
        assertTrue(trained.hasTrainedState());
        assertEquals(25, trained.trained().epoch());
        assertEquals(25, trained.epochs());
        // The stored weights give the cost of row 25.
        assertEquals(run.cost(25), trained.newTrainerFromTrainedState().cost());
        // Replaying the written file trains from the initial weights again.
        assertEquals(run.out, replay(out.toString()).out);
    }

    @Test
    void theSameFileTwiceGivesTheSameOutput() {
        Run first = replay("web/examples/gaussians-1d.json", "--epochs", "5");
        Run second = replay("web/examples/gaussians-1d.json", "--epochs", "5");
        assertEquals(0, first.status);
        assertEquals(7, first.lines().length);
        assertEquals(first.out, second.out);
    }

    @Test
    void badArgumentsAndFilesExitWithTwo(@TempDir Path dir) throws IOException {
        assertEquals(2, replay().status);
        assertTrue(replay().err.startsWith("no scenario file given"));
        Run unknown = replay("web/examples/and-neuron.json", "--fast");
        assertEquals(2, unknown.status);
        assertTrue(unknown.err.startsWith("unknown option \"--fast\""), unknown.err);
        assertEquals(2, replay("web/examples/and-neuron.json", "--epochs").status);
        assertEquals(2, replay("web/examples/and-neuron.json", "--epochs", "many").status);
        assertEquals(2, replay("web/examples/and-neuron.json", "--epochs", "-3").status);
        assertEquals(2, replay("a.json", "b.json").status);
        Run missing = replay(dir.resolve("nothing.json").toString());
        assertEquals(2, missing.status);
        assertEquals(dir.resolve("nothing.json") + ": no such file\n", missing.err);
        Path bad = dir.resolve("bad.json");
        Files.write(bad, "{\"format\":\"boundary-scenario\",\"version\":7}".getBytes(StandardCharsets.UTF_8));
        Run invalid = replay(bad.toString());
        assertEquals(2, invalid.status);
        assertEquals(bad + ": unknown version 7 (this page reads version 1)\n", invalid.err);
        assertEquals("", invalid.out);
    }

    @Test
    void deeplyNestedFileGetsOneLineNamingTheLimit(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("deep.json");
        java.nio.file.Files.write(file, dev.boundary.core.state.HostileTextTestAccess.deeplyNested(10_000)
                .getBytes(StandardCharsets.UTF_8));
        Run run = replay(file.toString());
        assertEquals(2, run.status);
        assertEquals(file + ": the JSON nests lists and objects more than 32 levels deep (at character 90, line 1);"
                + " a scenario needs 5\n", run.err);
    }

    @Test
    void aFileHoldingACopiedLinkReplaysItsScenario(@TempDir Path dir) throws IOException {
        Scenario scenario = ScenarioJson.read(Files.readString(Paths.get("web/examples/and-neuron.json")));
        Path link = dir.resolve("link.txt");
        Files.writeString(link, "https://example.org/boundary/index.html" + new Link().write(scenario) + "\n");
        Run fromLink = replay(link.toString(), "--epochs", "1");
        assertEquals("", fromLink.err);
        assertEquals(0, fromLink.status);
        assertEquals(replay("web/examples/and-neuron.json", "--epochs", "1").out, fromLink.out);
        assertEquals(0.618313, fromLink.cost(1), 1e-6); // Rafay Khan's cost after one step
        String fragment = new Link().write(scenario);
        Files.writeString(link, fragment.substring(0, fragment.length() - 1));
        Run cut = replay(link.toString());
        assertEquals(2, cut.status);
        assertTrue(cut.err.startsWith(link + ": the link is damaged: "), cut.err);
    }
}

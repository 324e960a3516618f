package dev.boundary.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.state.ScenarioException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Inputs for the fuzz tests: valid texts damaged by a few random edits (a character replaced, inserted
 * or deleted, a stretch repeated or cut), with characters that matter to the readers chosen often.
 */
public final class Mutations {
    /** Characters that steer JSON, CSV and base64url readers, besides any character at all. */
    private static final String SPECIAL = "{}[]\",:;\t\n\r -+.eE0123456789\\\uFEFF\u0000\uFFFDAaZz_";
    /** The longest time one input may take, in ms (generous: the machine may be loaded). */
    public static final long BOUND_MS = 5_000;

    private Mutations() {
    }

    /** The texts of the example scenario files. */
    public static List<String> exampleScenarios() {
        List<String> texts = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Paths.get("web/examples"), "*.json")) {
            for (Path file : files) {
                texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return texts;
    }

    /**
     * Runs {@code reader} on {@code input}: it must give a result or a ScenarioException whose message is
     * short, within {@link #BOUND_MS}.
     */
    public static void readsOrRefuses(Runnable reader, String input) {
        long start = System.nanoTime();
        try {
            reader.run();
        } catch (ScenarioException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isEmpty(), "a message for " + input);
            assertTrue(e.getMessage().length() < 600, "a short message: " + e.getMessage());
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < BOUND_MS, ms + " ms for an input of " + input.length() + " characters");
    }

    /** A character: often one of {@link #SPECIAL}, else any. */
    public static Arbitrary<Character> characters() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(SPECIAL.chars().mapToObj(c -> (char) c).toArray(Character[]::new))),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars()));
    }

    /** One of {@code texts} with 1 to 8 random edits. */
    public static Arbitrary<String> mutated(List<String> texts) {
        Arbitrary<String> base = Arbitraries.of(texts);
        Arbitrary<List<int[]>> edits = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, Integer.MAX_VALUE), Arbitraries.integers().between(1, 2_000),
                characters()).as((op, at, length, c) -> new int[] {op, at, length, c}).list().ofMinSize(1).ofMaxSize(8);
        return Combinators.combine(base, edits).as(Mutations::apply);
    }

    private static String apply(String text, List<int[]> edits) {
        StringBuilder out = new StringBuilder(text);
        for (int[] edit : edits) {
            int at = out.length() == 0 ? 0 : edit[1] % (out.length() + 1);
            char c = (char) edit[3];
            switch (edit[0]) {
                case 0: // replace
                    if (at < out.length()) {
                        out.setCharAt(at, c);
                    }
                    break;
                case 1: // insert
                    out.insert(at, c);
                    break;
                case 2: // delete
                    if (at < out.length()) {
                        out.deleteCharAt(at);
                    }
                    break;
                case 3: // repeat a stretch
                    int end = Math.min(out.length(), at + edit[2] % 200);
                    out.insert(at, out.substring(at, end));
                    break;
                default: // cut the end off
                    out.setLength(at);
            }
        }
        return out.toString();
    }
}

package dev.boundary.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The glue does not loop back: the panels receive the parts they use (the {@link Workbench}, the plot,
 * the play loop) and never the whole {@link Page}; the play loop knows neither the page nor the
 * transport that owns it. Read from the sources, without their comments.
 */
class GlueWiringTest {
    private static final Path WEB = Path.of("src/main/java/dev/boundary/web");
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void onlyMainCreatesThePageAndNoOtherClassNamesIt() throws IOException {
        List<String> naming = sources().stream().filter(file -> names(file, "Page"))
                .map(file -> file.getFileName().toString()).sorted().collect(Collectors.toList());
        assertEquals(List.of("Main.java", "Page.java"), naming);
    }

    @Test
    void thePlayLoopNamesNeitherThePageNorTheTransport() throws IOException {
        Path animator = WEB.resolve("Animator.java");
        assertTrue(Files.exists(animator), "expected " + animator.toAbsolutePath());
        assertFalse(names(animator, "Page"), "Animator names Page");
        assertFalse(names(animator, "Transport"), "Animator names Transport");
        assertFalse(names(animator, "Workbench"), "Animator names Workbench");
    }

    @Test
    void theCheckSeesANameInCodeButNotInAComment() {
        assertTrue(namesIn("    PlotView(Page page) {", "Page"));
        assertTrue(namesIn("private final Page page;", "Page"));
        assertFalse(namesIn("/** Made by {@link Page}. */ final class X {}", "Page"));
        assertFalse(namesIn("// the Page repaints\nint x;", "Page"));
        assertFalse(namesIn("PageKeys keys; PageOptions options;", "Page"));
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(WEB)) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
            assertTrue(sources.size() > 20, "expected the glue's sources under " + WEB.toAbsolutePath());
            return sources;
        }
    }

    private static boolean names(Path file, String type) {
        try {
            return namesIn(Files.readString(file), type);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean namesIn(String source, String type) {
        String code = COMMENTS.matcher(source).replaceAll(" ");
        return Pattern.compile("\\b" + type + "\\b").matcher(code).find();
    }
}

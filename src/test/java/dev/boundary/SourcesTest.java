package dev.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project names its sources by their titles and authors: no private numbering of the tutorials
 * ("seed 000"), no citation of a document that is not in the repository, and one Sources list, in
 * the page and in the README, that links every tutorial.
 */
class SourcesTest {
    /** This file spells the old forms out to check the pattern; it is the one file not scanned. */
    private static final Path THIS_FILE = Path.of("src/test/java/dev/boundary/SourcesTest.java");

    /** Private names of the tutorials and documents outside the repository. */
    private static final Pattern PRIVATE_REFERENCE = Pattern.compile(
            "[Ss]eeds? ?00\\d|[Ss]eed-00\\d|\\b[Ss]eed00\\d|\\bSeedZero\\b|DESIGN\\.md|STYLE\\.md|/work/|seeds/");

    /** The address of each source, as the page and the README link it. */
    private static final List<String> LINKS = List.of(
            "https://towardsdatascience.com/nothing-but-numpy-understanding-creating-binary-classification-neural-networks-with-e746423c8d5c",
            "https://github.com/RafayAK/NothingButNumPy",
            "https://www.mldawn.com/binary-classification-from-scratch-using-numpy/",
            "https://mc.ai/neural-networks-and-deep-learning-w2-shallow-nn/",
            "https://peterroelants.github.io/posts/neural-network-implementation-part02/");

    @Test
    void noFileNamesATutorialByAPrivateNumberOrCitesAFileOutsideTheRepository() {
        List<String> hits = new ArrayList<>();
        for (Path file : projectTexts()) {
            List<String> lines = readLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = PRIVATE_REFERENCE.matcher(lines.get(i));
                if (matcher.find()) {
                    hits.add(file + ":" + (i + 1) + ": " + matcher.group());
                }
            }
        }
        assertEquals(List.of(), hits, "name the source itself (author and title) instead");
    }

    @Test
    void thePatternCatchesTheOldForms() {
        for (String old : new String[] {"(seed 000)", "Seed 004: lr", "seed 002's", "Generators.seed002(",
                "the seed-004 model", "SeedZero.and()", "figures (DESIGN.md)"}) {
            assertTrue(PRIVATE_REFERENCE.matcher(old).find(), old);
        }
        for (String fine : new String[] {"SeededRandom(2024)", "a random seed", "with seed 2.", "seed 42",
                "theFirstOutputOfSeedZeroIsThePublishedOne"}) {
            assertTrue(!PRIVATE_REFERENCE.matcher(fine).find(), fine);
        }
    }

    @Test
    void thePageAndTheReadmeListEverySource() throws IOException {
        String page = Files.readString(Path.of("web/index.html"), StandardCharsets.UTF_8);
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertTrue(page.contains("<section id=\"sources\""), "the page has a Sources section");
        assertTrue(page.contains("href=\"#sources\""), "the page links to its Sources section");
        assertTrue(readme.contains("## Sources"), "the README has a Sources section");
        String section = page.substring(page.indexOf("<section id=\"sources\""));
        section = section.substring(0, section.indexOf("</section>"));
        for (String link : LINKS) {
            assertTrue(section.contains("href=\"" + link + "\""), "the page's Sources link " + link);
            assertTrue(readme.contains("(" + link + ")"), "the README links " + link);
        }
        for (String name : new String[] {"Rafay Khan", "Nothing but NumPy", "MLDawn", "vectorised logistic regression",
                "Peter Roelants", "Logistic classification"}) {
            assertTrue(section.contains(name), "the page's Sources name " + name);
            assertTrue(readme.contains(name), "the README names " + name);
        }
    }

    private static List<Path> projectTexts() {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("README.md"));
        for (String root : new String[] {"web", "src"}) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(Files::isRegularFile).filter(SourcesTest::isText)
                        .filter(file -> !file.equals(THIS_FILE)).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return name.matches(".*\\.(java|html|js|css|json|md|txt|webmanifest|svg|csv|properties|xml)");
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

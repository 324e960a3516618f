package dev.boundary.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service worker's file list and version, written into a small site laid out like the built one. */
class OfflineCacheTest {
    @TempDir
    Path site;

    private void file(String name, String content) throws IOException {
        Path file = site.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private void siteLikeTheBuild() throws IOException {
        Files.copy(Path.of("web/sw.js"), site.resolve("sw.js"));
        file("index.html", "<!doctype html>");
        file("loader.js", "// loader");
        file("boundary.wasm", "\0asm");
        file("boundary.wasm-runtime.js", "// runtime");
        file("boundary.js", "// build");
        file("examples/and-neuron.json", "{}");
        file("lessons/01 first steps.md", "# Lesson");
        file("bench.html", "bench");
        file("bench.js", "bench");
        file("bench-java.wasm", "bench");
        file("boundary.js.map", "{}");
    }

    private String worker() throws IOException {
        return Files.readString(site.resolve("sw.js"), StandardCharsets.UTF_8);
    }

    private static String line(String worker, String name) {
        Matcher matcher = Pattern.compile("(?m)^const " + name + " = (.*);$").matcher(worker);
        assertTrue(matcher.find(), "sw.js has a line const " + name + " = …;");
        return matcher.group(1);
    }

    @Test
    void listsEveryFileThePageNeedsButNotTheWorkerOrTheBenchmark() throws IOException {
        siteLikeTheBuild();

        List<String> files = OfflineCache.write(site);

        assertEquals(List.of("./", "boundary.js", "boundary.wasm", "boundary.wasm-runtime.js",
                "examples/and-neuron.json", "index.html", "lessons/01%20first%20steps.md", "loader.js"), files);
        assertEquals("[\"./\", \"boundary.js\", \"boundary.wasm\", \"boundary.wasm-runtime.js\","
                + " \"examples/and-neuron.json\", \"index.html\", \"lessons/01%20first%20steps.md\", \"loader.js\"]",
                line(worker(), "FILES"));
        assertEquals('"' + OfflineCache.version(site) + '"', line(worker(), "VERSION"));
    }

    @Test
    void theSourceWorkerIsADevelopmentWorkerThatCachesNothing() throws IOException {
        String source = Files.readString(Path.of("web/sw.js"), StandardCharsets.UTF_8);
        assertEquals("\"dev\"", line(source, "VERSION"));
        assertEquals("[]", line(source, "FILES"));
    }

    @Test
    void writingAgainChangesNothing() throws IOException {
        siteLikeTheBuild();
        OfflineCache.write(site);
        String first = worker();

        OfflineCache.write(site);

        assertEquals(first, worker());
    }

    @Test
    void anyChangeToTheSiteGivesANewVersionButTheWorkerItselfDoesNot() throws IOException {
        siteLikeTheBuild();
        String before = OfflineCache.version(site);
        assertEquals(16, before.length());
        assertTrue(before.matches("[0-9a-f]+"), before);

        OfflineCache.write(site);
        assertEquals(before, OfflineCache.version(site), "writing the worker leaves the version as it was");

        file("examples/and-neuron.json", "{ }");
        String changed = OfflineCache.version(site);
        assertNotEquals(before, changed, "a changed example");

        file("bench.js", "bench 2");
        assertNotEquals(changed, OfflineCache.version(site), "even a file that is not cached");

        file("bench.js", "bench");
        file("examples/and-neuron.json", "{}");
        assertEquals(before, OfflineCache.version(site), "the same files give the same version");

        Files.move(site.resolve("loader.js"), site.resolve("loader2.js"));
        assertNotEquals(before, OfflineCache.version(site), "a renamed file");
    }

    @Test
    void aWorkerWithoutTheLinesToFillIsRefusedWithAReason() throws IOException {
        siteLikeTheBuild();
        file("sw.js", "const VERSION = \"dev\";\n");

        IOException e = assertThrows(IOException.class, () -> OfflineCache.write(site));

        assertTrue(e.getMessage().contains("sw.js has no line matching"), e.getMessage());
        assertTrue(e.getMessage().contains("FILES"), e.getMessage());
    }

    @Test
    void aSiteWithoutAWorkerIsRefusedWithAReason() {
        IOException e = assertThrows(IOException.class, () -> OfflineCache.write(site));

        assertTrue(e.getMessage().startsWith("no sw.js in "), e.getMessage());
    }

    @Test
    void addressesEscapeWhatAUrlPathCannotHoldAsItIs() {
        assertEquals("examples/and-neuron.json", OfflineCache.address("examples/and-neuron.json"));
        assertEquals("a%20b%22c%5C%23.json", OfflineCache.address("a b\"c\\#.json"));
        assertEquals("%C3%A9.md", OfflineCache.address("é.md"));
    }
}

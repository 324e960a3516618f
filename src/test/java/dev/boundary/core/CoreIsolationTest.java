package dev.boundary.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core compiles on the JVM and under TeaVM alike: it must never reach for TeaVM's APIs. */
class CoreIsolationTest {
    private static final Path CORE = Path.of("src/main/java/dev/boundary/core");

    @Test
    void coreNeverImportsTeaVm() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(CORE)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }
        assertTrue(sources.size() > 20, "expected the core's sources under " + CORE.toAbsolutePath());
        List<String> offenders = sources.stream().filter(CoreIsolationTest::mentionsTeaVm)
                .map(Path::toString).collect(Collectors.toList());
        assertEquals(List.of(), offenders);
    }

    @Test
    void everyCorePackageSaysWhatItOwns() throws IOException {
        try (Stream<Path> dirs = Files.walk(CORE)) {
            List<String> missing = dirs.filter(Files::isDirectory).filter(d -> !d.equals(CORE))
                    .filter(d -> !Files.exists(d.resolve("package-info.java")))
                    .map(Path::toString).collect(Collectors.toList());
            assertEquals(List.of(), missing);
        }
    }

    private static boolean mentionsTeaVm(Path file) {
        try {
            return Files.readString(file).contains("org.teavm");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

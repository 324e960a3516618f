package dev.boundary.browser;

import dev.boundary.server.SiteServer;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/** The built site under test ({@code target/boundary-site}) and the one server that serves it for a whole test run. */
public final class Site {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Site.class);

    private Site() {
    }

    /**
     * The site directory, from the system property {@code boundary.site} that Failsafe sets.
     * Fails the test with instructions when the site has not been built.
     */
    public static Path directory() {
        String property = System.getProperty("boundary.site");
        if (property == null || property.isBlank()) {
            fail("system property boundary.site is not set: run the browser tests through Maven (mvn verify)");
        }
        Path directory = Path.of(property);
        Path index = directory.resolve("index.html");
        if (!Files.isRegularFile(index)) {
            fail(index.toAbsolutePath() + " is missing: run mvn package first");
        }
        return directory;
    }

    /** Where screenshots go: {@code target/screenshots}, beside the site directory. */
    static Path screenshotDirectory() {
        Path site = Path.of(System.getProperty("boundary.site", "target/boundary-site")).toAbsolutePath();
        return site.resolveSibling("screenshots");
    }

    /**
     * The address of the site, served at the root on a free port of 127.0.0.1. The server starts on
     * first use and stops when the test run ends.
     */
    public static URI uri(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SiteServer.class, key -> startServer(), SiteServer.class)
                .uri();
    }

    private static SiteServer startServer() {
        Path directory = directory();
        try {
            return SiteServer.start(directory, 0, "/");
        } catch (IOException e) {
            throw new UncheckedIOException("could not serve " + directory, e);
        }
    }
}

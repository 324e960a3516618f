package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.boundary.core.state.ScenarioJson;
import dev.boundary.server.SiteServer;
import dev.boundary.tools.OfflineCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriverException;

/**
 * The page works without a network once it has been opened: its service worker keeps every file,
 * and a new build replaces the kept copy. Each check runs in a Chromium of its own (a fresh profile,
 * deleted afterwards), so no other test ever meets these workers or caches, and the site is served
 * under a sub-path, as on GitHub Pages. "Offline" means the server is stopped: nothing answers.
 */
class OfflineTest {
    private static final long LIMIT_MS = 40_000;

    @TempDir
    Path copy;

    @Test
    void afterOneVisitThePageStartsTrainsAndLoadsEveryWorkedExampleWithoutTheServer() throws IOException {
        ChromeBrowser.requireInstalled();
        Path site = Site.directory();
        SiteServer server = SiteServer.start(site, 0, "/boundary/");
        URI address = server.uri();
        try (ChromePage page = ChromePage.launch(address)) {
            page.open(address);
            waitForTheWorker(page, OfflineCache.version(site));

            server.close();
            page.open(address.resolve("?dataset=moons"));

            assertEquals("webassembly", page.documentAttribute("data-engine"));
            page.click("step");
            assertEquals("1", page.text("epoch"), "one epoch trained offline");
            List<String> examples = exampleOptions(page);
            assertEquals(exampleFiles(site), examples, "the menu offers every example file");
            for (String example : examples) {
                String title = title(site, example);
                page.select("dataset", "example:" + example);
                String status = Waits.untilText(page, "status",
                        text -> text.startsWith("Loaded: " + title + ".") || text.contains("could not"),
                        "the example " + example + " to load offline");
                // What the example changed beyond the points may follow ("Model: one neuron, …").
                assertTrue(status.startsWith("Loaded: " + title + "."), status);
            }
            page.click("step");
            assertEquals("1", page.text("epoch"), "the last example trains offline");

            page.open(address.resolve("index.html?dataset=spiral"));
            assertEquals("webassembly", page.documentAttribute("data-engine"), "the page under its own name");
            page.assertNoJavaScriptErrors();
        } finally {
            server.close();
        }
    }

    @Test
    void aNewBuildReplacesTheKeptCopyAndDropsTheOldOne() throws IOException {
        ChromeBrowser.requireInstalled();
        copySite(Site.directory(), copy);
        String first = OfflineCache.version(copy);
        SiteServer server = SiteServer.start(copy, 0, "/boundary/");
        URI address = server.uri();
        try (ChromePage page = ChromePage.launch(address)) {
            page.open(address);
            waitForTheWorker(page, first);

            // A new build: one changed file, and the worker written again as the build writes it.
            Path index = copy.resolve("index.html");
            String changed = Files.readString(index, StandardCharsets.UTF_8)
                    .replace("Watch a neural network learn to classify", "A new build of the page");
            assertNotEquals(Files.readString(index, StandardCharsets.UTF_8), changed);
            Files.writeString(index, changed, StandardCharsets.UTF_8);
            OfflineCache.write(copy);
            String second = OfflineCache.version(copy);
            assertNotEquals(first, second);

            page.open(address);
            waitForTheWorker(page, second);
            until(() -> page.exists("update-note"), page, "the open page to say a new version is ready");
            page.click("update-reload");
            until(() -> tagline(page).startsWith("A new build of the page"), page, "Reload to show the new build");

            server.close();
            page.open(address);
            assertTrue(tagline(page).startsWith("A new build of the page"),
                    "offline, the page is the new build's: " + tagline(page));
            page.assertNoJavaScriptErrors();
        } finally {
            server.close();
        }
    }

    @BrowserTest(Browser.CHROMIUM)
    void theNextTestNeverMeetsTheWorkerOfAServerThatATestStarted(ChromePage page) throws IOException {
        Path site = Site.directory();
        URI address;
        try (SiteServer server = SiteServer.start(site, 0, "/boundary/")) {
            address = server.uri();
            page.open(address);
            waitForTheWorker(page, OfflineCache.version(site));
        }
        page.open(address);
        assertEquals("webassembly", page.documentAttribute("data-engine"), "the worker answers for the stopped server");

        page.reset();

        assertThrows(WebDriverException.class, () -> page.open(address),
                "after the reset nothing answers for the stopped server");
    }

    @BrowserTest(Browser.CHROMIUM)
    void chromiumReadsTheManifestWithoutComplaintAndCanInstallThePage(ChromePage page) throws IOException {
        page.open("");
        waitForTheWorker(page, OfflineCache.version(Site.directory()), "/sw.js");

        Map<String, Object> manifest = page.devTools("Page.getAppManifest");
        Map<String, Object> installability = page.devTools("Page.getInstallabilityErrors");

        assertEquals(List.of(), installability.get("installabilityErrors"));
        assertEquals(List.of(), manifest.get("errors"));
        assertTrue(String.valueOf(manifest.get("url")).endsWith("/manifest.webmanifest"), manifest.toString());
        assertTrue(String.valueOf(manifest.get("data")).contains("\"short_name\": \"Boundary\""), manifest.toString());
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest(Browser.HTMLUNIT)
    void withoutServiceWorkersThePageStartsAsBefore(PageDriver page) {
        page.open("");

        assertEquals("undefined", page.evaluate("typeof navigator.serviceWorker"));
        page.click("step");
        assertEquals("1", page.text("epoch"));
        page.assertNoJavaScriptErrors();
    }

    /**
     * Waits until a worker controls the page and the only cache is the one of {@code version}: the
     * worker of that version has kept all its files (it takes over only then) and dropped the others.
     */
    private static void waitForTheWorker(ChromePage page, String version) {
        waitForTheWorker(page, version, "/boundary/sw.js");
    }

    private static void waitForTheWorker(ChromePage page, String version, String worker) {
        until(() -> page.evaluate("navigator.serviceWorker.controller"
                + " && navigator.serviceWorker.controller.scriptURL").endsWith(worker)
                && cacheNames(page).equals(List.of("boundary-" + version)), page, "the worker of version " + version);
    }

    /** The names of the page's caches, as last read: they are read asynchronously, for the next look. */
    private static List<String> cacheNames(ChromePage page) {
        page.evaluate("caches.keys().then(function (names) { window.__cacheNames = names.sort().join(','); })");
        String names = page.evaluate("window.__cacheNames || ''");
        return names.isEmpty() ? List.of() : Arrays.asList(names.split(","));
    }

    /** The page's tagline, or nothing while a page is loading. */
    private static String tagline(ChromePage page) {
        try {
            return page.evaluate("document.querySelector('.tagline') ? document.querySelector('.tagline').textContent : ''");
        } catch (WebDriverException | AssertionError e) {
            return "";
        }
    }

    private static void until(BooleanSupplier condition, ChromePage page, String what) {
        long end = System.currentTimeMillis() + LIMIT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail("waited " + LIMIT_MS / 1000 + " s for " + what + "; caches " + cacheNames(page)
                        + "; JavaScript errors " + page.javaScriptErrors());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for " + what);
            }
        }
    }

    private static List<String> exampleOptions(ChromePage page) {
        String values = page.evaluate("Array.prototype.map.call(document.querySelectorAll('#dataset option'),"
                + " function (o) { return o.value; }).filter(function (v) { return v.indexOf('example:') === 0; })"
                + ".map(function (v) { return v.substring(8); }).sort().join(',')");
        return Arrays.asList(values.split(","));
    }

    private static List<String> exampleFiles(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("examples"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length())).sorted().toList();
        }
    }

    private static String title(Path site, String example) throws IOException {
        return ScenarioJson.read(Files.readString(site.resolve("examples/" + example + ".json"))).title();
    }

    private static void copySite(Path from, Path to) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.sorted(Comparator.naturalOrder()).forEach(files::add);
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            try {
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertFalse(Files.readString(to.resolve("sw.js")).contains("const VERSION = \"dev\";"),
                "the built worker carries a version");
    }
}

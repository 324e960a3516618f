package dev.boundary.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * One headless Chromium with its chromedriver: Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} (system properties {@code boundary.chromium} and
 * {@code boundary.chromedriver} point elsewhere), given explicitly so Selenium Manager
 * downloads nothing, and a fresh profile that is deleted on {@link #close()}.
 */
final class ChromeBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("boundary.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("boundary.chromedriver", "/usr/bin/chromedriver"));

    /**
     * Records the page's JavaScript errors in {@code window.__boundaryErrors}, installed before any
     * script of each new document runs: uncaught errors, resources that failed to load, unhandled
     * promise rejections and {@code console.error} calls.
     */
    static final String ERROR_RECORDER = """
            (function () {
              var errors = [];
              Object.defineProperty(window, '__boundaryErrors', {value: errors});
              window.addEventListener('error', function (e) {
                var t = e.target;
                if (t && t !== window && t.tagName) {
                  errors.push('could not load ' + (t.src || t.href || t.tagName));
                } else {
                  errors.push((e.message || 'error') + ' at ' + e.filename + ':' + e.lineno);
                }
              }, true);
              window.addEventListener('unhandledrejection', function (e) {
                var r = e.reason;
                errors.push('unhandled rejection: ' + (r && r.message ? r.message : String(r)));
              });
              var consoleError = console.error;
              console.error = function () {
                errors.push('console.error: ' + Array.prototype.map.call(arguments, String).join(' '));
                return consoleError.apply(console, arguments);
              };
            })();
            """;

    /** Held so the level set on it stays set: Selenium warns about CDP versions it need not know. */
    private static final Logger SELENIUM_LOGGER = Logger.getLogger("org.openqa.selenium");

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    /** The origins of the pages opened since {@link #forgetOfflineCopies} last ran. */
    private final Set<String> visited = new LinkedHashSet<>();

    private ChromeBrowser(ChromeDriverService service, ChromeDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Skips the current test when Chromium or chromedriver is missing, or fails it when the
     * environment variable {@code CI} is {@code true}, so CI never skips browser checks silently.
     */
    static void requireInstalled() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String message = "Chromium not installed: run bash .ci/run or apt-get install chromium chromium-driver"
                + " (looked for " + CHROMIUM + " and " + CHROMEDRIVER + ")";
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.assumeTrue(false, message);
    }

    /** Starts Chromium headless at the desktop viewport size. */
    static ChromeBrowser start() {
        requireInstalled();
        SELENIUM_LOGGER.setLevel(Level.OFF);
        Path profile;
        try {
            profile = Files.createTempDirectory("boundary-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a Chromium profile directory", e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--window-size=" + Viewport.DESKTOP.width() + "," + Viewport.DESKTOP.height());
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteProfile(profile);
            throw e;
        }
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_RECORDER));
        // A script that clicks Step a hundred times can take longer than the default 30 s on a busy machine.
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofMillis(Waits.LIMIT_MS));
        return new ChromeBrowser(service, driver, profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Notes that a page of {@code uri}'s origin is opened, for {@link #forgetOfflineCopies}. */
    void visiting(URI uri) {
        if (uri.getScheme() != null && uri.getScheme().startsWith("http")) {
            visited.add(origin(uri));
        }
    }

    /**
     * Unregisters the service workers and deletes the caches of every origin visited but {@code keep}'s.
     * A test that starts a server of its own gets a free port that a later test's server may get again
     * with other files; without this, the page's worker from the earlier test would answer instead.
     * The shared site keeps its worker: it serves the same files for the whole test run.
     */
    void forgetOfflineCopies(URI keep) {
        String kept = origin(keep);
        for (String origin : visited) {
            if (!origin.equals(kept)) {
                driver.executeCdpCommand("Storage.clearDataForOrigin",
                        Map.of("origin", origin, "storageTypes", "service_workers,cache_storage"));
            }
        }
        visited.clear();
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteProfile(profile);
        }
    }

    private static void deleteProfile(Path profile) {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile is harmless.
        }
    }
}

package dev.boundary.bench;

import dev.boundary.server.SiteServer;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Runs the benchmark page ({@code bench.html}) of a built site in headless Chromium and prints its
 * table. Not a test: timing never decides pass or fail. It exits with status 1 only when the page
 * fails, e.g. when the three implementations disagree on a cost.
 *
 * <pre>java -cp … [-Dbench.query=rounds=7&amp;w2a=1000] dev.boundary.bench.BenchRunner [--site target/boundary-site] [--query …]</pre>
 *
 * <p>The usual way is {@code mvn -B -Pbench -DskipTests verify}, which builds the site, runs this and
 * then the JMH suite ({@code -Dbench.jmh.skip=true} leaves JMH out; {@code -Dbench.query=…} passes the
 * page's options, see {@code bench.html}). Uses Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}.
 */
public final class BenchRunner {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration TIMEOUT = Duration.ofMinutes(20);
    /** Held so the level set on it stays set: Selenium warns about CDP versions it need not know. */
    private static final Logger SELENIUM_LOGGER = Logger.getLogger("org.openqa.selenium");

    private BenchRunner() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path site = Path.of(System.getProperty("boundary.site", "target/boundary-site"));
        String query = System.getProperty("bench.query", "");
        for (int i = 0; i < args.length; i++) {
            if (i + 1 >= args.length) {
                exit("missing value after " + args[i]);
            }
            switch (args[i]) {
                case "--site" -> site = Path.of(args[++i]);
                case "--query" -> query = args[++i];
                default -> exit("unknown option " + args[i]);
            }
        }
        if (!Files.isRegularFile(site.resolve("bench.html")) || !Files.isRegularFile(site.resolve("bench-java.wasm"))) {
            exit("no bench.html or bench-java.wasm in " + site.toAbsolutePath()
                    + ": build the site first (mvn -B -o package -DskipTests)");
        }
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            exit("Chromium not installed: apt-get install chromium chromium-driver (looked for " + CHROMIUM
                    + " and " + CHROMEDRIVER + ")");
        }
        String result;
        try (SiteServer server = SiteServer.start(site, 0, "/")) {
            String address = server.uri() + "bench.html" + (query.isEmpty() ? "" : "?" + query);
            System.out.println("Benchmarking " + address + " in headless Chromium…");
            result = run(address);
        }
        System.out.println(result);
        if (!result.startsWith("Boundary benchmark")) {
            System.exit(1);
        }
    }

    private static String run(String address) throws IOException, InterruptedException {
        SELENIUM_LOGGER.setLevel(Level.OFF);
        Path profile = Files.createTempDirectory("boundary-bench-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1000,900");
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            driver.get(address);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            String state = null;
            while (System.nanoTime() < deadline) {
                state = (String) driver.executeScript("return document.documentElement.getAttribute('data-bench');");
                if (state != null) {
                    break;
                }
                Thread.sleep(500);
            }
            String status = text(driver, "status");
            if ("done".equals(state)) {
                return text(driver, "table");
            }
            return state == null ? "the page did not finish within " + TIMEOUT.toMinutes() + " min; it says: " + status
                    : status;
        } finally {
            driver.quit();
            service.stop();
            deleteProfile(profile);
        }
    }

    private static String text(ChromeDriver driver, String id) {
        try {
            return String.valueOf(driver.executeScript(
                    "var e = document.getElementById(arguments[0]); return e ? e.textContent : '';", id));
        } catch (JavascriptException e) {
            return "(could not read #" + id + ": " + e.getRawMessage() + ")";
        }
    }

    private static void deleteProfile(Path profile) {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile is harmless.
        }
    }

    private static void exit(String message) {
        System.err.println("BenchRunner: " + message);
        System.exit(2);
    }
}

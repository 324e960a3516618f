package dev.boundary.bench;

import dev.boundary.server.SiteServer;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Loads the real page of a built site with {@code ?frametimes} several times, each time in a fresh
 * headless Chromium (an empty cache, as a first visit), and prints what the page publishes on
 * {@code <html>}: the time from navigation to the first trained frame, and once enough frames have
 * been drawn the frame work and the interval between frames (median and 95th percentile) and where
 * the time goes. Not a test: timing never decides pass or fail.
 *
 * <pre>java -cp … dev.boundary.bench.PageTimingRunner [--site target/boundary-site] [--loads 5] [--frames 300]
 *     [--query "dataset=blobs&amp;points=1000&amp;hidden=8,8&amp;activation=tanh&amp;batch=10&amp;play&amp;speed=0"]
 *     [--clicks 20] [--trace]</pre>
 *
 * <p>With {@code --clicks N}, once the frames are in it clicks the plot N times while the page plays,
 * each click adding a point and a right-click at the same place removing the nearest one, and prints
 * how long each took from the handler starting to the page repainted ({@code data-edit-…}).
 *
 * <p>With {@code --trace}, Chromium also records a trace, and each load ends with where the main thread's
 * time went ({@link PageTrace}); tracing slows the page a little, so its timings are not for comparison.
 */
public final class PageTimingRunner {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Logger SELENIUM_LOGGER = Logger.getLogger("org.openqa.selenium");
    private static final String[] FIGURES = {"data-first-trained-frame", "data-frame-work-median",
        "data-frame-work-p95", "data-frame-interval-median", "data-frame-interval-p95", "data-frames",
        "data-frame-parts", "data-render-parts", "data-edit-median", "data-edit-p95", "data-edits",
        "data-epochs-per-second"};

    private PageTimingRunner() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of("target/boundary-site");
        int loads = 5;
        int frames = 300;
        int clicks = 0;
        boolean trace = false;
        String query = "dataset=blobs&points=1000&hidden=8,8&activation=tanh&batch=10&play&speed=0";
        int i = 0;
        while (i < args.length) {
            String option = args[i++];
            if ("--trace".equals(option)) {
                trace = true;
                continue;
            }
            if (i == args.length) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            String value = args[i++];
            switch (option) {
                case "--site" -> site = Path.of(value);
                case "--loads" -> loads = Integer.parseInt(value);
                case "--frames" -> frames = Integer.parseInt(value);
                case "--query" -> query = value;
                case "--clicks" -> clicks = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        SELENIUM_LOGGER.setLevel(Level.OFF);
        double[] first = new double[loads];
        try (SiteServer server = SiteServer.start(site, 0, "/")) {
            String address = server.uri() + "?frametimes&" + query;
            System.out.println("Timing " + address + " in headless Chromium, " + loads + " loads");
            for (int load = 0; load < loads; load++) {
                String[] values = measure(address, frames, clicks, trace);
                first[load] = "null".equals(values[0]) ? Double.NaN : Double.parseDouble(values[0]);
                System.out.println("load " + (load + 1) + ": first trained frame " + values[0] + " ms; frame work "
                        + values[1] + " / " + values[2] + " ms; interval " + values[3] + " / " + values[4]
                        + " ms (median / p95 over " + values[5] + " frames); training " + values[11] + " epochs/s; " + values[6]
                        + "; last full render: " + ("null".equals(values[7]) ? "none (the first frame of play drew the page)" : values[7])
                        + (clicks > 0 ? "; adding or removing a point while playing " + values[8] + " / " + values[9]
                                + " ms (median / p95 over " + values[10] + " edits)" : ""));
            }
        }
        double[] sorted = first.clone();
        Arrays.sort(sorted);
        System.out.println("first trained frame, median of " + loads + ": " + sorted[loads / 2] + " ms (range "
                + sorted[0] + "–" + sorted[loads - 1] + ")");
    }

    private static String[] measure(String address, int frames, int clicks, boolean trace)
            throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("boundary-timing-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withSilent(true).withLogOutput(OutputStream.nullOutputStream()).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900");
        if (trace) {
            PageTrace.enable(options);
        }
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.get(address);
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (System.nanoTime() < deadline) {
                Object count = driver.executeScript("return document.documentElement.getAttribute('data-frames');");
                if (count != null && Integer.parseInt(count.toString()) >= frames) {
                    break;
                }
                Thread.sleep(200);
            }
            String throughput = throughput(driver);
            click(driver, clicks);
            Object steps = driver.executeScript("var t = performance.getEntriesByType('navigation')[0];"
                    + "var out = ['resp ' + t.responseStart.toFixed(0) + '-' + t.responseEnd.toFixed(0), 'domInteractive ' + t.domInteractive.toFixed(0), 'DOMContentLoaded ' + t.domContentLoadedEventStart.toFixed(0)];"
                    + "performance.getEntriesByType('resource').forEach(function (r) {"
                    + "  if (/loader|runtime|\\.wasm|\\.css/.test(r.name)) out.push(r.name.replace(/^.*\\//, '') + ' '"
                    + "    + r.startTime.toFixed(0) + '–' + r.responseEnd.toFixed(0)); });"
                    + "performance.getEntriesByType('mark').forEach(function (m) { out.push(m.name + ' ' + m.startTime.toFixed(0)); });"
                    + "return out.join(', ');");
            System.out.println("  " + steps);
            System.out.println("  " + throughput);
            List<String> values = new ArrayList<>();
            for (String figure : FIGURES) {
                values.add(String.valueOf(driver.executeScript(
                        "return document.documentElement.getAttribute(arguments[0]);", figure)));
            }
            if (trace && !"null".equals(values.get(0))) {
                PageTrace.print(driver, Double.parseDouble(values.get(0)));
            }
            return values.toArray(new String[0]);
        } finally {
            driver.quit();
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /**
     * The epochs trained per second while playing, read from outside the page: the session's epoch on
     * {@code <html data-session-epoch>} three seconds apart (so pages that do not publish
     * {@code data-epochs-per-second} are measured the same way).
     */
    private static String throughput(ChromeDriver driver) throws InterruptedException {
        String read = "return [Number(document.documentElement.getAttribute('data-session-epoch')), performance.now()];";
        List<?> before = (List<?>) driver.executeScript(read);
        Thread.sleep(3000);
        List<?> after = (List<?>) driver.executeScript(read);
        double epochs = ((Number) after.get(0)).doubleValue() - ((Number) before.get(0)).doubleValue();
        double seconds = (((Number) after.get(1)).doubleValue() - ((Number) before.get(1)).doubleValue()) / 1000;
        return String.format("training over 3 s: %.1f epochs/s (the session's epoch, read from outside)", epochs / seconds);
    }

    /** Adds and removes points on the plot, {@code clicks} edits in all, each waited for. */
    private static void click(ChromeDriver driver, int clicks) throws InterruptedException {
        if (clicks == 0) {
            return;
        }
        org.openqa.selenium.WebElement plot = driver.findElement(org.openqa.selenium.By.id("plot"));
        org.openqa.selenium.interactions.Actions actions = new org.openqa.selenium.interactions.Actions(driver);
        for (int i = 0; i < clicks; i++) {
            int done = edits(driver);
            // Offsets from the plot's centre, spread over its middle.
            int dx = (int) (((i / 2) * 37) % 160) - 80;
            int dy = (int) (((i / 2) * 53) % 160) - 80;
            actions.moveToElement(plot, dx, dy);
            if (i % 2 == 0) {
                actions.click().perform();
            } else {
                actions.contextClick().perform();
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (edits(driver) == done && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(100); // a few frames of play between clicks
        }
    }

    private static int edits(ChromeDriver driver) {
        Object count = driver.executeScript("return document.documentElement.getAttribute('data-edits');");
        return count == null ? 0 : Integer.parseInt(count.toString());
    }
}

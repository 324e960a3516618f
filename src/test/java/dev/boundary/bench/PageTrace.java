package dev.boundary.bench;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * Where the page's main thread spends its time, from Chromium's own trace (the events DevTools'
 * Performance panel shows): for the start-up, from navigation to the first trained frame, and per
 * frame of play over the last two seconds. For {@code PageTimingRunner --trace}; a profile, not a test.
 *
 * <p>Each row sums the events of one kind on the page's main thread. Kinds nest (a script's time
 * includes the WebAssembly functions compiled on first call inside it), so the rows overlap and do
 * not add up to the whole.
 */
final class PageTrace {
    /** Trace event names, grouped in the rows printed. */
    private static final String[][] ROWS = {
        {"HTML parsing", "ParseHTML"},
        {"script (loading, main, event handlers, frames)", "FunctionCall", "EvaluateScript"},
        {"  of which WebAssembly compiled on first call", "wasm.CompileLazy"},
        {"WebAssembly compile (streaming, main thread part)", "v8.wasm.compileConsume", "wasm.FinishStreaming"},
        {"WebAssembly instantiate", "wasm.SyncInstantiate"},
        {"style", "UpdateLayoutTree"},
        {"layout", "Layout"},
        {"paint, layerize, commit to the compositor", "Paint", "PrePaint", "Layerize", "Commit"},
        {"garbage collection", "MinorGC", "MajorGC"},
    };
    private static final String CATEGORIES = "devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.wasm,"
            + "disabled-by-default-v8.gc,blink.user_timing,loading";

    private PageTrace() {
    }

    /** Asks {@code options}' Chromium to record a trace into its performance log. */
    static void enable(ChromeOptions options) {
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("traceCategories", CATEGORIES,
                "enableNetwork", false, "enablePage", false));
    }

    /**
     * Prints the profile of the page open in {@code driver}, whose first trained frame ended
     * {@code firstFrameMs} after navigation. Ends the trace by leaving the page (the driver is then on a
     * blank page).
     */
    static void print(ChromeDriver driver, double firstFrameMs) {
        double nowMs = ((Number) driver.executeScript("return performance.now();")).doubleValue();
        driver.get("about:blank");
        List<Map<String, Object>> events = new ArrayList<>();
        Json json = new Json();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<?, ?> logged = json.toType(entry.getMessage(), Map.class);
            Map<?, ?> message = (Map<?, ?>) logged.get("message");
            if ("Tracing.dataCollected".equals(message.get("method"))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> event = (Map<String, Object>) message.get("params");
                events.add(event);
            }
        }
        Map<String, Object> navigation = null;
        for (Map<String, Object> event : events) {
            if ("navigationStart".equals(event.get("name"))
                    && String.valueOf(event.get("args")).contains("documentLoaderURL=http")) {
                navigation = event;
            }
        }
        if (navigation == null) {
            System.out.println("  trace: no navigation of the page found");
            return;
        }
        String thread = thread(navigation);
        long start = micros(navigation.get("ts"));
        long end = start + (long) (nowMs * 1000);
        long firstFrame = start + (long) (firstFrameMs * 1000);
        long steadyFrom = Math.max(firstFrame, end - 2_000_000);
        int frames = 0;
        for (Map<String, Object> event : events) {
            if (thread.equals(thread(event)) && "FireAnimationFrame".equals(event.get("name"))
                    && micros(event.get("ts")) >= steadyFrom && micros(event.get("ts")) < end) {
                frames++;
            }
        }
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (String[] row : ROWS) {
            rows.put(row[0], new double[2]);
        }
        for (Map<String, Object> event : events) {
            if (!thread.equals(thread(event)) || !event.containsKey("dur")) {
                continue;
            }
            long ts = micros(event.get("ts"));
            double ms = micros(event.get("dur")) / 1000.0;
            for (String[] row : ROWS) {
                for (int i = 1; i < row.length; i++) {
                    if (row[i].equals(event.get("name"))) {
                        if (ts >= start && ts < firstFrame) {
                            rows.get(row[0])[0] += ms;
                        } else if (ts >= steadyFrom && ts < end) {
                            rows.get(row[0])[1] += ms;
                        }
                    }
                }
            }
        }
        System.out.printf("  main thread: start-up (0–%.0f ms) | per frame of play (%d frames in the last %.1f s)%n",
                firstFrameMs, frames, (end - steadyFrom) / 1e6);
        for (Map.Entry<String, double[]> row : rows.entrySet()) {
            System.out.printf("    %-52s %7.1f ms | %5.2f ms%n", row.getKey(), row.getValue()[0],
                    frames == 0 ? 0 : row.getValue()[1] / frames);
        }
    }

    private static String thread(Map<String, Object> event) {
        return event.get("pid") + ":" + event.get("tid");
    }

    private static long micros(Object value) {
        return ((Number) value).longValue();
    }
}

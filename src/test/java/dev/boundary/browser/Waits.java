package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Bounded waits for what the page does after an asynchronous load (a worked example's file). */
final class Waits {
    /**
     * How long a wait may take: generous, because checks run two at a time on a machine that may be
     * busy, where HtmlUnit's interpreted JavaScript can take tens of seconds for what Chromium does at
     * once. A passing check never waits this long.
     */
    static final long LIMIT_MS = 60_000;

    private Waits() {
    }

    /**
     * Waits until {@code #id}'s text is not empty and satisfies {@code condition}; fails with the last
     * text seen. An empty text never counts: HtmlUnit runs timers on a thread of its own, so a look can
     * land between a text's removal and its replacement (textContent = … is the two steps).
     */
    static String untilText(PageDriver page, String id, Predicate<String> condition, String what) {
        return until(() -> page.text(id), text -> !text.isEmpty() && condition.test(text), what,
                text -> "#" + id + " says \"" + text + "\", #status says \"" + page.text("status") + "\"");
    }

    /**
     * Waits until the {@code <html>} attribute {@code name} is present and satisfies {@code condition};
     * fails with the last value seen.
     */
    static String untilDocumentAttribute(PageDriver page, String name, Predicate<String> condition, String what) {
        return until(() -> page.documentAttribute(name), value -> value != null && condition.test(value), what,
                value -> "<html " + name + "> is " + value);
    }

    /** Reads until {@code accepted}; fails after {@link #LIMIT_MS} saying what was awaited and what was last read. */
    private static String until(Supplier<String> read, Predicate<String> accepted, String what,
            Function<String, String> lastSeen) {
        long end = System.currentTimeMillis() + LIMIT_MS;
        String value = read.get();
        while (!accepted.test(value)) {
            if (System.currentTimeMillis() > end) {
                fail("waited " + LIMIT_MS / 1000 + " s for " + what + "; " + lastSeen.apply(value));
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for " + what);
            }
            value = read.get();
        }
        return value;
    }

    /** Chooses a worked example and waits until the page says it is loaded. */
    static void loadExample(PageDriver page, String name) {
        page.select("dataset", "example:" + name);
        untilText(page, "status", text -> text.startsWith("Loaded: ") || text.contains("could not"),
                "the example " + name + " to load");
    }
}

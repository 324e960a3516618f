package dev.boundary.browser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The Chromium browsers of one test run. A check borrows one for its duration and gives it back; a
 * browser is started only when every one is in use, so there are as many as checks run at once (one
 * when they run one after another). All are quit when the run ends.
 */
final class ChromePool implements AutoCloseable {
    private final Deque<ChromeBrowser> idle = new ArrayDeque<>();
    private final List<ChromeBrowser> all = new ArrayList<>();

    /** An idle browser, or a new one when none is idle. */
    ChromeBrowser take() {
        synchronized (this) {
            if (!idle.isEmpty()) {
                return idle.pop();
            }
        }
        ChromeBrowser started = ChromeBrowser.start();
        synchronized (this) {
            all.add(started);
        }
        return started;
    }

    /** Hands a browser back for the next check (which resets its window first). */
    synchronized void giveBack(ChromeBrowser browser) {
        idle.push(browser);
    }

    @Override
    public synchronized void close() {
        for (ChromeBrowser browser : all) {
            browser.close();
        }
        all.clear();
        idle.clear();
    }
}

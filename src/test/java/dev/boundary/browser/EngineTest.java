package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The loader picks the engine each browser can run, and the page starts cleanly on it. */
class EngineTest {

    @BrowserTest
    void usesTheEngineTheBrowserCanRun(PageDriver page) {
        page.open("");

        assertEquals(page.browser().expectedEngine(), page.documentAttribute("data-engine"));
    }

    @BrowserTest
    void startsWithoutJavaScriptErrors(PageDriver page) {
        page.open("");

        page.assertNoJavaScriptErrors();
    }

    @BrowserTest(Browser.CHROMIUM)
    void doesNotDownloadTheJavaScriptBuildWhenWebAssemblyRuns(ChromePage page) {
        page.open("");

        assertEquals("false", page.evaluate("performance.getEntriesByType('resource')"
                + ".some(function (entry) { return /\\/boundary\\.js$/.test(entry.name); })"));
        assertEquals("true", page.evaluate("performance.getEntriesByType('resource')"
                + ".some(function (entry) { return /\\/boundary\\.wasm$/.test(entry.name); })"));
    }
}

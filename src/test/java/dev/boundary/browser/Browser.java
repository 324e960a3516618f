package dev.boundary.browser;

/** The browsers every page check runs in, and the engine each one must end up using. */
public enum Browser {

    /** HtmlUnit: a JVM browser without a {@code WebAssembly} object, so the page must fall back to JavaScript. */
    HTMLUNIT("HtmlUnit", "javascript"),

    /** Headless Chromium: runs WebAssembly GC, so the page must use the WebAssembly build. */
    CHROMIUM("Chromium", "webassembly");

    private final String displayName;
    private final String expectedEngine;

    Browser(String displayName, String expectedEngine) {
        this.displayName = displayName;
        this.expectedEngine = expectedEngine;
    }

    /** A human name for test reports, e.g. "Chromium". */
    public String displayName() {
        return displayName;
    }

    /** The value of {@code <html data-engine>} the loader must set in this browser. */
    public String expectedEngine() {
        return expectedEngine;
    }
}

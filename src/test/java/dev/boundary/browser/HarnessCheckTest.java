package dev.boundary.browser;

import dev.boundary.server.SiteServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** TEMPORARY: checks the harness and loader against web/harness-check.html. Delete before committing. */
class HarnessCheckTest {

    @BrowserTest
    void everything(PageDriver page) throws Exception {
        page.open("harness-check.html");
        StringBuilder log = new StringBuilder(page.browser() + "\n");
        log.append("engine attr=").append(page.documentAttribute("data-engine"))
                .append(" #engine=").append(page.text("engine"))
                .append(" status=").append(page.text("status")).append('\n');
        log.append("wasm probe=").append(page.evaluate(
                "typeof WebAssembly === 'object' ? WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,5,1,95,1,120,0])) : 'no WebAssembly'")).append('\n');
        log.append("mvp probe=").append(page.evaluate(
                "typeof WebAssembly === 'object' ? WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0])) : 'no WebAssembly'")).append('\n');
        log.append("typeof main=").append(page.evaluate("typeof main")).append('\n');
        page.click("btn");
        page.click("btn");
        log.append("count=").append(page.text("count")).append('\n');
        page.select("sel", "b");
        log.append("sel=").append(page.value("sel")).append(" events=").append(page.text("sel-events")).append('\n');
        page.setRange("rng", 0.25);
        log.append("rng=").append(page.value("rng")).append(" out=").append(page.text("rng-value"))
                .append(" events=").append(page.text("rng-events")).append('\n');
        page.clickCanvas("plot", 100, 50);
        page.clickCanvas("plot", 10, 250, true);
        log.append("clicks=").append(page.text("clicks")).append('\n');
        log.append("geom=").append(page.text("geom")).append('\n');
        log.append("attr title=").append(page.attribute("sel", "title")).append(" id=").append(page.attribute("sel", "id")).append('\n');
        log.append("errors=").append(page.javaScriptErrors()).append('\n');
        if (page instanceof ChromePage chrome) {
            chrome.viewport(Viewport.PHONE);
            log.append("phone inner=").append(page.evaluate("window.innerWidth + 'x' + window.innerHeight")).append('\n');
            log.append("shot=").append(chrome.screenshot(Path.of("harness-phone.png"))).append('\n');
            chrome.viewport(Viewport.DESKTOP);
            log.append("desktop inner=").append(page.evaluate("window.innerWidth + 'x' + window.innerHeight")).append('\n');
            log.append("shot=").append(chrome.screenshot(Path.of("harness-desktop.png"))).append('\n');
        }
        Files.writeString(Path.of("target/harness-" + page.browser() + ".txt"), log);
        page.assertNoJavaScriptErrors();
    }

    @BrowserTest
    void fallsBackToJavaScriptWhenTheWasmFileIsMissing(PageDriver page) throws Exception {
        Path copy = copySite("boundary.wasm");
        try (SiteServer server = SiteServer.start(copy, 0, "/")) {
            page.open(server.uri().resolve("harness-check.html"));
            assertEquals("javascript", page.documentAttribute("data-engine"));
            assertEquals("JavaScript", page.text("engine"));
            Files.writeString(Path.of("target/harness-fallback-" + page.browser() + ".txt"),
                    page.javaScriptErrors().toString() + " status=" + page.text("status"));
        }
    }

    @BrowserTest
    void reportsWhenNothingLoads(PageDriver page) throws Exception {
        Path copy = copySite("boundary.wasm", "boundary.js");
        try (SiteServer server = SiteServer.start(copy, 0, "/")) {
            AssertionError e = assertThrows(AssertionError.class, () -> page.open(server.uri().resolve("harness-check.html")));
            Files.writeString(Path.of("target/harness-nothing-" + page.browser() + ".txt"), e.getMessage());
        }
    }

    private static Path copySite(String... without) throws Exception {
        Path copy = Files.createTempDirectory("site-copy");
        try (var files = Files.list(Site.directory())) {
            for (Path f : files.toList()) {
                if (!List.of(without).contains(f.getFileName().toString())) {
                    Files.copy(f, copy.resolve(f.getFileName()));
                }
            }
        }
        return copy;
    }
}

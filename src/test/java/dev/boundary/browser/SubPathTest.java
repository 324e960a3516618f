package dev.boundary.browser;

import dev.boundary.server.SiteServer;

import java.io.IOException;
import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The site works under a sub-path, as on GitHub Pages: every path the page uses is relative. */
class SubPathTest {

    @BrowserTest
    void loadsAndBecomesReadyUnderASubPath(PageDriver page) throws IOException {
        try (SiteServer server = SiteServer.start(Site.directory(), 0, "/boundary/")) {
            page.open(server.uri());

            assertEquals(page.browser().expectedEngine(), page.documentAttribute("data-engine"));
            page.assertNoJavaScriptErrors();
        }
    }

    @BrowserTest
    void loadsWhenTheSubPathLacksItsTrailingSlash(PageDriver page) throws IOException {
        try (SiteServer server = SiteServer.start(Site.directory(), 0, "/boundary/")) {
            String address = server.uri().toString();
            page.open(URI.create(address.substring(0, address.length() - 1)));

            assertEquals(page.browser().expectedEngine(), page.documentAttribute("data-engine"));
            page.assertNoJavaScriptErrors();
        }
    }
}

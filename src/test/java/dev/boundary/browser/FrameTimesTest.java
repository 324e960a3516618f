package dev.boundary.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page opened with {@code ?frametimes} publishes its frame figures on {@code <html>} while it plays
 * (what the performance runner reads): the frame work and the interval between frames, median and 95th
 * percentile, where the time goes, the first trained frame and the training throughput. In Chromium:
 * HtmlUnit runs no animation frames. Only their presence and form are checked, never their size.
 */
class FrameTimesTest {

    @BrowserTest(Browser.CHROMIUM)
    void aPlayingPagePublishesItsFrameFigures(PageDriver page) {
        page.open("?frametimes&dataset=xor&play&speed=1");
        Waits.untilDocumentAttribute(page, "data-frames", value -> Integer.parseInt(value) >= 60, "60 frames of play");
        for (String figure : new String[] {"data-frame-work-median", "data-frame-work-p95", "data-frame-interval-median",
                "data-frame-interval-p95", "data-first-trained-frame"}) {
            String value = page.documentAttribute(figure);
            assertTrue(value != null && value.matches("\\d+\\.\\d{2}"), figure + " = " + value);
        }
        assertTrue(Double.parseDouble(page.documentAttribute("data-frame-work-p95"))
                >= Double.parseDouble(page.documentAttribute("data-frame-work-median")));
        assertTrue(Double.parseDouble(page.documentAttribute("data-frame-interval-p95"))
                >= Double.parseDouble(page.documentAttribute("data-frame-interval-median")));
        // One epoch a frame (speed=1) and frames coming: a positive throughput.
        String throughput = page.documentAttribute("data-epochs-per-second");
        assertTrue(throughput != null && throughput.matches("\\d+\\.\\d") && Double.parseDouble(throughput) > 0,
                "data-epochs-per-second = " + throughput);
        String parts = page.documentAttribute("data-frame-parts");
        assertTrue(parts != null && parts.startsWith("train ") && parts.contains(" · field "), parts);
        page.click("play");
        page.assertNoJavaScriptErrors();
    }
}

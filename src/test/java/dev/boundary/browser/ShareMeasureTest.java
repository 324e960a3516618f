package dev.boundary.browser;

import dev.boundary.core.math.SeededRandom;

/** Scratch: link sizes and timings (not for commit). */
class ShareMeasureTest {
    @BrowserTest
    void measure(PageDriver page) {
        page.open("");
        for (int n : new int[] {300, 1000, 10000}) {
            for (String kind : new String[] {"random", "3 decimals"}) {
                SeededRandom random = new SeededRandom(n);
                StringBuilder csv = new StringBuilder("x1,x2,label\n");
                for (int i = 0; i < n; i++) {
                    double x = random.nextGaussian(0, 2);
                    double y = random.nextGaussian(0, 2);
                    if (kind.equals("3 decimals")) {
                        x = Math.round(x * 1000) / 1000.0;
                        y = Math.round(y * 1000) / 1000.0;
                    }
                    csv.append(x).append(',').append(y).append(',').append(i % 2).append('\n');
                }
                FilesTest.pasteImport(page, csv.toString());
                page.click("step");
                String t = page.evaluate("(function () { var b = document.getElementById('copy-link');"
                        + " var t0 = performance.now(); b.click(); var t1 = performance.now(); b.click();"
                        + " var t2 = performance.now(); return (t1 - t0).toFixed(1) + ' ms, again ' + (t2 - t1).toFixed(1) + ' ms'; })()");
                String length = page.evaluate("document.getElementById('share-link').value.length");
                System.out.println("MEASURE " + page.browser() + " " + n + " " + kind + ": link " + length + " chars, " + t);
            }
        }
        page.select("dataset", "circles");
        page.click("step");
        page.click("copy-link");
        System.out.println("MEASURE " + page.browser() + " circles preset trained: " + page.evaluate("document.getElementById('share-link').value.length"));
    }
}

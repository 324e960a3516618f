package dev.boundary.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ImportCheckTest {

    @Test
    void filesUpToFiveMegabytesMayBeRead() {
        assertNull(ImportCheck.sizeProblem("a.csv", 5 * 1024 * 1024));
        assertEquals("big.csv is 5 MB; files of up to 5 MB (and 50000 rows) can be imported",
                ImportCheck.sizeProblem("big.csv", 5 * 1024 * 1024 + 1));
        // 7 654 321 bytes = 7.2996 MiB.
        assertEquals("big.csv is 7.3 MB; files of up to 5 MB (and 50000 rows) can be imported",
                ImportCheck.sizeProblem("big.csv", 7_654_321));
    }

    @Test
    void sizesReadAsPeopleWriteThem() {
        assertEquals("900 bytes", ImportCheck.megabytes(900));
        assertEquals("12.5 kB", ImportCheck.megabytes(12_800));
        assertEquals("1 MB", ImportCheck.megabytes(1024 * 1024));
    }

    @Test
    void binaryFilesAreNamedWithTheLine() {
        // A PNG's first bytes 89 50 4E 47 0D 0A 1A 0A, as a browser decodes them as UTF-8: 0x89 is no
        // UTF-8 and becomes U+FFFD; the text goes on "PNG\r\n\u001a\n".
        String png = "\uFFFDPNG\r\n\u001A\n";
        assertEquals("plot.png is not a text file (line 1 holds binary data); import a CSV file of points or"
                + " a scenario .json file", ImportCheck.binaryProblem("plot.png", png));
        assertEquals("data.csv is not a text file (line 3 holds binary data); import a CSV file of points or"
                + " a scenario .json file", ImportCheck.binaryProblem("data.csv", "x,y,label\r\n1,2,0\r\n3,\u0000,1"));
        assertNull(ImportCheck.binaryProblem("ok.csv", "x\ty\tlabel\n1\t2\t0\f\n"));
        assertNull(ImportCheck.binaryProblem("ok.csv", "é,ü,ß\n"));
    }

    @Test
    void scenariosAreJsonFilesOrTextStartingWithABrace() {
        assertEquals(ImportCheck.Kind.SCENARIO, ImportCheck.kindOf("xor.JSON", "x"));
        assertEquals(ImportCheck.Kind.SCENARIO, ImportCheck.kindOf("the pasted text", "\uFEFF  \n {\"format\""));
        assertEquals(ImportCheck.Kind.CSV, ImportCheck.kindOf("a.csv", "1,2,0"));
        assertEquals(ImportCheck.Kind.CSV, ImportCheck.kindOf("a.csv", ""));
    }

    @Test
    void aPastedJsonListIsJsonNotCsv() {
        assertEquals(ImportCheck.Kind.SCENARIO, ImportCheck.kindOf("the pasted text", " [1,2,3]"));
        assertEquals(ImportCheck.Kind.SCENARIO, ImportCheck.kindOf(null, "\uFEFF{\"format\": 1}"));
    }
}

package dev.boundary.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.session.Defaults;
import dev.boundary.core.session.Session;
import dev.boundary.core.state.ScenarioException;
import dev.boundary.core.state.ScenarioJson;
import org.junit.jupiter.api.Test;

/**
 * Imports as the page does them (read everything, then apply): each kind of bad input gives a message
 * naming what and where, and the session's points stay as they were.
 */
class CsvImportTest {

    /** Reads, then applies, in the page's order. */
    private static void importInto(Session session, String text) {
        apply(session, CsvImport.read("data.csv", text, null).data());
    }

    /** Applies imported points as the page does: the model fitted to them, the trained state dropped. */
    private static void apply(Session session, DataSet data) {
        session.load(session.scenario().withFittedData(data).withoutTrained());
    }

    private static void assertRefused(String text, String message) {
        Session session = new Session(Defaults.playground());
        DataSet before = session.data();
        long changes = session.changeCount();
        CsvException e = assertThrows(CsvException.class, () -> importInto(session, text));
        assertEquals(message, e.getMessage());
        assertSame(before, session.data());
        assertEquals(changes, session.changeCount());
    }

    @Test
    void aWrongColumnCountNamesTheLine() {
        assertRefused("x1,x2,label\n1,2,0\n3,4\n", "line 3: expected 3 columns, found 2");
    }

    @Test
    void textWhereANumberBelongsNamesLineAndColumn() {
        assertRefused("1,2,0\n1,abc,1\n", "line 2: \"abc\" is not a number (column 2)");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused("", "the file is empty");
        assertRefused("\n  \n", "the file is empty");
    }

    @Test
    void oneClassIsRefused() {
        assertRefused("1,2,0\n3,4,0\n", "only one class found (label 0); two are needed");
    }

    @Test
    void aThirdLabelNamesTheLine() {
        assertRefused("1,2,a\n3,4,b\n5,6,c\n", "line 3: a third label \"c\"; labels must take two values (\"a\" and"
                + " \"b\" so far)");
    }

    @Test
    void nonFiniteNumbersAreRefused() {
        assertRefused("1,2,0\n1,NaN,1\n", "line 2: value is not finite (column 2)");
        assertRefused("1,2,0\n1e999,0,1\n", "line 2: value is not finite (column 1)");
        assertRefused("1,2,0\n-Infinity,0,1\n", "line 2: value is not finite (column 1)");
    }

    @Test
    void moreThan50000RowsAreRefused() {
        StringBuilder text = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i < 50_001; i++) {
            text.append(i).append(",1,").append(i % 2).append('\n');
        }
        // The header is line 1, so row 50 001 is line 50 002.
        assertRefused(text.toString(), "line 50002: more than 50000 rows");
    }

    @Test
    void wideFilesKeepTheirLineNumbers() {
        String text = "a,b,c,d,label\n1,2,3,4,yes\n\n1,2,x,4,no\n";
        Session session = new Session(Defaults.playground());
        DataSet before = session.data();
        CsvException e = assertThrows(CsvException.class,
                () -> apply(session, CsvImport.read("wide.csv", text, new CsvColumns.Choice(0, 2, 4)).data()));
        assertEquals("line 4: \"x\" is not a number (column 2)", e.getMessage());
        assertSame(before, session.data());
    }

    @Test
    void badScenarioFilesAreRefusedAndNothingIsApplied() {
        Session session = new Session(Defaults.playground());
        DataSet before = session.data();
        assertEquals("missing \"version\" (this page reads version 1)", assertThrows(ScenarioException.class,
                () -> session.load(ScenarioJson.read("{\"format\":\"boundary-scenario\",\"data\":{}}"))).getMessage());
        assertEquals("unknown version 7 (this page reads version 1)", assertThrows(ScenarioException.class,
                () -> session.load(ScenarioJson.read("{\"format\":\"boundary-scenario\",\"version\":7,\"data\":{}}")))
                .getMessage());
        assertSame(before, session.data());
    }

    @Test
    void yesAndNoAreMappedAndTheMappingIsSaid() {
        CsvImport imported = CsvImport.read("survey.csv", "x1,x2,label\n1,2,yes\n3,4,no\n", null);
        assertArrayEquals(new double[] {1, 2, 3, 4}, imported.data().featureArray());
        assertArrayEquals(new double[] {1, 0}, imported.data().labelArray());
        assertEquals("2 points from survey.csv (x₁ x1, x₂ x2, label label); labels no → 0, yes → 1",
                imported.summary());
        assertEquals("survey", imported.title());
    }

    @Test
    void chosenColumnsOfAWideFile() {
        String text = "sepal_length,sepal_width,petal_length,petal_width,species\n"
                + "5.1,3.5,1.4,0.2,setosa\n6.3,3.3,6.0,2.5,virginica\n";
        CsvImport imported = CsvImport.read("iris.csv", text, new CsvColumns.Choice(2, 3, 4));
        assertArrayEquals(new double[] {1.4, 0.2, 6.0, 2.5}, imported.data().featureArray());
        // Neither label is a known negative, so the first in sorted order, setosa, is class 0.
        assertArrayEquals(new double[] {0, 1}, imported.data().labelArray());
        assertEquals("2 points from iris.csv (x₁ petal_length, x₂ petal_width, label species); labels setosa → 0,"
                + " virginica → 1", imported.summary());
    }

    @Test
    void oneChosenFeatureGivesALine() {
        String text = "a;b;c;label\n1,5;2;3;1\n-0,25;2;3;0\n";
        CsvImport imported = CsvImport.read("line.csv", text, new CsvColumns.Choice(0, -1, 3));
        assertEquals(1, imported.data().featureCount());
        // Semicolons: the decimal comma reads as a point.
        assertArrayEquals(new double[] {1.5, -0.25}, imported.data().featureArray());
    }

    @Test
    void exportedPointsImportBackBitForBit() {
        DataSet data = new DataSet(2, new double[] {0.1, -2, 1e-7, 3, Math.PI, -0.0, 1e100, 4.9e-324},
                new double[] {1, 0, 1, 0});
        String text = CsvExport.write(data);
        assertEquals("x1,x2,label\n0.1,-2,1\n1e-7,3,0\n3.141592653589793,-0.0,1\n1e100,5e-324,0\n", text);
        DataSet back = CsvImport.read("back.csv", text, null).data();
        for (int i = 0; i < 8; i++) {
            assertEquals(Double.doubleToRawLongBits(data.featureArray()[i]),
                    Double.doubleToRawLongBits(back.featureArray()[i]), "value " + i);
        }
        assertArrayEquals(data.labelArray(), back.labelArray());
        assertEquals("x,label\n2.5,1\n", CsvExport.write(new DataSet(1, new double[] {2.5}, new double[] {1})));
    }

    @Test
    void fileNamesAreMadeFromTitles() {
        assertEquals("iris-petals-virginica-vs-rest", FileNames.stem("Iris petals: virginica vs. rest"));
        assertEquals("boundary", FileNames.stem("<> —"));
        assertEquals("script-alert-1-script", FileNames.stem("<script>alert(1)</script>"));
        assertEquals("xor-gate", FileNames.stem("  XOR gate!! "));
        assertEquals(40, FileNames.stem("a".repeat(100)).length());
    }
}

package dev.boundary.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.math.SeededRandom;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void writesHeaderThenOneLinePerPoint() {
        assertEquals("x1,x2,label\n0.0,0.0,0\n0.0,1.0,0\n1.0,0.0,0\n1.0,1.0,1\n", Csv.write(Gates.and()));
        DataSet line = new DataSet(1, new double[] {-2.5, 3}, new double[] {1, 0});
        assertEquals("x,label\n-2.5,1\n3.0,0\n", Csv.write(line));
    }

    @Test
    void roundTripGivesTheSameDoubles() {
        DataSet moons = Generators.moons(new SeededRandom(12), 300, 0.2);
        CsvResult back = Csv.read(Csv.write(moons));
        assertArrayEquals(moons.featureArray(), back.dataSet().featureArray());
        assertArrayEquals(moons.labelArray(), back.dataSet().labelArray());
        assertArrayEquals(new String[] {"x1", "x2", "label"}, back.headerNames());
        assertFalse(back.labelsMapped());

        DataSet line = Generators.mlDawnGaussians(new SeededRandom(12));
        CsvResult lineBack = Csv.read(Csv.write(line));
        assertEquals(1, lineBack.dataSet().featureCount());
        assertArrayEquals(line.featureArray(), lineBack.dataSet().featureArray());
        assertArrayEquals(line.labelArray(), lineBack.dataSet().labelArray());
    }

    @Test
    void roundTripKeepsExtremeButFiniteValues() {
        double[] features = {Double.MIN_VALUE, -Double.MAX_VALUE, 1e-300, 0.1 + 0.2, -0.0, 123456789.123456789};
        DataSet data = new DataSet(2, features, new double[] {0, 1, 1});
        assertArrayEquals(features, Csv.read(Csv.write(data)).dataSet().featureArray());
    }

    @Test
    void readsWithoutHeader() {
        CsvResult result = Csv.read("1,2,0\n3.5,-4e1,1\n");
        assertFalse(result.hasHeader());
        assertEquals(0, result.headerNames().length);
        assertArrayEquals(new double[] {1, 2, 3.5, -40}, result.dataSet().featureArray());
        assertArrayEquals(new double[] {0, 1}, result.dataSet().labelArray());
    }

    @Test
    void detectsHeaderWhenFeatureFieldsAreNotNumbers() {
        CsvResult result = Csv.read("length,width,virginica\n1.4,0.2,0\n6.0,2.5,1\n");
        assertTrue(result.hasHeader());
        assertArrayEquals(new String[] {"length", "width", "virginica"}, result.headerNames());
        assertEquals(2, result.dataSet().size());
    }

    @Test
    void readsSemicolonsWithDecimalCommas() {
        CsvResult result = Csv.read("x1;x2;y\n1,5;2;0\n3;4,25;1\n");
        assertEquals(';', result.separator());
        assertArrayEquals(new double[] {1.5, 2, 3, 4.25}, result.dataSet().featureArray());
    }

    @Test
    void readsTabs() {
        CsvResult result = Csv.read("1\t2\t0\n3\t4\t1");
        assertEquals('\t', result.separator());
        assertArrayEquals(new double[] {1, 2, 3, 4}, result.dataSet().featureArray());
    }

    @Test
    void readsOneFeatureWithCrLfBlankLinesAndSpaces() {
        CsvResult result = Csv.read("\uFEFFx,label\r\n\r\n  1.5 ,  0 \r\n\r\n2,1\r\n\r\n");
        assertEquals(1, result.dataSet().featureCount());
        assertArrayEquals(new double[] {1.5, 2}, result.dataSet().featureArray());
        assertArrayEquals(new double[] {0, 1}, result.dataSet().labelArray());
        assertArrayEquals(new String[] {"x", "label"}, result.headerNames());
    }

    @Test
    void readsQuotedFields() {
        CsvResult result = Csv.read("\"petal length, cm\",\"width \"\"cm\"\"\",species\n1.4,0.2,\"setosa\"\n6.0,2.5,virginica\n");
        assertArrayEquals(new String[] {"petal length, cm", "width \"cm\"", "species"}, result.headerNames());
        assertArrayEquals(new double[] {0, 1}, result.dataSet().labelArray());
    }

    @Test
    void mapsYesNoLabels() {
        CsvResult result = Csv.read("x1,x2,ok\n0,0,yes\n1,1,no\n2,2,yes\n");
        assertArrayEquals(new double[] {1, 0, 1}, result.dataSet().labelArray());
        assertEquals("no", result.negativeLabel());
        assertEquals("yes", result.positiveLabel());
        assertTrue(result.labelsMapped());
        assertEquals("no → 0, yes → 1", result.labelMapping());
    }

    @Test
    void mapsKnownNegativesToZeroWhateverTheirCase() {
        assertArrayEquals(new double[] {1, 0}, Csv.read("1,2,TRUE\n3,4,False\n").dataSet().labelArray());
        assertArrayEquals(new double[] {1, 0}, Csv.read("1,2,positive\n3,4,negative\n").dataSet().labelArray());
        assertArrayEquals(new double[] {1, 0}, Csv.read("1,2,1\n3,4,-1\n").dataSet().labelArray());
        CsvResult decimal = Csv.read("1,2,1.0\n3,4,0.0\n");
        assertArrayEquals(new double[] {1, 0}, decimal.dataSet().labelArray());
        assertFalse(decimal.labelsMapped());
    }

    @Test
    void mapsOtherLabelsInSortedOrder() {
        // "cat" < "dog", so cat → 0 although dog comes first.
        CsvResult result = Csv.read("1,1,dog\n2,2,cat\n");
        assertArrayEquals(new double[] {1, 0}, result.dataSet().labelArray());
        assertEquals("cat → 0, dog → 1", result.labelMapping());
        // "1" < "2": neither is a known negative.
        assertArrayEquals(new double[] {0, 1}, Csv.read("1,1,1\n2,2,2\n").dataSet().labelArray());
    }

    @Test
    void wrongColumnCountNamesTheLine() {
        CsvException e = readFails("x1,x2,label\n1,2,0\n\n3,4,1\n5,6,0\n7,8,1\n9,10\n");
        assertEquals(7, e.lineNumber());
        assertEquals("line 7: expected 3 columns, found 2", e.getMessage());
    }

    @Test
    void firstLineMustHaveTwoOrThreeColumns() {
        CsvException e = readFails("\n1,2,3,0\n");
        assertEquals(2, e.lineNumber());
        assertTrue(e.getMessage().startsWith("line 2: expected 2 columns"), e.getMessage());
        assertTrue(e.getMessage().endsWith("found 4"), e.getMessage());
    }

    @Test
    void textWhereANumberBelongsNamesLineAndColumn() {
        CsvException e = readFails("1,2,0\n3,4,1\n5,abc,0\n");
        assertEquals(3, e.lineNumber());
        assertEquals("line 3: \"abc\" is not a number (column 2)", e.getMessage());
        assertEquals("\"1.2.3\" is not a number (column 1)", readFails("1,0\n1.2.3,1\n").problem());
        assertEquals("\"0x10\" is not a number (column 1)", readFails("1,0\n0x10,1\n").problem());
        assertEquals("column 2 is empty", readFails("1,2,0\n3,,1\n").problem());
    }

    @Test
    void nonFiniteValuesAreRefused() {
        String good = "1,2,0\n3,4,1\n5,6,0\n7,8,1\n9,10,0\n11,12,1\n13,14,0\n15,16,1\n";
        CsvException nan = readFails(good + "NaN,1,0\n");
        assertEquals(9, nan.lineNumber());
        assertTrue(nan.getMessage().startsWith("line 9: value is not finite"), nan.getMessage());
        assertEquals(9, readFails(good + "1,-Infinity,0\n").lineNumber());
        assertEquals(9, readFails(good + "1e999,1,0\n").lineNumber());
        assertTrue(readFails(good + "1e999,1,0\n").getMessage().contains("not finite"));
    }

    @Test
    void emptyFilesAreRefused() {
        assertEquals("the file is empty", readFails("").getMessage());
        CsvException blank = readFails("\n \r\n\t\n");
        assertEquals("the file is empty", blank.getMessage());
        assertEquals(0, blank.lineNumber());
        assertEquals("the file has a header but no data rows", readFails("x1,x2,label\n\n").getMessage());
    }

    @Test
    void oneClassIsRefused() {
        CsvException e = readFails("1,2,1\n3,4,1\n");
        assertEquals("only one class found (label 1); two are needed", e.getMessage());
        assertEquals(0, e.lineNumber());
    }

    @Test
    void aThirdLabelNamesTheLine() {
        StringBuilder text = new StringBuilder("x,answer\n");
        for (int i = 0; i < 10; i++) {
            text.append(i).append(i % 2 == 0 ? ",yes\n" : ",no\n");
        }
        text.append("10,maybe\n");
        CsvException e = readFails(text.toString());
        assertEquals(12, e.lineNumber());
        assertTrue(e.getMessage().startsWith("line 12: a third label \"maybe\"; labels must take two values"),
                e.getMessage());
    }

    @Test
    void unclosedQuoteNamesTheLine() {
        CsvException e = readFails("1,2,0\n3,\"4,1\n");
        assertEquals(2, e.lineNumber());
        assertTrue(e.getMessage().contains("quote"), e.getMessage());
    }

    @Test
    void readsUpTo50000RowsAndNoMore() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            text.append(i).append(',').append(i % 2).append('\n');
        }
        assertEquals(50_000, Csv.read(text.toString()).dataSet().size());
        text.append("1,1\n");
        CsvException e = readFails(text.toString());
        assertEquals(50_001, e.lineNumber());
        assertEquals("more than 50000 rows", e.problem());
    }

    @Test
    void csvExceptionIsAnIllegalArgumentException() {
        assertThrows(IllegalArgumentException.class, () -> Csv.read(""));
    }

    private static CsvException readFails(String text) {
        return assertThrows(CsvException.class, () -> Csv.read(text));
    }
}

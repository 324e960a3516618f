package dev.boundary.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CsvColumnsTest {
    private static final String IRIS = ""
            + "sepal_length,sepal_width,petal_length,petal_width,species\n"
            + "5.1,3.5,1.4,0.2,setosa\n"
            + "\n"
            + "6.3,3.3,6.0,2.5,virginica\n";

    @Test
    void namesComeFromTheHeader() {
        CsvColumns columns = CsvColumns.of(IRIS);
        assertTrue(columns.hasHeader());
        assertEquals(5, columns.count());
        assertEquals("petal_width", columns.name(3));
        assertEquals(',', columns.separator());
    }

    @Test
    void withoutAHeaderColumnsAreNumbered() {
        CsvColumns columns = CsvColumns.of("1;2;3;4;yes\n5;6;7;8;no\n");
        assertFalse(columns.hasHeader());
        assertEquals("column 5", columns.name(4));
        assertEquals(';', columns.separator());
    }

    @Test
    void theGuessTakesALabelNamedSoAndTheFirstNumericColumns() {
        CsvColumns.Choice guess = CsvColumns.of("id,name,age,class,income\n1,ann,30,yes,5\n").guess();
        // "id" numbers the rows and "name" is text, so the features are age and income; the label is
        // "class", not the last column.
        assertEquals(new CsvColumns.Choice(2, 4, 3), guess);
        assertEquals(new CsvColumns.Choice(0, 1, 2), CsvColumns.of("a,b,c\n1,2,yes\n").guess());
        assertEquals(new CsvColumns.Choice(0, 1, 4), CsvColumns.of(IRIS).guess());
    }

    @Test
    void projectingKeepsEveryLineWhereItWas() {
        CsvColumns columns = CsvColumns.of(IRIS);
        assertEquals("petal_length,petal_width,species\n1.4,0.2,setosa\n\n6.0,2.5,virginica",
                columns.project(IRIS, new CsvColumns.Choice(2, 3, 4)));
        assertEquals("sepal_width,species\n3.5,setosa\n\n3.3,virginica",
                columns.project(IRIS, new CsvColumns.Choice(1, -1, 4)));
    }

    @Test
    void fieldsHoldingTheSeparatorAreQuotedAgain() {
        String text = "a,b,c,d\n1,2,\"x, y\",0\n";
        assertEquals("a,c,d\n1,\"x, y\",0", CsvColumns.of(text).project(text, new CsvColumns.Choice(0, 2, 3)));
    }

    @Test
    void aShortLineIsNamed() {
        String text = IRIS + "5.0,3.0,1.6\n";
        CsvException e = assertThrows(CsvException.class,
                () -> CsvColumns.of(text).project(text, new CsvColumns.Choice(2, 3, 4)));
        assertEquals("line 5: expected 5 columns, found 3", e.getMessage());
    }

    @Test
    void aChoiceMustNameDifferentColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvColumns.of(IRIS).project(IRIS, new CsvColumns.Choice(2, 2, 4)));
        assertEquals("choose different columns for x₁, x₂ and the label (or leave x₂ out)", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> CsvColumns.of(IRIS).project(IRIS, new CsvColumns.Choice(0, 1, 5)));
    }

    @Test
    void anEmptyTextHasNoColumns() {
        assertEquals("the file is empty", assertThrows(CsvException.class, () -> CsvColumns.of(" \n\n")).getMessage());
    }
}

package dev.boundary.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.Mutations;
import dev.boundary.core.data.DataSet;
import dev.boundary.core.state.ScenarioJson;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing the CSV import: random and damaged files give points or a {@link CsvException} (an
 * IllegalArgumentException) with a short message, never another exception, within a bounded time; and
 * exported points import back bit for bit.
 */
class CsvFuzzTest {
    private static final List<String> FILES = files();

    private static List<String> files() {
        List<String> files = new ArrayList<>();
        for (String json : Mutations.exampleScenarios()) {
            files.add(CsvExport.write(ScenarioJson.read(json).data()));
        }
        files.add("id;petal length;petal width;species\n1;1,4;0,2;setosa\n2;5,1;1,9;virginica\n");
        files.add("\uFEFF\"x\",\"y\",\"label\"\r\n1,2,yes\r\n3,\"4\",no\r\n");
        files.add("a\tb\tc\td\n1\t2\t3\t0\n4\t5\t6\t1\n");
        return files;
    }

    @Provide
    Arbitrary<String> damagedFiles() {
        return Arbitraries.oneOf(Mutations.mutated(FILES),
                Arbitraries.strings().withChars("0123456789.,;\t\n\r\"-eE abcxyz").ofMaxLength(300));
    }

    @Property
    void damagedCsvGivesPointsOrAMessage(@ForAll("damagedFiles") String text) {
        long start = System.nanoTime();
        try {
            CsvColumns columns = CsvColumns.of(text);
            CsvImport.read("f.csv", text, columns.count() > 3 ? columns.guess() : null);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isEmpty(), "a message for " + text);
            assertTrue(e.getMessage().length() < 600, "a short message: " + e.getMessage());
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < Mutations.BOUND_MS, ms + " ms for " + text.length() + " characters");
    }

    @Provide
    Arbitrary<DataSet> dataSets() {
        Arbitrary<Double> coordinate = Arbitraries.oneOf(
                Arbitraries.doubles().between(-DataSet.MAX_COORDINATE, DataSet.MAX_COORDINATE),
                Arbitraries.doubles().between(-10, 10).ofScale(3),
                Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1e-300, DataSet.MAX_COORDINATE, 0.1));
        return Arbitraries.integers().between(1, 2).flatMap(features -> coordinate.list().ofMinSize(2 * features)
                .ofMaxSize(60 * features).map(values -> {
                    int n = values.size() / features;
                    double[] x = new double[n * features];
                    double[] labels = new double[n];
                    for (int i = 0; i < x.length; i++) {
                        x[i] = values.get(i);
                    }
                    for (int i = 0; i < n; i++) {
                        labels[i] = i % 2; // both classes, as an import needs
                    }
                    return new DataSet(features, x, labels);
                }));
    }

    @Property
    void exportedPointsImportBackTheSame(@ForAll("dataSets") DataSet data) {
        DataSet back = CsvImport.read("points.csv", CsvExport.write(data), null).data();
        assertArrayEquals(data.featureArray(), back.featureArray());
        assertArrayEquals(data.labelArray(), back.labelArray());
    }
}

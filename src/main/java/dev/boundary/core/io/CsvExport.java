package dev.boundary.core.io;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.state.ExactDecimal;

/**
 * Points as CSV for people and spreadsheets: a header {@code x1,x2,label} (or {@code x,label}), one
 * line per point ending in {@code \n}, labels {@code 0} or {@code 1}. Numbers are the shortest decimal
 * that reads back as the same double, written the same on every engine ({@link ExactDecimal}), so an
 * exported file imports back to exactly the same points in the browser too.
 */
public final class CsvExport {
    private CsvExport() {
    }

    public static String write(DataSet data) {
        int features = data.featureCount();
        StringBuilder text = new StringBuilder(16 + data.size() * 12 * (features + 1));
        text.append(features == 2 ? "x1,x2,label\n" : "x,label\n");
        for (int i = 0; i < data.size(); i++) {
            for (int j = 0; j < features; j++) {
                text.append(ExactDecimal.format(data.feature(i, j))).append(',');
            }
            text.append(data.label(i) == 1.0 ? '1' : '0').append('\n');
        }
        return text.toString();
    }
}

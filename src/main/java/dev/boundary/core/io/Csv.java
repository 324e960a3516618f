package dev.boundary.core.io;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.math.Quote;
import java.util.Arrays;
import java.util.List;

/**
 * Points as CSV text: two features and a label ({@code x1,x2,label}) or one feature and a label
 * ({@code x,label}).
 *
 * <p>Reading is forgiving about form and strict about content. The separator (comma, semicolon or
 * tab) is detected from the first non-blank line; a header is detected when that line's feature
 * fields are not numbers; blank lines are skipped; CR LF, CR and LF all end lines; fields are trimmed
 * and may be double-quoted; with a semicolon or tab separator a decimal comma ({@code 1,5}) is read as
 * a point. Labels may be 0/1 or any two distinct texts (see {@link #read(String)}). Any problem throws
 * a {@link CsvException} naming the line.
 */
public final class Csv {
    /** The largest number of data rows read. */
    public static final int MAX_ROWS = 50_000;

    /** Label texts read as class 0 when the other label is not one of them (compared ignoring case). */
    private static final String[] NEGATIVE_WORDS = {"0", "-1", "false", "no", "negative", "neg", "n", "f", "off"};

    private Csv() {
    }

    /**
     * Reads points from CSV text.
     *
     * <p>Labels: the label column must take exactly two distinct values. A label written as a number
     * equal to 0 or 1 ({@code 1.0}) counts as {@code "0"} or {@code "1"}. Which text becomes class 0:
     * if exactly one of the two is a known negative ({@code 0}, {@code -1}, {@code false}, {@code no},
     * {@code negative}, {@code neg}, {@code n}, {@code f}, {@code off}, any case), that one; otherwise
     * the first in {@link String#compareTo} order. {@link CsvResult#labelMapping()} reports the choice.
     *
     * @param text the whole file; a leading byte-order mark is ignored
     * @throws CsvException for an empty file, a bad column count, a field that is not a number, a
     *     non-finite value, one class only, a third label, or more than {@link #MAX_ROWS} rows
     */
    public static CsvResult read(String text) {
        CsvReader reader = new CsvReader(text);
        return reader.read();
    }

    /** The label text that becomes class 0, of two distinct texts {@code a} and {@code b}. */
    static String negativeOf(String a, String b) {
        boolean aNegative = isNegativeWord(a);
        boolean bNegative = isNegativeWord(b);
        if (aNegative != bNegative) {
            return aNegative ? a : b;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static boolean isNegativeWord(String label) {
        String lower = CsvFields.asciiLowerCase(label);
        for (String word : NEGATIVE_WORDS) {
            if (word.equals(lower)) {
                return true;
            }
        }
        return false;
    }

    /** One pass over the text; holds the growing columns. */
    private static final class CsvReader {
        private final CsvFields.Lines lines;
        private int lineNumber;
        private char separator;
        private boolean decimalComma;
        private int columns;
        private String[] headerNames;
        private double[] features = new double[64];
        private String[] labelTexts = new String[32];
        private int rows;
        private String firstLabel;
        private String secondLabel;

        CsvReader(String text) {
            this.lines = new CsvFields.Lines(text);
        }

        CsvResult read() {
            String line;
            while ((line = lines.next()) != null) {
                lineNumber = lines.number();
                if (line.trim().isEmpty()) {
                    continue;
                }
                if (columns == 0) {
                    readFirstLine(line);
                } else {
                    readRow(CsvFields.split(line, separator, lineNumber));
                }
            }
            return result();
        }

        private void readFirstLine(String line) {
            separator = CsvFields.detectSeparator(line);
            decimalComma = separator != ',';
            List<String> fields = CsvFields.split(line, separator, lineNumber);
            if (fields.size() != 2 && fields.size() != 3) {
                throw new CsvException(lineNumber, "expected 2 columns (x, label) or 3 columns (x1, x2, label), found "
                        + fields.size());
            }
            columns = fields.size();
            boolean header = false;
            for (int j = 0; j < columns - 1; j++) {
                String field = fields.get(j);
                if (Double.isNaN(CsvFields.parseNumber(field, decimalComma)) && !CsvFields.isNonFiniteWord(field)) {
                    header = true;
                }
            }
            if (header) {
                headerNames = fields.toArray(new String[0]);
            } else {
                readRow(fields);
            }
        }

        private void readRow(List<String> fields) {
            if (fields.size() != columns) {
                throw new CsvException(lineNumber, "expected " + columns + " columns, found " + fields.size());
            }
            if (rows == MAX_ROWS) {
                throw new CsvException(lineNumber, "more than " + MAX_ROWS + " rows");
            }
            int featureCount = columns - 1;
            if (features.length < (rows + 1) * featureCount) {
                features = Arrays.copyOf(features, 2 * features.length);
            }
            for (int j = 0; j < featureCount; j++) {
                features[rows * featureCount + j] = number(fields.get(j), j + 1);
            }
            if (labelTexts.length == rows) {
                labelTexts = Arrays.copyOf(labelTexts, 2 * rows);
            }
            labelTexts[rows] = label(fields.get(featureCount), columns);
            rows++;
        }

        private double number(String field, int column) {
            if (field.isEmpty()) {
                throw new CsvException(lineNumber, "column " + column + " is empty");
            }
            if (CsvFields.isNonFiniteWord(field)) {
                throw new CsvException(lineNumber, "value is not finite (column " + column + ")");
            }
            double value = CsvFields.parseNumber(field, decimalComma);
            if (Double.isNaN(value)) {
                throw new CsvException(lineNumber, Quote.of(field) + " is not a number (column " + column + ")");
            }
            if (Double.isInfinite(value)) {
                throw new CsvException(lineNumber, "value is not finite (column " + column + ")");
            }
            if (Math.abs(value) > DataSet.MAX_COORDINATE) {
                throw new CsvException(lineNumber, Quote.of(field) + " is too large (column " + column + "); "
                        + DataSet.COORDINATE_LIMIT);
            }
            return value;
        }

        private String label(String field, int column) {
            if (field.isEmpty()) {
                throw new CsvException(lineNumber, "the label (column " + column + ") is empty");
            }
            double value = CsvFields.parseNumber(field, decimalComma);
            String label = value == 0.0 ? "0" : value == 1.0 ? "1" : field;
            if (firstLabel == null) {
                firstLabel = label;
            } else if (secondLabel == null && !label.equals(firstLabel)) {
                secondLabel = label;
            } else if (!label.equals(firstLabel) && !label.equals(secondLabel)) {
                throw new CsvException(lineNumber, "a third label " + Quote.of(label) + "; labels must take two values ("
                        + Quote.of(firstLabel) + " and " + Quote.of(secondLabel) + " so far)");
            }
            return label;
        }

        private CsvResult result() {
            if (columns == 0) {
                throw new CsvException(0, "the file is empty");
            }
            if (rows == 0) {
                throw new CsvException(0, "the file has a header but no data rows");
            }
            if (secondLabel == null) {
                throw new CsvException(0, "only one class found (label " + firstLabel + "); two are needed");
            }
            String negative = negativeOf(firstLabel, secondLabel);
            String positive = negative.equals(firstLabel) ? secondLabel : firstLabel;
            int featureCount = columns - 1;
            double[] labels = new double[rows];
            for (int i = 0; i < rows; i++) {
                labels[i] = labelTexts[i].equals(positive) ? 1 : 0;
            }
            DataSet dataSet = new DataSet(featureCount, Arrays.copyOf(features, rows * featureCount), labels);
            return new CsvResult(dataSet, headerNames, negative, positive, separator);
        }
    }
}

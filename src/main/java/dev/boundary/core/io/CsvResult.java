package dev.boundary.core.io;

import dev.boundary.core.data.DataSet;

/**
 * What {@link Csv#read(String)} found: the points, the header names if the file had a header, and
 * which label text became class 0 and which became class 1.
 */
public final class CsvResult {
    private final DataSet dataSet;
    private final String[] headerNames;
    private final String negativeLabel;
    private final String positiveLabel;
    private final char separator;

    CsvResult(DataSet dataSet, String[] headerNames, String negativeLabel, String positiveLabel,
            char separator) {
        this.dataSet = dataSet;
        this.headerNames = headerNames == null ? new String[0] : headerNames.clone();
        this.negativeLabel = negativeLabel;
        this.positiveLabel = positiveLabel;
        this.separator = separator;
    }

    /** The points read, in file order; 1 or 2 features. */
    public DataSet dataSet() {
        return dataSet;
    }

    /** Whether the first line was a header. */
    public boolean hasHeader() {
        return headerNames.length > 0;
    }

    /** The header's column names (2 or 3, the label's last), or an empty array when there was none. */
    public String[] headerNames() {
        return headerNames.clone();
    }

    /** The label text read as class 0, e.g. {@code "0"}, {@code "no"}, {@code "false"}. */
    public String negativeLabel() {
        return negativeLabel;
    }

    /** The label text read as class 1, e.g. {@code "1"}, {@code "yes"}, {@code "true"}. */
    public String positiveLabel() {
        return positiveLabel;
    }

    /** Whether the labels were other than 0 and 1, so the page should say how they were mapped. */
    public boolean labelsMapped() {
        return !(negativeLabel.equals("0") && positiveLabel.equals("1"));
    }

    /** The mapping for people, e.g. {@code no → 0, yes → 1}. */
    public String labelMapping() {
        return negativeLabel + " → 0, " + positiveLabel + " → 1";
    }

    /** The separator detected: {@code ','}, {@code ';'} or {@code '\t'}. */
    public char separator() {
        return separator;
    }
}

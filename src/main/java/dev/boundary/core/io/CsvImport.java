package dev.boundary.core.io;

import dev.boundary.core.data.DataSet;

/**
 * Points imported from a CSV text, with what people should be told: which columns were used and how
 * the labels were mapped to 0 and 1. Reading either gives all the points or throws; nothing is
 * applied in between.
 */
public final class CsvImport {
    private final DataSet data;
    private final String title;
    private final String summary;

    private CsvImport(DataSet data, String title, String summary) {
        this.data = data;
        this.title = title;
        this.summary = summary;
    }

    /**
     * Reads the points of {@code text}: a file of 2 or 3 columns as it is, a wider one through
     * {@code choice} (or, when null, {@link CsvColumns#guess()}).
     *
     * @param name the file's name, or e.g. "the pasted text", for the title and summary
     * @throws CsvException saying what is wrong and on which line of {@code text}
     * @throws IllegalArgumentException when {@code choice} does not fit the columns
     */
    public static CsvImport read(String name, String text, CsvColumns.Choice choice) {
        CsvColumns columns = CsvColumns.of(text);
        String used = "";
        CsvResult result;
        if (columns.count() <= 3 && choice == null) {
            result = Csv.read(text);
            if (result.hasHeader()) {
                used = columnsText(result.headerNames());
            }
        } else {
            CsvColumns.Choice chosen = choice == null ? columns.guess() : choice;
            result = Csv.read(columns.project(text, chosen));
            used = chosen.x2() >= 0
                    ? columnsText(columns.name(chosen.x1()), columns.name(chosen.x2()), columns.name(chosen.label()))
                    : columnsText(columns.name(chosen.x1()), columns.name(chosen.label()));
        }
        DataSet data = result.dataSet();
        StringBuilder summary = new StringBuilder();
        summary.append(data.size()).append(data.size() == 1 ? " point" : " points").append(" from ").append(name);
        if (!used.isEmpty()) {
            summary.append(" (").append(used).append(')');
        }
        summary.append("; labels ").append(shortened(result.negativeLabel())).append(" → 0, ")
                .append(shortened(result.positiveLabel())).append(" → 1");
        return new CsvImport(data, titleOf(name), summary.toString());
    }

    /** The points read. */
    public DataSet data() {
        return data;
    }

    /** A title for the scenario: the file's name without its extension. */
    public String title() {
        return title;
    }

    /**
     * What was read, for people, e.g. {@code 150 points from iris.csv (x₁ petal_length, x₂ petal_width,
     * label species); labels versicolor → 0, virginica → 1}.
     */
    public String summary() {
        return summary;
    }

    private static String columnsText(String... names) {
        for (int i = 0; i < names.length; i++) {
            names[i] = shortened(names[i]);
        }
        if (names.length == 3) {
            return "x₁ " + names[0] + ", x₂ " + names[1] + ", label " + names[2];
        }
        return "x " + names[0] + ", label " + names[1];
    }

    /** A column name of at most 60 characters, so a summary stays readable (and within a description). */
    private static String shortened(String name) {
        return name.length() <= 60 ? name : name.substring(0, 59) + "…";
    }

    private static String titleOf(String name) {
        int dot = name.lastIndexOf('.');
        String title = dot > 0 ? name.substring(0, dot) : name;
        return title.length() > 200 ? title.substring(0, 200) : title;
    }
}

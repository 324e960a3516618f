package dev.boundary.core.data;

/**
 * Fisher's Iris data, petals only: 150 flowers, petal length and petal width in centimetres, label 1
 * for Iris virginica and 0 for setosa and versicolor (the task of “Nothing but NumPy”: virginica vs. the rest).
 *
 * <p>Source: R. A. Fisher (1936), "The use of multiple measurements in taxonomic problems", Annals of
 * Eugenics 7(2), 179–188; measurements by Edgar Anderson. Distributed by the UCI Machine Learning
 * Repository (Iris data set) and copied here from scikit-learn's {@code load_iris}, whose copy
 * corrects two rows of the UCI file (rows 35 and 38, both setosa, to Fisher's values). Rows are in
 * scikit-learn's order: rows 1–50 setosa, 51–100 versicolor, 101–150 virginica.
 */
public final class Iris {
    /** Number of flowers. */
    public static final int SIZE = 150;

    /** Row-major {@code [150 × 2]}: petal length, petal width (cm). Comments give 1-based row numbers. */
    private static final double[] PETALS = {
        // setosa
        1.4, 0.2, 1.4, 0.2, 1.3, 0.2, 1.5, 0.2, 1.4, 0.2, //   1–5
        1.7, 0.4, 1.4, 0.3, 1.5, 0.2, 1.4, 0.2, 1.5, 0.1, //   6–10
        1.5, 0.2, 1.6, 0.2, 1.4, 0.1, 1.1, 0.1, 1.2, 0.2, //  11–15
        1.5, 0.4, 1.3, 0.4, 1.4, 0.3, 1.7, 0.3, 1.5, 0.3, //  16–20
        1.7, 0.2, 1.5, 0.4, 1.0, 0.2, 1.7, 0.5, 1.9, 0.2, //  21–25
        1.6, 0.2, 1.6, 0.4, 1.5, 0.2, 1.4, 0.2, 1.6, 0.2, //  26–30
        1.6, 0.2, 1.5, 0.4, 1.5, 0.1, 1.4, 0.2, 1.5, 0.2, //  31–35
        1.2, 0.2, 1.3, 0.2, 1.4, 0.1, 1.3, 0.2, 1.5, 0.2, //  36–40
        1.3, 0.3, 1.3, 0.3, 1.3, 0.2, 1.6, 0.6, 1.9, 0.4, //  41–45
        1.4, 0.3, 1.6, 0.2, 1.4, 0.2, 1.5, 0.2, 1.4, 0.2, //  46–50
        // versicolor
        4.7, 1.4, 4.5, 1.5, 4.9, 1.5, 4.0, 1.3, 4.6, 1.5, //  51–55
        4.5, 1.3, 4.7, 1.6, 3.3, 1.0, 4.6, 1.3, 3.9, 1.4, //  56–60
        3.5, 1.0, 4.2, 1.5, 4.0, 1.0, 4.7, 1.4, 3.6, 1.3, //  61–65
        4.4, 1.4, 4.5, 1.5, 4.1, 1.0, 4.5, 1.5, 3.9, 1.1, //  66–70
        4.8, 1.8, 4.0, 1.3, 4.9, 1.5, 4.7, 1.2, 4.3, 1.3, //  71–75
        4.4, 1.4, 4.8, 1.4, 5.0, 1.7, 4.5, 1.5, 3.5, 1.0, //  76–80
        3.8, 1.1, 3.7, 1.0, 3.9, 1.2, 5.1, 1.6, 4.5, 1.5, //  81–85
        4.5, 1.6, 4.7, 1.5, 4.4, 1.3, 4.1, 1.3, 4.0, 1.3, //  86–90
        4.4, 1.2, 4.6, 1.4, 4.0, 1.2, 3.3, 1.0, 4.2, 1.3, //  91–95
        4.2, 1.2, 4.2, 1.3, 4.3, 1.3, 3.0, 1.1, 4.1, 1.3, //  96–100
        // virginica
        6.0, 2.5, 5.1, 1.9, 5.9, 2.1, 5.6, 1.8, 5.8, 2.2, // 101–105
        6.6, 2.1, 4.5, 1.7, 6.3, 1.8, 5.8, 1.8, 6.1, 2.5, // 106–110
        5.1, 2.0, 5.3, 1.9, 5.5, 2.1, 5.0, 2.0, 5.1, 2.4, // 111–115
        5.3, 2.3, 5.5, 1.8, 6.7, 2.2, 6.9, 2.3, 5.0, 1.5, // 116–120
        5.7, 2.3, 4.9, 2.0, 6.7, 2.0, 4.9, 1.8, 5.7, 2.1, // 121–125
        6.0, 1.8, 4.8, 1.8, 4.9, 1.8, 5.6, 2.1, 5.8, 1.6, // 126–130
        6.1, 1.9, 6.4, 2.0, 5.6, 2.2, 5.1, 1.5, 5.6, 1.4, // 131–135
        6.1, 2.3, 5.6, 2.4, 5.5, 1.8, 4.8, 1.8, 5.4, 2.1, // 136–140
        5.6, 2.4, 5.1, 2.3, 5.1, 1.9, 5.9, 2.3, 5.7, 2.5, // 141–145
        5.2, 2.3, 5.0, 1.9, 5.2, 2.0, 5.4, 2.3, 5.1, 1.8, // 146–150
    };

    private Iris() {
    }

    /** The 150 petals as a data set: 2 features (length, width in cm), virginica labelled 1. */
    public static DataSet petals() {
        double[] labels = new double[SIZE];
        for (int i = 100; i < SIZE; i++) {
            labels[i] = 1;
        }
        return new DataSet(2, PETALS, labels);
    }
}

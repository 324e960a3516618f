package dev.boundary.core.session;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.metrics.ConfusionMatrix;
import dev.boundary.core.train.Trainer;

/**
 * The training points' part of what a {@link Trainer} knows about all the points: their p̂ and labels
 * (for the metrics and curves, which count training points only), their confusion matrix, and the
 * training points as a data set (for the batch gradient and the loss surface). Without a test set
 * these are the trainer's own arrays and data; with one they are gathered, the test points left out,
 * in data order.
 */
final class TrainingPoints {
    private final ConfusionMatrix confusion = new ConfusionMatrix();
    private double[] probabilities = new double[0];
    private double[] labels = new double[0];
    private DataSet data;
    private DataSet dataOf;
    private boolean[] splitOf;

    /**
     * Gathers p̂ and the labels of the training points and counts them at {@code threshold}; call after
     * every change of the trainer or the threshold.
     */
    void gather(Trainer trainer, double threshold) {
        gather(trainer);
        confusion.count(probabilities(trainer), labels(trainer), trainer.trainingCount(), threshold);
    }

    private void gather(Trainer trainer) {
        boolean[] test = trainer.testFlags();
        if (test == null) {
            return;
        }
        int m = trainer.data().size();
        if (probabilities.length < m) {
            probabilities = new double[m];
            labels = new double[m];
        }
        double[] p = trainer.probabilities();
        double[] y = trainer.labels();
        int next = 0;
        for (int i = 0; i < m; i++) {
            if (!test[i]) {
                probabilities[next] = p[i];
                labels[next++] = y[i];
            }
        }
    }

    /** p̂ of the training points as last gathered; the first {@link Trainer#trainingCount()} count. */
    double[] probabilities(Trainer trainer) {
        return trainer.testCount() == 0 ? trainer.probabilities() : probabilities;
    }

    /** The labels matching {@link #probabilities}. */
    double[] labels(Trainer trainer) {
        return trainer.testCount() == 0 ? trainer.labels() : labels;
    }

    /** The confusion matrix of the training points as last counted. */
    ConfusionMatrix confusion() {
        return confusion;
    }

    /** The training points as a data set, made again only when the points or the split changed. */
    DataSet data(Trainer trainer) {
        boolean[] test = trainer.testFlags();
        DataSet all = trainer.data();
        if (test == null) {
            return all;
        }
        if (data == null || dataOf != all || splitOf != test) {
            int d = all.featureCount();
            int n = trainer.trainingCount();
            double[] features = new double[n * d];
            double[] pointLabels = new double[n];
            for (int i = 0, next = 0; i < all.size(); i++) {
                if (!test[i]) {
                    for (int j = 0; j < d; j++) {
                        features[next * d + j] = all.feature(i, j);
                    }
                    pointLabels[next++] = all.label(i);
                }
            }
            data = new DataSet(d, features, pointLabels);
            dataOf = all;
            splitOf = test;
        }
        return data;
    }
}

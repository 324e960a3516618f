package dev.boundary.core.state;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.train.TrainingSettings;
import java.util.Arrays;

/** Field-by-field equality of scenarios, for the parts (data, settings) that define none themselves. */
final class ScenarioEquality {
    private ScenarioEquality() {
    }

    static boolean same(Scenario a, Scenario b) {
        return a.title().equals(b.title()) && a.description().equals(b.description())
                && sameData(a.data(), b.data()) && a.model().sameAs(b.model())
                && Arrays.equals(a.initialWeights(), b.initialWeights()) && a.seed() == b.seed()
                && sameTraining(a.training(), b.training()) && a.epochs() == b.epochs()
                && sameDouble(a.threshold(), b.threshold())
                && (a.trained() == null ? b.trained() == null : a.trained().equals(b.trained()));
    }

    static boolean sameData(DataSet a, DataSet b) {
        return a.featureCount() == b.featureCount() && Arrays.equals(a.featureArray(), b.featureArray())
                && Arrays.equals(a.labelArray(), b.labelArray());
    }

    static boolean sameTraining(TrainingSettings a, TrainingSettings b) {
        return a.loss() == b.loss() && a.optimizer() == b.optimizer() && sameDouble(a.learningRate(), b.learningRate())
                && a.batchSize() == b.batchSize() && sameDouble(a.l2(), b.l2()) && sameDouble(a.l1(), b.l1())
                && sameDouble(a.testFraction(), b.testFraction());
    }

    private static boolean sameDouble(double a, double b) {
        return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
    }

    static int hash(Scenario s) {
        int h = s.title().hashCode();
        h = 31 * h + Arrays.hashCode(s.data().featureArray());
        h = 31 * h + Arrays.hashCode(s.data().labelArray());
        h = 31 * h + Arrays.hashCode(s.initialWeights());
        h = 31 * h + (int) (s.seed() ^ (s.seed() >>> 32));
        return 31 * h + (s.trained() == null ? 0 : s.trained().hashCode());
    }
}

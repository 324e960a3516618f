package dev.boundary.core.session;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.Preset;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.train.Trainer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every "settings that work" reaches the accuracy it states within the epochs it states. */
class RecommendationTest {

    @ParameterizedTest
    @EnumSource(Preset.class)
    void reachesTheStatedAccuracyWithinTheStatedEpochs(Preset preset) {
        Recommendation advice = Recommendation.of(preset);
        Scenario start = Defaults.playground().withDataAndModel(preset.generate(Defaults.SEED),
                Defaults.playground().model().forDimension(preset.generate(Defaults.SEED).featureCount()));
        Trainer trainer = advice.applyTo(start).newTrainer();
        int epoch = 0;
        while (epoch < advice.epochs() && trainer.accuracy() < advice.accuracy()) {
            trainer.trainEpoch();
            epoch++;
        }
        assertTrue(trainer.accuracy() >= advice.accuracy(), preset.id() + ": " + trainer.accuracy() + " after "
                + epoch + " epochs, stated " + advice.accuracy() + " within " + advice.epochs());
    }
}

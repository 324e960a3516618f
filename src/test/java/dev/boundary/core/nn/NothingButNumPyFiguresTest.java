package dev.boundary.core.nn;

import static dev.boundary.core.NothingButNumPy.and;
import static dev.boundary.core.NothingButNumPy.andNeuron;
import static dev.boundary.core.NothingButNumPy.xor;
import static dev.boundary.core.NothingButNumPy.xorNetwork;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.train.Trainer;
import dev.boundary.core.train.TrainingSettings;
import org.junit.jupiter.api.Test;

/** The worked figures of “Nothing but NumPy”, full batch, learning rate 1. */
class NothingButNumPyFiguresTest {
    private static Trainer trainer(Network network, DataSet data, Loss loss) {
        return new Trainer(network, data, TrainingSettings.gradientDescent(1.0).withLoss(loss), new SeededRandom(1));
    }

    @Test
    void andNeuronCostBeforeAndAfterOneStep() {
        Trainer trainer = trainer(andNeuron(0.1, 0.6), and(), Loss.CROSS_ENTROPY);
        assertEquals(0.719554, trainer.cost(), 1e-6);
        assertTrue(trainer.trainEpoch());
        assertEquals(0.618313, trainer.cost(), 1e-6);
        assertEquals(1, trainer.epoch());
    }

    @Test
    void andNeuronAfterFiveThousandEpochsSettlesWhereTheSeedSays() {
        // “Nothing but NumPy”: "the Cost steadily decreases to about 0.003, our weights settle to around
        // W = [10.678, 10.678], bias resolves to around b = [-16.186]".
        Network network = andNeuron(0.1, 0.6);
        Trainer trainer = trainer(network, and(), Loss.CROSS_ENTROPY);
        for (int i = 0; i < 5000; i++) {
            trainer.trainEpoch();
        }
        assertEquals(0.003, trainer.cost(), 0.0005);
        assertEquals(10.678, network.layer(0).weight(0, 0), 0.01);
        assertEquals(10.678, network.layer(0).weight(0, 1), 0.01);
        assertEquals(-16.186, network.layer(0).biases()[0], 0.01);
    }

    @Test
    void xorNetworkCostBeforeAndAfterOneStep() {
        Trainer trainer = trainer(xorNetwork(), xor(), Loss.CROSS_ENTROPY);
        assertEquals(0.779514, trainer.cost(), 1e-6);
        trainer.trainEpoch();
        assertEquals(0.715106, trainer.cost(), 1e-6);
    }

    @Test
    void stableCrossEntropyIsFiniteWhereTheNaiveFormFails() {
        // z = (0, 60, -10, 50) for the four AND inputs with W = [-10, 60], b = 0:
        // stable losses log 2, 60 + log(1+e^-60), log(1+e^-10), log(1+e^-50); mean 15.173298.
        Trainer stable = trainer(andNeuron(-10, 60), and(), Loss.CROSS_ENTROPY);
        assertEquals(15.173298, stable.cost(), 1e-6);
        assertFalse(stable.hasDiverged());

        Trainer naive = trainer(andNeuron(-10, 60), and(), Loss.NAIVE_CROSS_ENTROPY);
        double cost = naive.cost();
        assertTrue(Double.isNaN(cost) || Double.isInfinite(cost), "naive cost was " + cost);
        assertTrue(naive.hasDiverged());
        assertTrue(naive.divergence().contains("log(0)"), naive.divergence());
        assertFalse(naive.trainEpoch());
    }
}

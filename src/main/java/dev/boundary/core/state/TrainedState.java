package dev.boundary.core.state;

import dev.boundary.core.math.Validate;
import dev.boundary.core.nn.Network;
import java.util.Arrays;

/**
 * Where training had got to when a scenario was saved: the number of epochs trained and every
 * parameter in {@link Network}'s flat order (layer by layer, weights row-major, then biases).
 * Immutable; values are finite.
 */
public final class TrainedState {
    private final int epoch;
    private final double[] parameters;

    /**
     * @param epoch epochs trained, 0 or more
     * @param parameters flat parameters, each finite; copied
     */
    public TrainedState(int epoch, double[] parameters) {
        Validate.isTrue(epoch >= 0, "the trained epoch must be 0 or more, was " + epoch);
        for (int i = 0; i < parameters.length; i++) {
            Validate.finite(parameters[i], "trained parameter " + (i + 1));
        }
        this.epoch = epoch;
        this.parameters = parameters.clone();
    }

    /** The current parameters of {@code network}, trained for {@code epoch} epochs. */
    public static TrainedState capture(int epoch, Network network) {
        double[] values = new double[network.parameterCount()];
        network.copyParameters(values);
        return new TrainedState(epoch, values);
    }

    public int epoch() {
        return epoch;
    }

    public int parameterCount() {
        return parameters.length;
    }

    /** Parameter {@code index} in flat order. */
    public double parameter(int index) {
        return parameters[index];
    }

    /** A copy of the flat parameters. */
    public double[] parameters() {
        return parameters.clone();
    }

    /** Same epoch and bit-for-bit equal parameters. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof TrainedState)) {
            return false;
        }
        TrainedState that = (TrainedState) other;
        return epoch == that.epoch && Arrays.equals(parameters, that.parameters);
    }

    @Override
    public int hashCode() {
        return 31 * epoch + Arrays.hashCode(parameters);
    }
}

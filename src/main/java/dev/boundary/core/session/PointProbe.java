package dev.boundary.core.session;

import dev.boundary.core.nn.Loss;
import dev.boundary.core.nn.Network;
import dev.boundary.core.nn.Workspace;

/**
 * The forward pass at one point, for the read-outs under the pointer: its own one-row workspace, so
 * a look at a point never disturbs the trainer's passes.
 */
final class PointProbe {
    private final Network network;
    private final Workspace workspace;

    PointProbe(Network network) {
        this.network = network;
        this.workspace = network.newWorkspace(1);
    }

    /**
     * Fills {@code out [3]} with z, p̂ and, when {@code label} is 0 or 1, that label's {@code loss}
     * (else NaN) at (x1, x2); x2 is ignored by a one-input network.
     */
    void inspect(double x1, double x2, double label, Loss loss, double[] out) {
        workspace.input().setRows(1);
        network.spec().features().map(x1, x2, workspace.input().data(), 0);
        network.forward(workspace);
        double z = workspace.logits()[0];
        double pHat = workspace.probabilities()[0];
        out[0] = z;
        out[1] = pHat;
        out[2] = label == 0.0 || label == 1.0 ? loss.loss(z, pHat, label) : Double.NaN;
    }
}

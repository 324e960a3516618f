package dev.boundary.core.export;

/**
 * The parts of an exported script that every model shares: the random generator, the test split,
 * the forward and backward passes over any number of layers, the evaluation of an epoch's row and
 * the training loop. Each is Python text; the generator ({@link NumpyScript}) puts them in order.
 */
final class NumpyParts {
    private NumpyParts() {
    }

    static final String IMPORTS = """
            import decimal
            import struct
            import sys

            import numpy as np

            # Overflow to inf or NaN is not an error here: it is reported as divergence, as the page does.
            np.seterr(all="ignore")
            """;

    /** SplitMix64 with Python's integers, exactly as the page draws: same seed, same numbers. */
    static final String GENERATOR = """

            # ---- the random generator: SplitMix64, with Python's plain integers --------------
            MASK = 2**64 - 1  # the page's generator computes modulo 2^64


            def mix(z):
                \"\"\"SplitMix64's finaliser: z ^= z>>30; z *= 0xBF58476D1CE4E5B9; z ^= z>>27; z *= 0x94D049BB133111EB; z ^= z>>31.\"\"\"
                z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
                z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
                return z ^ (z >> 31)


            class SplitMix64:
                \"\"\"The page's seeded generator: state += golden gamma, output mix(state).\"\"\"

                def __init__(self, seed):
                    self.state = seed & MASK

                def next(self):
                    \"\"\"The next 64 random bits.\"\"\"
                    self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
                    return mix(self.state)

                def below(self, bound):
                    \"\"\"A whole number in [0, bound): the top 31 bits of next() modulo bound.\"\"\"
                    return (self.next() >> 33) % bound

                def shuffle(self, order):
                    \"\"\"Fisher–Yates in place, from the last position down, as the page shuffles.\"\"\"
                    for i in range(len(order) - 1, 0, -1):
                        j = self.below(i + 1)
                        order[i], order[j] = order[j], order[i]
            """;

    /** The test split: a fixed hash of each point's own coordinates and label. */
    static final String TEST_SPLIT = """


            def float_bits(x):
                \"\"\"The bits of x rounded to a 32-bit float, as a signed integer.\"\"\"
                return struct.unpack("<i", struct.pack("<f", x))[0]


            def held_out(x1, x2, y):
                \"\"\"True for a test point: its fixed position in [0, 1), a hash of its coordinates and
                label, is below TEST_FRACTION. No other point moves it, so the split never depends on order.\"\"\"
                z = ((float_bits(x1) + 2**32) * 0x9E3779B97F4A7C15) & MASK
                z = ((z ^ (float_bits(x2) & MASK)) * 0xC2B2AE3D27D4EB4F) & MASK
                if y == 1:
                    z = (z + 0x165667B19E3779F9) & MASK
                position = (mix(z) >> 11) / 2**53
                return TEST_FRACTION > 0 and position < TEST_FRACTION


            TEST = np.array([held_out(p[0], p[1] if len(p) == 3 else 0.0, p[-1]) for p in POINTS.tolist()], dtype=bool)
            TRAIN = ~TEST
            """;

    /** Forward and backward passes through the layers; the choices supply g, the loss and the penalty. */
    static final String PASSES = """


            # ---- forward and backward propagation ---------------------------------------------
            def forward(X, parameters):
                \"\"\"For each layer l: Z = A_prev·Wᵀ + b and A = g(Z), starting from A_prev = X, with the
                hidden activation g in the hidden layers and σ at the output. Returns every layer's
                (A_prev, Z, A); the last A is p̂ [m × 1].\"\"\"
                cache = []
                A = X
                for l, (W, b) in enumerate(parameters):
                    Z = A @ W.T + b
                    A_prev, A = A, (sigmoid(Z) if l == len(parameters) - 1 else activation(Z))
                    cache.append((A_prev, Z, A))
                return cache


            def backward(cache, Y, parameters):
                \"\"\"From the output's dZ = ∂L/∂z back to the first layer; for each layer:
                dW = (1/m)·dZᵀ·A_prev + ∂penalty/∂W (the L1 or L2 term's),  db = (1/m)·Σ dZ,
                and for the layer before it: dA_prev = dZ·W,  dZ_prev = dA_prev ∘ g'(Z_prev).\"\"\"
                m = Y.shape[0]
                _, Z, P = cache[-1]
                dZ = output_gradient(Z, P, Y)
                gradients = [None] * len(parameters)
                for l in reversed(range(len(parameters))):
                    W, b = parameters[l]
                    A_prev = cache[l][0]
                    dW = (dZ.T @ A_prev) * (1 / m) + penalty_gradient(W, m)
                    db = dZ.sum(axis=0) * (1 / m)
                    gradients[l] = [dW, db]
                    if l > 0:
                        Z_prev = cache[l - 1][1]  # and A_prev = g(Z_prev)
                        dZ = activation_backward(dZ @ W, Z_prev, A_prev)
                return gradients
            """;

    /** One row of the CSV: the cost and accuracy of the training points, printed as the replay does. */
    static final String EVALUATION = """


            # ---- one row of the history: cost and accuracy of the training points ----------------
            def evaluate(parameters):
                \"\"\"cost = (1/n)·Σ L over the n training points + penalty; accuracy = the share of them
                on the right side of the threshold (predicted 1 when p̂ ≥ THRESHOLD).\"\"\"
                n = int(TRAIN.sum())
                _, Z, P = forward(INPUTS, parameters)[-1]
                cost = loss(Z, P, Y)[TRAIN].sum() / n + penalty(parameters, n)
                right = (P >= THRESHOLD) == (Y == 1)
                return float(cost), int(right[TRAIN].sum()) / n


            def java_number(x):
                \"\"\"x as Java's Double.toString writes it, so that the rows match the replay's: the shortest
                digits that read back as x, plain from 0.001 to 10^7, else as d.dddE-n.\"\"\"
                if x == 0:
                    return "0.0"
                sign, digits, exponent = decimal.Decimal(repr(x)).as_tuple()
                digits = "".join(map(str, digits))
                first = len(digits) + exponent - 1  # the power of ten of the first digit
                digits = digits.rstrip("0")
                text = "-" if sign else ""
                if 1e-3 <= abs(x) < 1e7:
                    if first >= 0:
                        whole, fraction = digits[:first + 1].ljust(first + 1, "0"), digits[first + 1:]
                    else:
                        whole, fraction = "0", "0" * (-first - 1) + digits
                    return text + whole + "." + (fraction or "0")
                return text + digits[0] + "." + (digits[1:] or "0") + "E" + str(first)


            def report(epoch, parameters):
                \"\"\"Prints the row of this epoch; False, with the reason on standard error, when the cost or a
                weight is no longer finite (the replay stops there too).\"\"\"
                cost, accuracy = evaluate(parameters)
                if not (np.isfinite(cost) and all(np.isfinite(array).all() for layer in parameters for array in layer)):
                    print("training diverged at epoch %d: the cost or a weight is no longer finite" % epoch, file=sys.stderr)
                    return False
                print("%d,%s,%s" % (epoch, java_number(cost), java_number(accuracy)))
                return True
            """;

    /**
     * The loop over epochs and batches; with {@code stopAtZero} (L1) each update is followed by
     * {@code stop_at_zero}, which the penalty's part defines.
     */
    static String training(boolean stopAtZero) {
        String update = "            update(parameters, gradients, state)\n";
        return stopAtZero ? TRAINING.replace(update, "            before = [W.copy() for W, b in parameters]\n"
                + update + "            stop_at_zero(before, parameters)\n") : TRAINING;
    }

    private static final String TRAINING = """


            # ---- training -----------------------------------------------------------------------
            def train():
                \"\"\"Prints epoch,cost,accuracy for epochs 0 (before training) to EPOCHS; returns the exit
                status: 0, or 1 when training diverged.\"\"\"
                parameters = [[W.copy(), b.copy()] for W, b in INITIAL_PARAMETERS]
                random = SplitMix64(SEED)
                for _ in range(DRAWS_BEFORE_TRAINING):
                    random.next()
                order = [i for i in range(len(POINTS)) if TRAIN[i]]  # the training points, in data order
                m = len(order)
                print("epoch,cost,accuracy")
                if m == 0:
                    return 0
                batch = m if BATCH_SIZE == "full" else max(1, min(BATCH_SIZE, m))
                state = optimizer_state(parameters)
                if not report(0, parameters):
                    return 1
                for epoch in range(1, EPOCHS + 1):
                    if batch < m:
                        random.shuffle(order)  # a new order every epoch; the last batch may be smaller
                    for start in range(0, m, batch):
                        rows = order[start:start + batch]
                        cache = forward(INPUTS[rows], parameters)
                        gradients = backward(cache, Y[rows], parameters)
                        update(parameters, gradients, state)
                    if not report(epoch, parameters):
                        return 1
                return 0


            if __name__ == "__main__":
                sys.exit(train())
            """;
}

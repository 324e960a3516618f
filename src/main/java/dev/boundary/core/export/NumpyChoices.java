package dev.boundary.core.export;

import dev.boundary.core.nn.Activation;
import dev.boundary.core.nn.InputFeature;
import dev.boundary.core.nn.InputFeatures;
import dev.boundary.core.nn.Loss;
import dev.boundary.core.train.OptimizerKind;
import dev.boundary.core.train.Regularization;

/**
 * The parts of an exported script that follow the model's choices, each written only for the choice
 * made: the model's input features from the points, the hidden activation with its derivative, the
 * loss with its gradient at the output, the weight penalty (L1 and L2), and the optimiser. A new input
 * feature or penalty is one more case here (the passes call {@code features}, {@code penalty} and
 * {@code penalty_gradient}; under L1 the training loop calls {@code stop_at_zero}).
 */
final class NumpyChoices {
    private NumpyChoices() {
    }

    /**
     * The model's inputs: {@code features(X)}, one column per chosen feature in the core's order
     * ({@link InputFeature#values()}), with each feature's name beside its formula.
     */
    static String inputs(InputFeatures features) {
        int d = features.dimension();
        StringBuilder py = new StringBuilder(800);
        py.append("\n\n# ---- the model's inputs: the features of each point --------------------------------\n")
                .append("def features(X):\n")
                .append("    \"\"\"The inputs the model is given, from the coordinates X [m × ").append(d)
                .append("]: one column per chosen\n")
                .append("    feature, in the page's order (").append(d == 2 ? "x₁, x₂, x₁², x₂², x₁x₂, sin x₁, sin x₂" : "x, x², sin x")
                .append("),\n    so column j of the inputs and column j of the first W mean the same feature.\"\"\"\n")
                .append(d == 2 ? "    x1, x2 = X[:, 0], X[:, 1]\n" : "    x = X[:, 0]\n")
                .append("    return np.column_stack([\n");
        for (int j = 0; j < features.count(); j++) {
            py.append("        ").append(formula(features.get(j), d)).append(",  # ").append(features.label(j)).append('\n');
        }
        return py.append("    ])\n\n\n")
                .append("INPUTS = features(POINTS[:, :").append(d).append("])  # [m × ").append(features.count())
                .append("], computed once\n")
                .append("Y = POINTS[:, -1:]  # the labels [m × 1]\n").toString();
    }

    /** The feature as a NumPy expression of the coordinates {@code x1, x2} (or {@code x} on a line). */
    private static String formula(InputFeature feature, int dimension) {
        String x1 = dimension == 2 ? "x1" : "x";
        switch (feature) {
            case X1:
                return x1;
            case X2:
                return "x2";
            case X1_SQUARED:
                return x1 + " * " + x1;
            case X2_SQUARED:
                return "x2 * x2";
            case X1_X2:
                return "x1 * x2";
            case SIN_X1:
                return "np.sin(" + x1 + ")";
            default:
                return "np.sin(x2)";
        }
    }

    /** σ, always (the output), and the hidden layers' activation g with g' when there are hidden layers. */
    static String activations(Activation hidden, boolean hasHiddenLayers) {
        String sigmoid = """


                # ---- activations, each with its derivative ------------------------------------------
                def sigmoid(Z):
                    \"\"\"σ(z) = 1 / (1 + e^−z), written so that neither branch overflows.\"\"\"
                    E = np.exp(-np.abs(Z))
                    return np.where(Z >= 0, 1 / (1 + E), E / (1 + E))
                """;
        if (!hasHiddenLayers) {
            return sigmoid + "\n\n# No hidden layers: the model is one sigmoid neuron (logistic regression).\n"
                    + "activation = activation_backward = None\n";
        }
        switch (hidden) {
            case SIGMOID:
                return sigmoid + """


                        activation = sigmoid  # the hidden units' g


                        def activation_backward(dA, Z, A):
                            \"\"\"dZ = dA ∘ σ'(Z), with σ'(z) = σ(z)(1 − σ(z)) = A(1 − A).\"\"\"
                            return dA * A * (1 - A)
                        """;
            case TANH:
                return sigmoid + """


                        def activation(Z):
                            \"\"\"The hidden units' g: tanh(z).\"\"\"
                            return np.tanh(Z)


                        def activation_backward(dA, Z, A):
                            \"\"\"dZ = dA ∘ tanh'(Z), with tanh'(z) = 1 − tanh²(z) = 1 − A².\"\"\"
                            return dA * (1 - A * A)
                        """;
            case RELU:
                return sigmoid + """


                        def activation(Z):
                            \"\"\"The hidden units' g: ReLU, max(0, z).\"\"\"
                            return np.where(Z > 0, Z, 0.0)


                        def activation_backward(dA, Z, A):
                            \"\"\"dZ = dA ∘ ReLU'(Z), with ReLU'(z) = 1 for z > 0, else 0.\"\"\"
                            return np.where(Z > 0, dA, 0.0)
                        """;
            default:
                return sigmoid + """


                        def activation(Z):
                            \"\"\"The hidden units' g: linear, g(z) = z.\"\"\"
                            return Z


                        def activation_backward(dA, Z, A):
                            \"\"\"dZ = dA ∘ g'(Z), with g'(z) = 1.\"\"\"
                            return dA
                        """;
        }
    }

    /** The loss of each example and its gradient ∂L/∂z at the output. */
    static String loss(Loss loss) {
        String title = "\n\n# ---- the loss L of one example and ∂L/∂z at the output ------------------------\n";
        switch (loss) {
            case CROSS_ENTROPY:
                return title + """
                        def loss(Z, P, Y):
                            \"\"\"Cross-entropy from the logit, in the stable form max(z, 0) − z·y + log(1 + e^−|z|):
                            the same as −(y·log p̂ + (1 − y)·log(1 − p̂)), but never log(0).\"\"\"
                            return np.maximum(Z, 0) - Z * Y + np.log(1 + np.exp(-np.abs(Z)))


                        def output_gradient(Z, P, Y):
                            \"\"\"∂L/∂z = p̂ − y: the chain rule's ∂L/∂p̂ · ∂p̂/∂z simplifies to this.\"\"\"
                            return P - Y
                        """;
            case NAIVE_CROSS_ENTROPY:
                return title + """
                        def loss(Z, P, Y):
                            \"\"\"Cross-entropy from the probability, −(y·log p̂ + (1 − y)·log(1 − p̂)): the naive form,
                            which takes log(0), and so gives NaN, once p̂ rounds to exactly 0 or 1.\"\"\"
                            return -(Y * np.log(P) + (1 - Y) * np.log(1 - P))


                        def output_gradient(Z, P, Y):
                            \"\"\"∂L/∂z = ∂L/∂p̂ · ∂p̂/∂z = (−y/p̂ + (1 − y)/(1 − p̂)) · p̂(1 − p̂).\"\"\"
                            return (-(Y / P) + (1 - Y) / (1 - P)) * P * (1 - P)
                        """;
            default:
                return title + """
                        def loss(Z, P, Y):
                            \"\"\"Squared error ½(p̂ − y)².\"\"\"
                            return 0.5 * (P - Y) * (P - Y)


                        def output_gradient(Z, P, Y):
                            \"\"\"∂L/∂z = ∂L/∂p̂ · ∂p̂/∂z = (p̂ − y) · p̂(1 − p̂).\"\"\"
                            return (P - Y) * P * (1 - P)
                        """;
        }
    }

    /**
     * The weight penalty in the cost and its gradient, L1 beside L2 (the biases are never penalised),
     * and under L1 the stop at 0 of a weight that an update carries across it.
     */
    static String penalty(Regularization regularization) {
        String both = """


                # ---- the weight penalty: L1 and L2 over every weight (never the biases) ------------
                def penalty(parameters, m):
                    \"\"\"The regularisation term of the cost for m examples:
                    L1: (λ/m)·Σ|W|,  L2: (λ/2m)·Σ W²  (one of L1 and L2 is 0).\"\"\"
                    l1 = L1 / m * sum(float(np.abs(W).sum()) for W, b in parameters)
                    l2 = L2 / (2 * m) * sum(float((W * W).sum()) for W, b in parameters)
                    return l2 + l1


                def penalty_gradient(W, m):
                    \"\"\"∂/∂W of the penalty: L1: (λ/m)·sign(W),  L2: (λ/m)·W. |w| has no slope at w = 0; its
                    subgradient there is taken as 0, which is what np.sign(0) gives.\"\"\"
                    return (L2 / m) * W + (L1 / m) * np.sign(W)
                """;
        if (regularization != Regularization.L1) {
            return both;
        }
        return both + """


                def stop_at_zero(before, parameters):
                    \"\"\"Under L1 a weight that an update carried across 0 stops at exactly 0 (as in TensorFlow
                    Playground): the constant pull (λ/m)·sign(W) would otherwise make a weight that does not help
                    jitter around 0 instead of reaching it. The biases move freely.\"\"\"
                    for W_before, (W, b) in zip(before, parameters):
                        W[np.sign(W_before) * np.sign(W) < 0] = 0.0
                """;
    }

    /** Which arrays the optimiser changes, and the optimiser's state and update. */
    static String optimizer(OptimizerKind kind, boolean bias) {
        String trainable = bias ? """


                # ---- the update -------------------------------------------------------------------
                def trainable(layers):
                    \"\"\"The arrays an update changes, in order: each layer's W, then its b.\"\"\"
                    return [array for layer in layers for array in layer]
                """ : """


                # ---- the update -------------------------------------------------------------------
                def trainable(layers):
                    \"\"\"The arrays an update changes: each layer's W (the model has no bias; b stays 0).\"\"\"
                    return [W for W, b in layers]
                """;
        switch (kind) {
            case GRADIENT_DESCENT:
                return trainable + """


                        def optimizer_state(parameters):
                            \"\"\"Plain gradient descent remembers nothing between updates.\"\"\"
                            return None


                        def update(parameters, gradients, state):
                            \"\"\"Gradient descent: θ ← θ − α·∂cost/∂θ.\"\"\"
                            for theta, d_theta in zip(trainable(parameters), trainable(gradients)):
                                theta -= LEARNING_RATE * d_theta
                        """;
            case MOMENTUM:
                return trainable + """


                        MOMENTUM = 0.9  # β


                        def optimizer_state(parameters):
                            \"\"\"One velocity per parameter, starting at 0.\"\"\"
                            return [np.zeros_like(theta) for theta in trainable(parameters)]


                        def update(parameters, gradients, velocities):
                            \"\"\"Momentum: v ← β·v + ∂cost/∂θ, then θ ← θ − α·v.\"\"\"
                            for theta, d_theta, v in zip(trainable(parameters), trainable(gradients), velocities):
                                v[...] = MOMENTUM * v + d_theta
                                theta -= LEARNING_RATE * v
                        """;
            default:
                return trainable + """


                        BETA1, BETA2, EPSILON = 0.9, 0.999, 1e-8


                        def optimizer_state(parameters):
                            \"\"\"Adam's first and second moments, starting at 0, and the number of updates t.\"\"\"
                            zeros = [np.zeros_like(theta) for theta in trainable(parameters)]
                            return {"t": 0, "m": zeros, "v": [np.zeros_like(z) for z in zeros]}


                        def update(parameters, gradients, state):
                            \"\"\"Adam: m ← β₁·m + (1 − β₁)·g,  v ← β₂·v + (1 − β₂)·g²,
                            m̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ),  θ ← θ − α·m̂ / (√v̂ + ε).\"\"\"
                            state["t"] += 1
                            correction1 = 1 - BETA1 ** state["t"]
                            correction2 = 1 - BETA2 ** state["t"]
                            for theta, g, m, v in zip(trainable(parameters), trainable(gradients), state["m"], state["v"]):
                                m[...] = BETA1 * m + (1 - BETA1) * g
                                v[...] = BETA2 * v + (1 - BETA2) * g * g
                                theta -= LEARNING_RATE * (m / correction1) / (np.sqrt(v / correction2) + EPSILON)
                        """;
        }
    }
}

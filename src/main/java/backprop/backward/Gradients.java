package backprop.backward;

/**
 * ∂L/∂ of every quantity, indexed like the forward values (layer 0..L, rows = neurons for weights).
 * {@code dSkip[l][s]} belongs to layer l's s-th skip connection. Entries of the input layer and of
 * missing biases are null.
 */
public record Gradients(double[] dYhat, double[][] dA, double[][] dZ, double[][][] dW, double[][] dB,
                        double[][][][] dSkip) {
}

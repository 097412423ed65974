package backprop.solve;

import backprop.model.Activation;
import backprop.model.Layer;
import backprop.model.Network;
import backprop.model.Skip;

/**
 * Counts a worksheet can ask about (worksheet 002: "how many functions, how many weights").
 * Functions are every z, every a that is not the identity, and the loss: x → z₁ → a₁ → z₂ → ŷ → J
 * has five.
 */
public record Structure(int functions, int weights, int biases) {

    public static Structure of(Network net) {
        int functions = 1;
        int weights = 0;
        int biases = 0;
        for (Layer layer : net.layers()) {
            functions += layer.size() * (layer.activation() == Activation.LINEAR ? 1 : 2);
            weights += layer.size() * layer.inputSize();
            for (Skip s : layer.skips()) weights += layer.size() * (s.weights().length == 0 ? 0 : s.weights()[0].length);
            if (layer.hasBias()) biases += layer.size();
        }
        return new Structure(functions, weights, biases);
    }

    public int parameters() {
        return weights + biases;
    }
}

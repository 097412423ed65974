package backprop.model;

import java.util.List;

/** Layers 1..L of a feed-forward net; layer 0 is the input. {@code layer(l)} uses those 1-based numbers. */
public record Network(int inputSize, List<Layer> layers) {

    public Network {
        layers = List.copyOf(layers);
    }

    public int depth() {
        return layers.size();
    }

    public Layer layer(int l) {
        return layers.get(l - 1);
    }

    /** Width of layer l, with layer 0 the input. */
    public int width(int l) {
        return l == 0 ? inputSize : layer(l).size();
    }

    public int outputSize() {
        return layer(depth()).size();
    }

    /** A copy with new weights and biases (rows = neurons) and no given forward values. */
    public Network withParameters(List<double[][]> weights, List<double[]> biases, List<List<double[][]>> skipWeights) {
        Layer[] out = new Layer[layers.size()];
        for (int l = 0; l < out.length; l++) {
            Layer old = layers.get(l);
            Skip[] skips = new Skip[old.skips().size()];
            for (int s = 0; s < skips.length; s++) skips[s] = new Skip(old.skips().get(s).from(), skipWeights.get(l).get(s));
            out[l] = new Layer(old.size(), old.activation(), weights.get(l), biases.get(l), List.of(skips), null, null);
        }
        return new Network(inputSize, List.of(out));
    }
}

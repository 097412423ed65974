package backprop.model;

import java.util.List;

/**
 * One dense layer. {@code weights} is always rows = neurons (weights[j][i] into neuron j from input i);
 * {@code bias} is null when the layer has none. {@code givenZ}/{@code givenA} are forward values an
 * exercise supplies instead of computing them (worksheet 000); null when not given.
 */
public record Layer(int size, Activation activation, double[][] weights, double[] bias, List<Skip> skips,
                    double[] givenZ, double[] givenA) {

    public Layer {
        skips = List.copyOf(skips);
    }

    public boolean hasBias() {
        return bias != null;
    }

    public int inputSize() {
        return weights.length == 0 ? 0 : weights[0].length;
    }
}

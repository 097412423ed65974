package backprop.model;

import java.util.List;

/**
 * The choices that worksheets make differently and that change either the numbers or how they are
 * written: what ReLU'(0) is, how a weight matrix is laid out on the page, whether indices start at
 * 0 or 1, and which parameters stay fixed during the update.
 */
public record Conventions(double reluAtZero, double leakySlope, WeightLayout weightLayout, int indexBase,
                          List<String> frozen) {

    public static final Conventions DEFAULT = new Conventions(0.0, 0.01, WeightLayout.NEURON_ROWS, 1, List.of());

    public Conventions {
        frozen = List.copyOf(frozen);
    }

    /**
     * A frozen entry names a whole matrix ("W2", "b1", "W3from1"), one entry of it ("W2.0.1"), or
     * every parameter of a kind ("weights", "biases").
     */
    public boolean isFrozen(ParamRef ref) {
        for (String f : frozen) {
            if (f.equals(ref.kind() == ParamRef.Kind.BIAS ? "biases" : "weights")) return true;
            if (f.equals(ref.matrixName()) || f.equals(ref.id())) return true;
        }
        return false;
    }
}

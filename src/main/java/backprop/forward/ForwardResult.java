package backprop.forward;

import java.util.List;

/**
 * z⁽ˡ⁾ and a⁽ˡ⁾ for l = 0..L (z[0] is null, a[0] is the input) and the loss. {@code given[l]} tells
 * whether layer l's values were supplied by the exercise; {@code warnings} says where the loss and the output
 * activation make an odd pair, and where given values do
 * not follow from the weights.
 */
public record ForwardResult(double[][] z, double[][] a, boolean[] given, double loss, List<String> warnings) {

    public ForwardResult {
        warnings = List.copyOf(warnings);
    }

    public double[] yhat() {
        return a[a.length - 1];
    }
}

package backprop.model;

/** Extra weights with which a layer reads the output of an earlier layer (0 = the input). Rows = neurons. */
public record Skip(int from, double[][] weights) {
}

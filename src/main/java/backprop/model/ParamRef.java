package backprop.model;

/**
 * Names one trainable number. {@code from} is the layer a weight reads: {@code layer - 1} for the
 * layer's main weights, an earlier layer for a skip connection. Weight indices are (neuron j, input i)
 * whatever the layout; {@link #id()} writes them in the exercise's layout so ids match the file.
 */
public record ParamRef(Kind kind, int layer, int from, int j, int i, WeightLayout layout) {

    public enum Kind { WEIGHT, BIAS }

    public static ParamRef weight(int layer, int from, int j, int i, WeightLayout layout) {
        return new ParamRef(Kind.WEIGHT, layer, from, j, i, layout);
    }

    public static ParamRef bias(int layer, int j) {
        return new ParamRef(Kind.BIAS, layer, layer - 1, j, 0, WeightLayout.NEURON_ROWS);
    }

    public boolean isSkip() {
        return kind == Kind.WEIGHT && from != layer - 1;
    }

    public String matrixName() {
        return matrixName(new StringBuilder()).toString();
    }

    private StringBuilder matrixName(StringBuilder sb) {
        if (kind == Kind.BIAS) return sb.append('b').append(layer);
        sb.append('W').append(layer);
        return isSkip() ? sb.append("from").append(from) : sb;
    }

    /** Built in one go: a large exercise names every weight several times as it opens (docs/PAGE-SIZE.md, "Speed"). */
    public String id() {
        StringBuilder sb = matrixName(new StringBuilder()).append('.');
        if (kind == Kind.BIAS) return sb.append(j).toString();
        return sb.append(layout.row(j, i)).append('.').append(layout.col(j, i)).toString();
    }
}

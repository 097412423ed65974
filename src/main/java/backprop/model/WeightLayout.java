package backprop.model;

/**
 * How a weight matrix is written in an exercise. The solver always stores rows = neurons; the
 * layout only decides how the file is read, how the indices of a weight are written and in which
 * orientation gradient matrices are printed, so a student sees the matrix the way the sheet shows it.
 */
public enum WeightLayout {
    /** W[j][i]: row j holds the weights into neuron j (worksheets 000 and 004). */
    NEURON_ROWS("neuron-rows"),
    /** W[i][j]: row i holds the weights out of input i (worksheet 001, Mazur's naming). */
    INPUT_ROWS("input-rows");

    private final String key;

    WeightLayout(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static WeightLayout fromKey(String key) {
        for (WeightLayout l : values()) if (l.key.equals(key)) return l;
        return null;
    }

    /** Position (row, column) in the written matrix of the weight into neuron j from input i. */
    public int row(int j, int i) {
        return this == NEURON_ROWS ? j : i;
    }

    public int col(int j, int i) {
        return this == NEURON_ROWS ? i : j;
    }
}

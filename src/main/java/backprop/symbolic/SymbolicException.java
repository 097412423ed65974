package backprop.symbolic;

/**
 * An expression that cannot be read or names something the exercise does not have. {@code position} is the
 * 1-based character where the problem is (0 when it concerns the whole text); {@code hintKey} names a common
 * mistake when the problem is one ("transposed" for W⁽²⁾₁₀ where only W⁽²⁾₀₁ exists), else null.
 */
public final class SymbolicException extends Exception {

    private final int position;
    private final String hintKey;

    public SymbolicException(String message, int position, String hintKey) {
        super(message);
        this.position = position;
        this.hintKey = hintKey;
    }

    public SymbolicException(String message, int position) {
        this(message, position, null);
    }

    public int position() {
        return position;
    }

    public String hintKey() {
        return hintKey;
    }
}

package backprop.backward;

/**
 * A factor that is a function of another cell's value rather than that value itself: a = f(z), ReLU′(z),
 * σ′ from a, ½(y − ŷ)², ∂L/∂ŷ. A checker that puts in a student's own number for the cell applies the
 * same function to it, so a mistake carries through the nonlinear steps as it does on paper.
 */
public interface Fn {

    double of(double input);

    /** The function written out with {@code input} (a symbol or a number, as text) for its argument. */
    String written(String input);
}

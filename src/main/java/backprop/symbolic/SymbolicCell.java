package backprop.symbolic;

import backprop.solve.Solution;
import java.util.List;

/**
 * The package's front door for a checker or a page: judge one typed expression, list the names an exercise
 * knows, print a cell's true expression. Each call prepares the exercise afresh; to judge many cells of one
 * exercise, keep a {@link SymbolicExercise}.
 */
public final class SymbolicCell {

    private SymbolicCell() {
    }

    public static SymbolicVerdict judge(Solution sol, String cellId, String typed) {
        return SymbolicExercise.of(sol).judge(cellId, typed);
    }

    /** Every quantity an expression of this exercise may name, with its Unicode and ASCII spellings. */
    public static List<Quantity> symbols(Solution sol) {
        return Symbols.of(sol).all();
    }

    /** The known names as one line for a message: "x₀, x₁ (x_0, x_1); z⁽¹⁾₀ … z⁽¹⁾₂ (z1_0 … z1_2); …". */
    public static String knownNames(Solution sol) {
        return Symbols.of(sol).known();
    }

    /** "∂L/∂a⁽¹⁾ = δ⁽²⁾ · w⁽²⁾ + δ⁽³⁾ · w⁽³←¹⁾" for {@code solve}; null for an id the exercise does not have. */
    public static String trueExpression(Solution sol, String cellId) {
        return SymbolicExercise.of(sol).text(cellId);
    }
}

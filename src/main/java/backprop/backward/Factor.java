package backprop.backward;

import backprop.notation.Sym;

/**
 * One factor of a chain-rule product: its symbol and value, {@code detail} when the factor is itself
 * a small formula worth showing with numbers ("0.5 − 1.5"), and {@code cellId} when the factor is the
 * value of another cell the student answers, so a checker can substitute the student's own value.
 */
public record Factor(Sym sym, double value, String detail, String cellId) {

    public static Factor of(Sym sym, double value) {
        return new Factor(sym, value, null, null);
    }

    public static Factor cell(Sym sym, double value, String cellId) {
        return new Factor(sym, value, null, cellId);
    }
}

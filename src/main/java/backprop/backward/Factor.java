package backprop.backward;

import backprop.notation.Num;
import backprop.notation.Sym;

/**
 * One factor of a chain-rule product: its symbol and value, {@code detail} when the factor is itself
 * a small formula worth showing with numbers ("0.5 − 1.5"), and {@code cellId} when the factor comes
 * from another cell, so a checker can substitute the student's own value. With {@code fn} the factor
 * is fn(that cell's value) (ReLU′(z), a(1 − a)); without, it is the cell's value itself.
 */
public record Factor(Sym sym, double value, String detail, String cellId, Fn fn) {

    public Factor(Sym sym, double value, String detail, String cellId) {
        this(sym, value, detail, cellId, null);
    }

    public static Factor of(Sym sym, double value) {
        return new Factor(sym, value, null, null, null);
    }

    public static Factor cell(Sym sym, double value, String cellId) {
        return new Factor(sym, value, null, cellId, null);
    }

    /** fn of cell {@code cellId}, whose true value is {@code input}; the detail shows fn at that number. */
    public static Factor of(Sym sym, Fn fn, String cellId, double input) {
        return new Factor(sym, fn.of(input), fn.written(Num.paren(input)), cellId, fn);
    }

    /** This factor's value when its cell holds {@code input} instead of the true value. */
    public double from(double input) {
        return fn == null ? input : fn.of(input);
    }
}

package backprop.symbolic;

import backprop.model.ParamRef;
import backprop.notation.Sym;

/**
 * One quantity of an exercise that an expression can name: a forward value (x, z, a, ŷ), the target y, a
 * weight or bias, or a gradient cell (∂L/∂z⁽²⁾ as a number of its own). {@code slot} is its place in an
 * evaluation point; {@code sym} is how the page writes it and {@code ascii} the ASCII spelling documented
 * in the README. {@code layer} and {@code j} place forward values, biases and cells; {@code param} is set for
 * weights and biases, {@code cellId} for gradient cells.
 */
public record Quantity(int slot, Kind kind, Sym sym, String ascii, int layer, int j, ParamRef param, String cellId) {

    /** What a quantity is; which may stand in for which when a typed expression names the wrong one. */
    public enum Kind { INPUT, PRE_ACTIVATION, ACTIVATION, TARGET, WEIGHT, BIAS, GRADIENT }

    public String text() {
        return backprop.notation.SymText.of(sym);
    }
}

package backprop.render;

import backprop.notation.Names;
import backprop.notation.Num;
import backprop.notation.Sym;
import backprop.notation.SymText;
import backprop.update.ParamChange;
import backprop.update.UpdateCells;

/**
 * One parameter's SGD step as a sheet writes it, rule first, then the numbers:
 * W⁽²⁾₀₁′ = W⁽²⁾₀₁ − η·∂L/∂W⁽²⁾₀₁ = 0.9 − 0.1·(−1.1) = 1.01.
 */
public final class UpdateText {

    private UpdateText() {
    }

    public static String of(ParamChange c, double learningRate, Names names) {
        Sym.Var p = names.param(c.param());
        if (c.frozen()) return SymText.of(p) + " is frozen: it stays " + Num.format(c.before());
        return UpdateCells.rule(p) + " = " + Num.format(c.before()) + " − " + Num.format(learningRate) + "·"
                + Num.paren(c.gradient()) + " = " + Num.format(c.after());
    }
}

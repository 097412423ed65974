package backprop.render;

import backprop.backward.Cell;
import backprop.backward.Factor;
import backprop.backward.Term;
import backprop.notation.Num;
import backprop.notation.SymText;
import java.util.List;

/**
 * A cell's chain-rule computation as one line of text, symbols first, then the numbers:
 * ∂L/∂W⁽²⁾₀₁ = δ⁽²⁾₀ · a⁽¹⁾₁ = (−1)(1.1) = −1.1. Terms of a sum that come from different paths are
 * bracketed by path so a skip connection's two contributions stay visible.
 */
public final class ChainText {

    private ChainText() {
    }

    public static String of(Cell cell) {
        String symbolic = symbolic(cell.terms());
        String numeric = numeric(cell.terms());
        StringBuilder sb = new StringBuilder(SymText.of(cell.label())).append(" = ").append(symbolic);
        if (!numeric.equals(symbolic)) sb.append(" = ").append(numeric);
        String value = Num.format(cell.value());
        if (!value.equals(numeric)) sb.append(" = ").append(value);
        return sb.toString();
    }

    /** The symbolic side only: δ⁽²⁾₀ · a⁽¹⁾₁. */
    public static String symbolic(List<Term> terms) {
        StringBuilder sb = new StringBuilder();
        String via = null;
        for (int t = 0; t < terms.size(); t++) {
            Term term = terms.get(t);
            if (t > 0) sb.append(" + ");
            if (term.via() != null && !term.via().equals(via)) sb.append('[').append(term.via()).append("] ");
            via = term.via();
            for (int f = 0; f < term.factors().size(); f++) {
                if (f > 0) sb.append(" · ");
                sb.append(SymText.of(term.factors().get(f).sym()));
            }
        }
        return sb.toString();
    }

    /** The numeric side: (−1)(1.1) + (0.5)(2); a formula factor shows its substitution (0.5 − 1.5). */
    public static String numeric(List<Term> terms) {
        StringBuilder sb = new StringBuilder();
        for (int t = 0; t < terms.size(); t++) {
            Term term = terms.get(t);
            if (t > 0) sb.append(" + ");
            List<Factor> fs = term.factors();
            if (fs.size() == 1) {
                Factor f = fs.get(0);
                sb.append(f.detail() != null ? f.detail() : (terms.size() > 1 ? Num.paren(f.value()) : Num.format(f.value())));
                continue;
            }
            for (Factor f : fs) {
                sb.append(f.detail() != null ? "(" + f.detail() + ")" : Num.factor(f.value()));
            }
        }
        return sb.toString();
    }
}

package backprop.render;

import backprop.backward.Cell;
import backprop.backward.Factor;
import backprop.backward.Term;
import backprop.notation.Num;
import backprop.notation.Sym;
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
        return of(cell, symbolic(cell.terms()), numeric(cell.terms()));
    }

    /**
     * As {@link #of(Cell)}, from the two sides already written by {@link #symbolic} and {@link #numeric}: the page
     * draws the product as MathML from the same two strings on every verdict, and writes them once.
     */
    public static String of(Cell cell, String symbolic, String numeric) {
        if (cell.kind().yesNo()) {
            // "L′ < L? ΔL < 0: −0.493728 < 0, so yes"
            return SymText.of(cell.label()) + " " + symbolic + ": " + numeric + ", so " + (cell.value() == 1 ? "yes" : "no");
        }
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
            boolean minus = t > 0 && subtracted(term);
            if (t > 0) sb.append(minus ? " − " : " + ");
            if (term.via() != null && !term.via().equals(via)) sb.append('[').append(term.via()).append("] ");
            via = term.via();
            for (int f = 0; f < term.factors().size(); f++) {
                if (f > 0) sb.append(" · ");
                String text = SymText.of(term.factors().get(f).sym());
                sb.append(f == 0 && minus ? text.substring(1) : text);
            }
        }
        return sb.toString();
    }

    /** The numeric side: (−1)(1.1) + (0.5)(2); a formula factor shows its substitution (0.5 − 1.5). */
    public static String numeric(List<Term> terms) {
        StringBuilder sb = new StringBuilder();
        for (int t = 0; t < terms.size(); t++) {
            Term term = terms.get(t);
            List<Factor> fs = term.factors();
            // A subtracted term (−η·∂L/∂W, −L) or a negative single number after the first is written with a minus:
            // 0.9 − (0.1)(−1.1), (−0.3)(1) + (0.8)(2) − 0.2.
            boolean minus = t > 0 && (subtracted(term)
                    || fs.size() == 1 && fs.get(0).detail() == null && fs.get(0).value() < 0);
            if (t > 0) sb.append(minus ? " − " : " + ");
            if (fs.size() == 1) {
                Factor f = fs.get(0);
                double v = minus ? -f.value() : f.value();
                sb.append(f.detail() != null ? f.detail() : (terms.size() > 1 && !minus ? Num.paren(v) : Num.format(v)));
                continue;
            }
            for (int k = 0; k < fs.size(); k++) {
                Factor f = fs.get(k);
                sb.append(f.detail() != null ? "(" + f.detail() + ")" : Num.factor(k == 0 && minus ? -f.value() : f.value()));
            }
        }
        return sb.toString();
    }

    /** A term whose first factor is written "−…" and is negative: −η, −L. It reads as a subtraction. */
    public static boolean subtracted(Term term) {
        Factor f = term.factors().get(0);
        return f.sym() instanceof Sym.Text t && t.text().startsWith("−") && f.value() < 0 && f.detail() == null;
    }
}

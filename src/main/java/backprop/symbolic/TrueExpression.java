package backprop.symbolic;

import backprop.backward.Cell;
import backprop.backward.Factor;
import backprop.backward.Term;
import backprop.notation.Sym;
import backprop.notation.SymText;
import java.util.List;

/**
 * A cell's chain-rule record (Cell → Term → Factor) as an expression in the exercise's quantities. A factor
 * that is another cell becomes that cell, an independent quantity; a weight or forward value its quantity;
 * f′(z) a function of z; a formula the solver wrote out (ŷ − y, (ŷ − y)/N) is read by the same parser as a
 * student's answer; a softmax Jacobian entry ∂aᵢ/∂zⱼ becomes aᵢ(δᵢⱼ − aⱼ). Nothing of the numbers is used,
 * so the solver's record needs no change.
 */
final class TrueExpression {

    private TrueExpression() {
    }

    static Expr of(Cell cell, Symbols symbols) {
        List<Term> terms = cell.terms();
        Expr[] parts = new Expr[terms.size()];
        for (int t = 0; t < parts.length; t++) parts[t] = term(terms.get(t), symbols);
        if (parts.length == 1) return parts[0];
        return new Expr.Sum(parts, new boolean[parts.length]);
    }

    static Expr term(Term term, Symbols symbols) {
        List<Factor> fs = term.factors();
        Expr[] parts = new Expr[fs.size()];
        for (int f = 0; f < parts.length; f++) parts[f] = factor(fs.get(f), symbols);
        if (parts.length == 1) return parts[0];
        return new Expr.Product(parts, new boolean[parts.length]);
    }

    private static Expr factor(Factor f, Symbols symbols) {
        if (f.cellId() != null) {
            Quantity q = symbols.cell(f.cellId());
            if (q != null) return new Expr.Ref(q, f.sym());
            // A forward value (or a function of one) that the worksheet stages made a cell: read as its quantity.
        }
        return sym(f.sym(), f, symbols);
    }

    private static Expr sym(Sym s, Factor f, Symbols symbols) {
        if (s instanceof Sym.Var v) {
            Quantity q = symbols.byText(SymText.of(v));
            if (q == null) throw broken(f, "names " + SymText.of(v) + ", which is not a quantity of the exercise");
            return new Expr.Ref(q, v);
        }
        if (s instanceof Sym.Apply ap) {
            Fn fn = Fn.named(ap.fn(), ap.prime());
            if (fn == null) throw broken(f, "applies " + ap.fn() + ", which is not a known function");
            return new Expr.Call(fn, sym(ap.arg(), f, symbols));
        }
        if (s instanceof Sym.Deriv d) {
            // ∂aᵢ/∂zⱼ of a softmax layer: aᵢ(δᵢⱼ − aⱼ).
            Quantity ai = symbols.byText(SymText.of(d.num()));
            Quantity zj = symbols.byText(SymText.of(d.den()));
            if (ai == null || zj == null) throw broken(f, "is a derivative the package does not know");
            Quantity aj = symbols.a(zj.layer(), zj.j());
            Expr diff = new Expr.Sum(new Expr[] {new Expr.Const(ai.j() == zj.j() ? 1 : 0, "", 0), new Expr.Ref(aj, aj.sym())},
                    new boolean[] {false, true});
            return new Expr.Product(new Expr[] {new Expr.Ref(ai, ai.sym()), diff}, new boolean[2]);
        }
        String text = ((Sym.Text) s).text();
        try {
            return ExprParser.parse(text, symbols);
        } catch (SymbolicException e) {
            throw broken(f, "is the formula “" + text + "”, which does not parse: " + e.getMessage());
        }
    }

    private static IllegalStateException broken(Factor f, String why) {
        return new IllegalStateException("the solver's factor " + SymText.of(f.sym()) + " " + why);
    }
}

package backprop.symbolic;

import backprop.backward.Cell;
import backprop.model.Loss;
import backprop.notation.SymText;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a typed expression is not the cell's: each candidate mistake is built as an expression (the true one
 * with its sign flipped, ReLU′ taken as z, a term left out or counted twice; the typed one with a number put
 * back as the quantity it is the value of, or one quantity for another) and compared as a function, the same
 * way a right answer is. The first match names the mistake; none is guessed from the text alone.
 */
final class Diagnosis {

    /** Sums with more terms than this are not searched term by term (4^6 combinations at most). */
    private static final int MAX_TERMS = 6;

    private final SymbolicExercise judge;
    private final Cell cell;
    private final Expr truth;
    private final Expr typed;
    private final String label;

    Diagnosis(SymbolicExercise judge, Cell cell, Expr truth, Expr typed) {
        this.judge = judge;
        this.cell = cell;
        this.truth = truth;
        this.typed = typed;
        this.label = SymText.of(cell.label());
    }

    /** {key, message}, or null when no known mistake gives the typed expression. */
    String[] find() {
        if (typedIs(new Expr.Neg(truth))) {
            return hint("sign", "The sign is flipped: this is " + label + " times −1. Check ∂L/∂ŷ (" + judge.loss()
                    .derivativeFormula("ŷ", "y", "N") + ", not the other way round) and the sign of every factor.");
        }
        String[] h = activationMistakes();
        if (h == null) h = lossMistakes();
        if (h == null) h = terms();
        if (h == null) h = extraTerm();
        // Where the true expression is 0 throughout (a dead unit) too many changes would make anything 0.
        if (h == null && !truthIsZero()) h = constants();
        if (h == null && !truthIsZero()) h = symbols();
        return h;
    }

    private String[] activationMistakes() {
        List<Expr.Call> calls = new ArrayList<>();
        calls(truth, calls);
        for (Expr.Call c : calls) {
            Fn f = c.fn();
            if (!f.isDerivative()) continue;
            String fz = ExprText.unicode(c);
            String z = ExprText.unicode(c.arg());
            if (f == Fn.RELU_PRIME || f == Fn.LEAKY_RELU_PRIME) {
                if (typedIs(replace(truth, c, c.arg()))) {
                    return hint("relu-as-z", fz + " is written as " + z + ": " + f.text() + " is 1 where z > 0 and "
                            + (f == Fn.RELU_PRIME ? "0" : "the leak slope") + " where z < 0, whatever the size of z.");
                }
            }
            if (f == Fn.SIGMA_PRIME) {
                if (typedIs(replace(truth, c, new Expr.Call(Fn.SIGMA, c.arg())))) {
                    return hint("sigmoid-as-sigma", "This uses σ(" + z + ") where " + fz + " belongs: σ′(z) = σ(z)(1 − σ(z))"
                            + " = a(1 − a), not σ(z).");
                }
                Expr fromZ = new Expr.Product(new Expr[] {c.arg(), new Expr.Sum(new Expr[] {one(), c.arg()},
                        new boolean[] {false, true})}, new boolean[2]);
                if (typedIs(replace(truth, c, fromZ))) {
                    return hint("sigmoid-from-z", "σ′ is computed from z: σ′(z) = a(1 − a) with a = σ(z), not z(1 − z).");
                }
            }
            if (typedIs(replace(truth, c, one()))) {
                return hint("activation-derivative-left-out", "The activation's derivative " + fz + " is left out: ∂L/∂z"
                        + " = ∂L/∂a · f′(z), and here " + fz + " is not 1.");
            }
        }
        return null;
    }

    private String[] lossMistakes() {
        Loss loss = judge.loss();
        if (!judge.isOutput(cell) || (loss != Loss.HALF_SUM_SQUARED && loss != Loss.HALF_MEAN_SQUARED)) return null;
        if (typedIs(scaled(2))) return hint("loss-half", "This is twice " + label + ": the ½ of the loss is dropped. It cancels"
                + " the 2 that differentiating the square brings down.");
        if (typedIs(scaled(0.5))) return hint("loss-half", "This is half of " + label + ": the ½ of the loss is used twice.");
        return null;
    }

    private Expr scaled(double k) {
        return new Expr.Product(new Expr[] {new Expr.Const(k, "", 0), truth}, new boolean[2]);
    }

    /** The typed expression as a combination of the true sum's terms, each 0, 1, 2 times or with its sign flipped. */
    private String[] terms() {
        Expr[] ts = truth instanceof Expr.Sum s ? s.terms() : new Expr[] {truth};
        if (ts.length > MAX_TERMS) return null;
        Points pts = judge.points();
        String[] h = combination(ts, pts.free);
        return h != null ? h : combination(ts, pts.derived);
    }

    private static final int[] COEFFICIENTS = {0, 1, 2, -1};

    private String[] combination(Expr[] ts, double[][] set) {
        int n = ts.length;
        int m = set.length + 1;
        double[][] tv = new double[n][m];
        double[] ev = new double[m];
        boolean[] alive = new boolean[n];
        for (int k = 0; k < m; k++) {
            double[] p = k == 0 ? judge.points().exercise : set[k - 1];
            ev[k] = Eval.of(typed, p, judge.symbolTable().conventions());
            for (int t = 0; t < n; t++) {
                tv[t][k] = Eval.of(ts[t], p, judge.symbolTable().conventions());
                // A term that is 0 wherever it is evaluated (a factor ReLU′ = 0) cannot be told missing or present.
                alive[t] |= tv[t][k] != 0;
            }
        }
        int combos = 1;
        for (int t = 0; t < n; t++) combos *= COEFFICIENTS.length;
        int[] found = null;
        int[] c = new int[n];
        for (int code = 0; code < combos; code++) {
            int r = code;
            boolean allOnes = true;
            boolean skip = false;
            for (int t = 0; t < n; t++) {
                c[t] = COEFFICIENTS[r % COEFFICIENTS.length];
                r /= COEFFICIENTS.length;
                if (!alive[t] && c[t] != 1) skip = true;
                allOnes &= c[t] == 1;
            }
            if (skip || allOnes) continue;
            boolean all = true;
            for (int k = 0; k < m && all; k++) {
                double v = 0;
                for (int t = 0; t < n; t++) v += c[t] * tv[t][k];
                if (!Double.isFinite(v)) continue;
                all = SymbolicExercise.same(ev[k], v);
            }
            if (!all) continue;
            if (found != null) return null;   // two combinations fit: the terms are not independent here
            found = c.clone();
        }
        return found == null ? null : describe(ts, found);
    }

    private String[] describe(Expr[] ts, int[] c) {
        StringBuilder sb = new StringBuilder();
        String key = null;
        for (int t = 0; t < ts.length; t++) {
            if (c[t] == 1) continue;
            String term = ExprText.unicode(ts[t]);
            String via = t < cell.terms().size() && ts.length == cell.terms().size() ? cell.terms().get(t).via() : null;
            if (sb.length() > 0) sb.append(' ');
            if (c[t] == 0) {
                boolean skip = via != null && via.contains("skip");
                if (skip) {
                    sb.append("The skip path term ").append(term).append(" is missing: the quantity also feeds a later layer"
                            + " through the skip connection (").append(via).append("), and the paths add.");
                } else {
                    sb.append("The term ").append(term).append(via != null ? " (" + via + ")" : "").append(" is missing.");
                }
                if (key == null) key = skip ? "skip-path-left-out" : "term-missing";
            } else if (c[t] == 2) {
                sb.append(term).append(" is counted twice.");
                if (key == null) key = "term-twice";
            } else {
                sb.append("The term ").append(term).append(" has its sign flipped.");
                if (key == null) key = "sign";
            }
        }
        if (cell.terms().size() > 1) sb.append(" ").append(label).append(" has ").append(cell.terms().size()).append(" terms.");
        return hint(key, sb.toString());
    }

    /** One typed term too many: without it the expression is right. */
    private String[] extraTerm() {
        if (!(typed instanceof Expr.Sum s) || s.terms().length < 2) return null;
        for (int k = 0; k < s.terms().length; k++) {
            Expr rest = without(s, k);
            if (same(rest)) {
                return hint("term-extra", "The term " + ExprText.unicode(s.terms()[k]) + " does not belong in " + label
                        + ": without it the expression is right.");
            }
        }
        return null;
    }

    private static Expr without(Expr.Sum s, int k) {
        int n = s.terms().length - 1;
        Expr[] ts = new Expr[n];
        boolean[] minus = new boolean[n];
        for (int i = 0, o = 0; i < s.terms().length; i++) {
            if (i == k) continue;
            ts[o] = s.terms()[i];
            minus[o++] = s.minus()[i];
        }
        if (n == 1) return minus[0] ? new Expr.Neg(ts[0]) : ts[0];
        return new Expr.Sum(ts, minus);
    }

    /** A number typed where a quantity belongs, recognised by putting the quantity back in its place. */
    private String[] constants() {
        List<Expr> consts = new ArrayList<>();
        consts(typed, consts);
        double[] ex = judge.points().exercise;
        for (Expr node : consts) {
            // A negative number is typed as −0.4: the quantity stands for the whole of it.
            Expr.Const k = node instanceof Expr.Neg n ? (Expr.Const) n.arg() : (Expr.Const) node;
            double value = node instanceof Expr.Neg ? -k.value() : k.value();
            double tol = halfUnit(k.text());
            for (Quantity q : judge.symbolTable().all()) {
                double v = ex[q.slot()];
                if (Math.abs(v - value) > tol) continue;
                if (same(replace(typed, node, new Expr.Ref(q, q.sym())))) {
                    return hint("constant-for-symbol", ExprText.unicode(node) + " (at character " + k.position() + ") is the number of "
                            + q.text() + ": write " + q.text() + " itself, so that the expression holds for any numbers.");
                }
            }
        }
        return null;
    }

    /** Half a unit in the last typed digit of a plain decimal; a tight relative bound for anything else. */
    private static double halfUnit(String text) {
        if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0 || text.equals("½")) return 1e-12;
        int point = Math.max(text.indexOf('.'), text.indexOf(','));
        int decimals = point < 0 ? 0 : text.length() - point - 1;
        double u = 0.5;
        for (int d = 0; d < decimals; d++) u /= 10;
        return u * (1 + 1e-9);
    }

    /** One quantity where another of its kind belongs: w⁽³⁾ for w⁽³←¹⁾, a weight with its indices swapped. */
    private String[] symbols() {
        List<Expr.Ref> refs = new ArrayList<>();
        refNodes(typed, refs);
        Symbols table = judge.symbolTable();
        for (Expr.Ref r : refs) {
            Quantity t = table.transposed(r.q());
            if (t != null && same(replace(typed, r, new Expr.Ref(t, t.sym())))) {
                return hint("transposed", r.q().text() + " has its indices swapped: the weight that belongs here is "
                        + t.text() + ". Going backward a unit collects δ times the weight from it into each unit it"
                        + " feeds (Wᵀδ), not the weights into it.");
            }
            // The quantities of the true expression are tried first: where two would repair it (∂L/∂a⁽¹⁾ and δ⁽¹⁾
            // while ReLU′ is 1), the hint names the one the true expression beside it shows.
            List<Expr.Ref> inTruth = new ArrayList<>();
            refNodes(truth, inTruth);
            List<Quantity> candidates = new ArrayList<>();
            for (Expr.Ref own : inTruth) candidates.add(own.q());
            candidates.addAll(table.all());
            for (Quantity q : candidates) {
                if (q.kind() != r.q().kind() || q == r.q()) continue;
                if (same(replace(typed, r, new Expr.Ref(q, q.sym())))) {
                    return hint("wrong-symbol", r.q().text() + " stands where " + q.text() + " belongs.");
                }
            }
        }
        return null;
    }

    // ---- trees ----

    /** The typed expression is this variant of the true one (the mistake made). */
    private boolean typedIs(Expr variant) {
        return judge.equivalent(typed, variant);
    }

    /** This change to the typed expression makes it right (the mistake undone). */
    private boolean same(Expr repaired) {
        return judge.equivalent(repaired, truth);
    }

    /** 0 at the exercise's numbers and at every random point: a unit behind an inactive ReLU. */
    private boolean truthIsZero() {
        if (Eval.of(truth, judge.points().exercise, judge.symbolTable().conventions()) != 0) return false;
        for (double[] p : judge.points().free) if (Eval.of(truth, p, judge.symbolTable().conventions()) != 0) return false;
        return true;
    }

    private static Expr one() {
        return new Expr.Const(1, "1", 0);
    }

    /** root with the node {@code target} (by identity) replaced by {@code with}. */
    static Expr replace(Expr root, Expr target, Expr with) {
        if (root == target) return with;
        if (root instanceof Expr.Neg n) return new Expr.Neg(replace(n.arg(), target, with));
        if (root instanceof Expr.Sum s) {
            Expr[] ts = new Expr[s.terms().length];
            for (int k = 0; k < ts.length; k++) ts[k] = replace(s.terms()[k], target, with);
            return new Expr.Sum(ts, s.minus());
        }
        if (root instanceof Expr.Product p) {
            Expr[] fs = new Expr[p.factors().length];
            for (int k = 0; k < fs.length; k++) fs[k] = replace(p.factors()[k], target, with);
            return new Expr.Product(fs, p.divide());
        }
        if (root instanceof Expr.Pow p) return new Expr.Pow(replace(p.base(), target, with), replace(p.exponent(), target, with));
        if (root instanceof Expr.Call c) return new Expr.Call(c.fn(), replace(c.arg(), target, with));
        return root;
    }

    private static void calls(Expr e, List<Expr.Call> out) {
        if (e instanceof Expr.Call c) {
            out.add(c);
            calls(c.arg(), out);
        } else if (e instanceof Expr.Neg n) calls(n.arg(), out);
        else if (e instanceof Expr.Sum s) for (Expr t : s.terms()) calls(t, out);
        else if (e instanceof Expr.Product p) for (Expr f : p.factors()) calls(f, out);
        else if (e instanceof Expr.Pow p) {
            calls(p.base(), out);
            calls(p.exponent(), out);
        }
    }

    /** Typed numbers, and −number as one node where it is written so. */
    private static void consts(Expr e, List<Expr> out) {
        if (e instanceof Expr.Const k) {
            if (k.position() > 0) out.add(k);
        } else if (e instanceof Expr.Neg n) {
            if (n.arg() instanceof Expr.Const k && k.position() > 0) out.add(n);
            consts(n.arg(), out);
        }
        else if (e instanceof Expr.Sum s) for (Expr t : s.terms()) consts(t, out);
        else if (e instanceof Expr.Product p) for (Expr f : p.factors()) consts(f, out);
        else if (e instanceof Expr.Pow p) consts(p.base(), out);
        else if (e instanceof Expr.Call c) consts(c.arg(), out);
    }

    private static void refNodes(Expr e, List<Expr.Ref> out) {
        if (e instanceof Expr.Ref r) out.add(r);
        else if (e instanceof Expr.Neg n) refNodes(n.arg(), out);
        else if (e instanceof Expr.Sum s) for (Expr t : s.terms()) refNodes(t, out);
        else if (e instanceof Expr.Product p) for (Expr f : p.factors()) refNodes(f, out);
        else if (e instanceof Expr.Pow p) {
            refNodes(p.base(), out);
            refNodes(p.exponent(), out);
        } else if (e instanceof Expr.Call c) refNodes(c.arg(), out);
    }

    private static String[] hint(String key, String message) {
        return new String[] {key, message};
    }

}

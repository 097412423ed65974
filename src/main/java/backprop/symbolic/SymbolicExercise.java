package backprop.symbolic;

import backprop.backward.Cell;
import backprop.backward.CellKind;
import backprop.model.Loss;
import backprop.model.Tolerance;
import backprop.notation.Num;
import backprop.notation.SymText;
import backprop.solve.Solution;
import java.util.ArrayList;
import java.util.List;

/**
 * Symbolic answers for one solved exercise: the symbol table, every cell's true expression and the points
 * where expressions are compared, prepared once and shared by every judgement.
 *
 * <p>An answer is right when it equals the cell's true expression as a function of the exercise's quantities:
 * at the exercise's own numbers and at {@link Points#COUNT} seeded random points, with the other gradient
 * cells either independent (the chain-rule step) or computed by the chain rule (the step written out), to
 * 1e-9 relative. A wrong expression passes only if its difference from the true one is that close to 0 at
 * all eight independent points. For a difference that is a polynomial of degree d in a quantity drawn
 * uniformly from an interval of length 1.5, the chance at one point is at most about 4·d·(1e-9)^(1/d)
 * (Remez's inequality), so below 0.03 per point for d ≤ 4 even in the worst case of a d-fold root, and below
 * 0.03⁸ ≈ 7e-13 for all eight; for a simple root it is about 1e-9 per point, 1e-72 in all.
 */
public final class SymbolicExercise {

    private static final double RTOL = 1e-9;

    private final Solution sol;
    private final Symbols symbols;
    private final List<Cell> cells;
    private final Expr[] truths;
    private final Points points;
    /** A scalar chain numbered from other than 1: its names read with the page's layer numbers, made on first need. */
    private Symbols layerNumbered;

    private SymbolicExercise(Solution sol) {
        this.sol = sol;
        this.symbols = Symbols.of(sol);
        this.cells = sol.backward().cells();
        this.truths = new Expr[cells.size()];
        for (int k = 0; k < truths.length; k++) truths[k] = TrueExpression.of(cells.get(k), symbols);
        this.points = new Points(symbols, truths);
    }

    public static SymbolicExercise of(Solution sol) {
        return new SymbolicExercise(sol);
    }

    public Symbols symbols() {
        return symbols;
    }

    /** The cell's chain-rule expression, or null for an id the exercise does not have. */
    public Expr truth(String cellId) {
        int k = symbols.order(cellId);
        return k < 0 ? null : truths[k];
    }

    /** ∂L/∂a⁽¹⁾ = δ⁽²⁾ · w⁽²⁾ + δ⁽³⁾ · w⁽³←¹⁾, for {@code solve}; null for an unknown id. */
    public String text(String cellId) {
        int k = symbols.order(cellId);
        return k < 0 ? null : SymText.of(cells.get(k).label()) + " = " + ExprText.unicode(truths[k]);
    }

    /** Reads a typed expression in this exercise's names (for a page that shows what it read as it is typed). */
    public Expr parse(String typed) throws SymbolicException {
        return ExprParser.parse(typed, symbols);
    }

    public SymbolicVerdict judge(String cellId, String typed) {
        SymbolicVerdict v = judgeAsTyped(cellId, typed);
        if (v.kind() == SymbolicKind.CORRECT || v.kind() == SymbolicKind.EMPTY || !rightByLayerNumbers(cellId, typed)) return v;
        // Right in the numbering the page shows, not in the sheet's that plain names follow: the verdict stands (the
        // text means something else here), and says so rather than diagnose a mistake that was not made.
        String message = "Plain names in this chain count from " + symbols.indexBase() + ", as its sheet does"
                + (v.readAs() == null ? "" : ", so this reads as " + v.readAs()) + ". Read with the page's layer numbers"
                + " it would be right: write " + v.trueAscii() + ", or " + v.trueExpression() + " in the page's symbols.";
        return new SymbolicVerdict(v.kind(), message, "sheet-numbering", v.trueExpression(), v.trueAscii(), v.value(),
                v.typedValue(), v.readAs(), v.position());
    }

    /** Whether the text, read with the page's layer numbers where the chain's plain names follow its sheet, is right. */
    private boolean rightByLayerNumbers(String cellId, String typed) {
        if (!symbols.scalarChain() || symbols.indexBase() == 1) return false;
        if (layerNumbered == null) layerNumbered = Symbols.byLayerNumbers(sol);
        Expr truth = truths[symbols.order(cellId)];
        try {
            Expr e = ExprParser.parse(typed, layerNumbered);
            return equal(e, truth, points.free) || equal(e, truth, points.derived);
        } catch (SymbolicException ex) {
            return false;
        }
    }

    private SymbolicVerdict judgeAsTyped(String cellId, String typed) {
        int k = symbols.order(cellId);
        if (k < 0) throw new IllegalArgumentException("this exercise has no cell " + cellId);
        Cell cell = cells.get(k);
        Expr truth = truths[k];
        String trueText = ExprText.unicode(truth);
        String trueAscii = ExprText.ascii(truth);
        double value = cell.value();
        if (typed == null || typed.trim().isEmpty()) {
            return new SymbolicVerdict(SymbolicKind.EMPTY, null, null, trueText, trueAscii, value, Double.NaN, null, 0);
        }
        Expr e;
        try {
            e = ExprParser.parse(typed, symbols);
        } catch (SymbolicException ex) {
            return new SymbolicVerdict(SymbolicKind.UNREADABLE, "could not read the expression: " + ex.getMessage(),
                    ex.hintKey(), trueText, trueAscii, value, Double.NaN, null, ex.position());
        }
        String readAs = ExprText.unicode(e);
        double typedValue = Eval.of(e, points.exercise, symbols.conventions());
        Verdicts v = new Verdicts(trueText, trueAscii, value, typedValue, readAs);
        String label = SymText.of(cell.label());

        String circular = circular(e, cell, k);
        if (circular != null) return v.of(SymbolicKind.WRONG, circular, "circular");

        boolean valueRight = close(typedValue, value);
        if (!hasQuantity(e) && hasQuantity(truth)) {
            return v.of(valueRight ? SymbolicKind.RIGHT_NUMBER : SymbolicKind.WRONG, (valueRight ? "This is the value of "
                    + label + ", but not its expression" : "This is a number") + ": write it in the quantities of the"
                    + " exercise, the way the chain rule builds it.", "not-an-expression");
        }
        boolean stepAsAsked = equal(e, truth, points.free);
        if (stepAsAsked || equal(e, truth, points.derived)) {
            if (!equal(e, truth, points.general)) {
                return v.of(SymbolicKind.CORRECT, "Right for this exercise, where every ReLU stays on its side of the"
                        + " kink; in general a factor that is constant here (a ReLU′, 1 or 0 on one side) belongs in it: "
                        + label + " = " + trueText + ".", "kink-side");
            }
            if (stepAsAsked) return v.of(SymbolicKind.CORRECT, null, null);
            return v.of(SymbolicKind.CORRECT, "Right: the earlier cells it uses are written out; the chain-rule step"
                    + " itself is " + label + " = " + trueText + ".", "expanded");
        }
        String[] hint = new Diagnosis(this, cell, truth, e).find();
        SymbolicKind kind = valueRight ? SymbolicKind.RIGHT_NUMBER : SymbolicKind.WRONG;
        if (hint != null) return v.of(kind, hint[1], hint[0]);
        if (valueRight) {
            return v.of(kind, "Right number, wrong expression: at the exercise's numbers this gives " + Num.format(value)
                    + ", but as a function of the quantities it is not " + label + ".", null);
        }
        return v.of(kind, "This is not " + label + ": at the exercise's numbers it gives " + Num.format(typedValue) + ".", null);
    }

    /** The verdict's fixed parts, so each outcome names only what differs. */
    private record Verdicts(String trueText, String trueAscii, double value, double typedValue, String readAs) {
        SymbolicVerdict of(SymbolicKind kind, String message, String hint) {
            return new SymbolicVerdict(kind, message, hint, trueText, trueAscii, value, typedValue, readAs, 0);
        }
    }

    /** A cell may only be written from cells worked out before it in the backward pass. */
    private String circular(Expr e, Cell cell, int order) {
        List<Quantity> used = new ArrayList<>();
        refs(e, used);
        for (Quantity q : used) {
            if (q.kind() != Quantity.Kind.GRADIENT) continue;
            int k = symbols.order(q.cellId());
            if (q.cellId().equals(cell.id())) {
                return q.text() + " is this cell itself: write it from the quantities the chain rule builds it from.";
            }
            if (k > order) {
                return q.text() + " comes after " + SymText.of(cell.label()) + " in the backward pass: write this cell"
                        + " from quantities already known when it is worked out.";
            }
        }
        return null;
    }

    // ---- comparisons, shared with the diagnosis ----

    Symbols symbolTable() {
        return symbols;
    }

    Points points() {
        return points;
    }

    /** Equal at the exercise's numbers and at every point of the set where the true value is a finite number. */
    boolean equal(Expr e, Expr truth, double[][] set) {
        if (sameAt(e, truth, points.exercise) != 1) return false;
        int usable = 0;
        for (double[] p : set) {
            int r = sameAt(e, truth, p);
            if (r == 0) return false;
            if (r == 1) usable++;
        }
        // Points where the true value is not a number (a log of a negative draw) say nothing; most must remain.
        return usable >= set.length / 2;
    }

    /** Equal as the step (cells independent) or with earlier cells written out. */
    boolean equivalent(Expr e, Expr truth) {
        return equal(e, truth, points.free) || equal(e, truth, points.derived);
    }

    /** 1 when equal at p, 0 when not, −1 when the true value is not a finite number there (no evidence either way). */
    private int sameAt(Expr e, Expr truth, double[] p) {
        double t = Eval.of(truth, p, symbols.conventions());
        if (!Double.isFinite(t)) return -1;
        return same(Eval.of(e, p, symbols.conventions()), t) ? 1 : 0;
    }

    static boolean same(double u, double t) {
        if (!Double.isFinite(u)) return false;
        return Math.abs(u - t) <= RTOL * Math.max(Math.abs(u), Math.abs(t)) + 1e-12;
    }

    /** "Right number": within the exercise's tolerance, as a typed number would be. */
    private boolean close(double u, double t) {
        if (!Double.isFinite(u)) return false;
        Tolerance tol = sol.exercise().tolerance();
        double rtol = tol != null && tol.mode() == Tolerance.Mode.RELATIVE ? tol.rtol() : 5e-3;
        double atol = tol != null && tol.mode() == Tolerance.Mode.RELATIVE ? tol.atol() : 1e-6;
        return Math.abs(u - t) <= atol + rtol * Math.abs(t);
    }

    Loss loss() {
        return sol.exercise().loss();
    }

    static boolean hasQuantity(Expr e) {
        List<Quantity> qs = new ArrayList<>();
        refs(e, qs);
        return !qs.isEmpty();
    }

    static void refs(Expr e, List<Quantity> out) {
        if (e instanceof Expr.Ref r) out.add(r.q());
        else if (e instanceof Expr.Neg n) refs(n.arg(), out);
        else if (e instanceof Expr.Sum s) for (Expr t : s.terms()) refs(t, out);
        else if (e instanceof Expr.Product p) for (Expr f : p.factors()) refs(f, out);
        else if (e instanceof Expr.Pow p) {
            refs(p.base(), out);
            refs(p.exponent(), out);
        } else if (e instanceof Expr.Call c) refs(c.arg(), out);
    }

    boolean isOutput(Cell c) {
        return c.kind() == CellKind.OUTPUT;
    }
}

package backprop.check;

import backprop.backward.Cell;
import backprop.backward.CellKind;
import backprop.model.Tolerance;
import backprop.notation.SymText;

/**
 * Judging a cell whose truth is an earlier value plus a small change, W′ = W − η·∂L/∂W, on the change. With
 * η = 0.01 the step is under 1 % of the weight, so a tolerance on the value would accept the weight before the
 * step. A typed value is right when (typed − old) is the step within the tolerance, or when it is the new value
 * to the precision typed with at least 3 significant figures (so "-0.300" is right for −0.29981, where three
 * figures cannot show the step). The old value typed back as printed ("-0.3") is wrong. Any other cell is judged
 * on its value.
 */
final class StepRule {

    private StepRule() {
    }

    /** Cells built as old + change (the update cells: first term the old value, second −η·gradient). */
    static boolean applies(Cell c) {
        return c.kind() == CellKind.UPDATE && c.terms().size() == 2;
    }

    /** The earlier value the change is added to. */
    static double before(Cell c) {
        return c.terms().get(0).value();
    }

    /** Whether the answer counts as {@code target} for this cell: on the step for an update, on the value otherwise. */
    static boolean accepts(Cell c, Answer a, double target, Tolerance tol) {
        if (!applies(c)) return Acceptance.accepts(a, target, tol);
        double old = before(c);
        double s = a.value();
        if (!Double.isFinite(s) || !Double.isFinite(target)) return false;
        if (a.plainNumber() && a.significantFigures() >= 3 && Acceptance.equalsAsTyped(a, target)) return true;
        return Acceptance.within(s - old, target - old, tol);
    }

    /** The tolerance's rule for a value the grader computed (a mistake's), on the step for an update. */
    static boolean within(Cell c, double v, double target, Tolerance tol) {
        if (!applies(c)) return Acceptance.within(v, target, tol);
        double old = before(c);
        return Acceptance.within(v - old, target - old, tol);
    }

    /** The typed number is the old value itself ("0.8", "0.80" for W = 0.8). */
    static boolean isOld(Cell c, Answer a) {
        if (!applies(c)) return false;
        double old = before(c);
        return Math.abs(a.value() - old) <= 1e-12 * Math.max(1, Math.abs(old));
    }

    /** The old value typed back: "This is W⁽²⁾₀₁ before the step: subtract η·∂L/∂W⁽²⁾₀₁." */
    static Hint notApplied(Cell c) {
        String p = SymText.of(c.terms().get(0).factors().get(0).sym());
        String what = c.param() != null && c.param().kind() == backprop.model.ParamRef.Kind.BIAS ? "bias" : "weight";
        return new Hint("update-not-applied", "This is the " + what + " before the step (" + p + "): subtract η·∂L/∂"
                + p + ", as in " + p + "′ = " + p + " − η·∂L/∂" + p + ".");
    }
}

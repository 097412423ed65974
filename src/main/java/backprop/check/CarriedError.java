package backprop.check;

import backprop.backward.Cell;
import backprop.backward.Factor;
import backprop.backward.Term;
import backprop.check.StudentValues.Used;
import backprop.notation.Num;
import backprop.notation.SymText;
import java.util.ArrayList;
import java.util.List;

/**
 * Error carried forward: a cell's chain-rule sum with the student's own answers put in for the factors they
 * answered, so a right method applied to a wrong earlier number is recognised. Only readable answers are put
 * in; anything else keeps the true value, so one bad cell never blocks another. A factor that reads a cell takes
 * the student's value of it ({@link StudentValues}, which works out the cells nobody is asked), through the
 * factor's function where it has one: their z gives their ReLU′(z).
 */
final class CarriedError {

    /** Below this an earlier answer or a carried value counts as 0. */
    private static final double TINY = 1e-12;

    /**
     * {@code credited} is false when following the earlier answers would reward no work and they are no plausible
     * attempt either (see {@link #of}). {@code fromWrong} is false when every earlier answer put in was accepted,
     * only rounded: then following them is simply right. {@code refused}, when not credited, says why ("…, but it is 0,
     * which earns no credit …"), so the student learns that the answer did follow from their own.
     */
    record Result(double value, boolean credited, boolean fromWrong, String note, String refused) {
    }

    private CarriedError() {
    }

    /**
     * null when no earlier answer of the student's that differs from the true value appears in this cell's product.
     * Follow-through is credited unless it makes the cell's product trivial (0; ±1; the earlier wrong number passed
     * on unchanged where the true values are not copies of each other; for an update, no step at all), and then
     * still credited when every wrong earlier answer it uses is a value one of the named mistakes produces: such an
     * answer is a plausible attempt, not a number typed to make the rest easy.
     */
    static Result of(Cell cell, StudentValues own, HintChoice mistakes) {
        List<Used> wrong = new ArrayList<>();
        boolean differs = false;
        double sum = 0;
        for (Term term : cell.terms()) {
            double p = 1;
            for (Factor f : term.factors()) {
                double v = f.value();
                StudentValues.Known k = f.cellId() == null ? null : own.of(f.cellId());
                if (k != null && (k.typed() || !k.wrong().isEmpty())) {
                    v = f.from(k.value());
                    differs |= v != f.value();
                    // An earlier slip that leaves this factor as it is (a wrong z of the right sign under ReLU′) is no source.
                    if (v != f.value()) for (Used u : k.wrong()) if (!StudentValues.contains(wrong, u.cell())) wrong.add(u);
                }
                p *= v;
            }
            sum += p;
        }
        if (wrong.isEmpty()) return differs ? new Result(sum, Double.isFinite(sum), false, null, null) : null;
        boolean named = true;
        for (Used u : wrong) named &= mistakes.named(u.cell(), u.answer());
        // A 0 that follows from a wrong earlier answer is never credited, whatever mistake could explain it: typing
        // 0 everywhere would otherwise be "consistent" cell after cell.
        boolean zero = Math.abs(sum) <= TINY && !StepRule.applies(cell);
        String trivial = trivial(cell, sum, wrong);
        boolean credited = Double.isFinite(sum) && !zero && (named || trivial == null);
        String note = note(wrong);
        String refused = credited || trivial == null ? null
                : note + ", but " + trivial + ", which earns no credit when it rests on a wrong answer";
        return new Result(sum, credited, true, note, refused);
    }

    /** What makes following the earlier answers no work ("it is 0", "it only passes that number on"), or null. */
    private static String trivial(Cell cell, double sum, List<Used> wrong) {
        if (StepRule.applies(cell)) {
            double old = StepRule.before(cell);
            return Math.abs(sum - old) <= TINY * Math.max(1, Math.abs(old)) ? "it takes no step" : null;
        }
        if (Math.abs(sum) <= TINY || Math.abs(Math.abs(sum) - 1) <= TINY) return "it is " + Num.format(Math.rint(sum));
        for (Used u : wrong) {
            // Passing a wrong number on unchanged is no work, unless passing it on is the method: ∂L/∂b = δ, or
            // δ = ∂L/∂a·1 behind an active ReLU, a = ReLU(z) of a positive z, where the true values are copies too.
            if (same(Math.abs(sum), Math.abs(u.answer().value())) && !same(Math.abs(cell.value()), Math.abs(u.cell().value()))) {
                return "it only passes that number on";
            }
        }
        return null;
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(a, b));
    }

    private static String note(List<Used> wrong) {
        StringBuilder sb = new StringBuilder("follows from your earlier ");
        for (int i = 0; i < wrong.size(); i++) {
            Used u = wrong.get(i);
            if (i > 0) sb.append(i == wrong.size() - 1 ? " and " : ", ");
            sb.append(SymText.of(u.cell().label())).append(" = ").append(u.typed())
                    .append(" (it is ").append(Num.format(u.cell().value())).append(')');
        }
        return sb.toString();
    }
}

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
 * in; anything else keeps the true value, so one bad cell never blocks another.
 */
final class CarriedError {

    /** Below this an earlier answer or a carried value counts as 0. */
    private static final double TINY = 1e-12;

    /**
     * {@code credited} is false when following the earlier answer would reward no work: it was 0 or ±1, or it
     * makes this cell 0, or it makes this cell just itself again (up to sign) where the true values are not
     * copies. {@code fromWrong} is false when every earlier answer put in was accepted, only rounded: then
     * following them is simply right.
     */
    record Result(double value, boolean credited, boolean fromWrong, String note) {
    }

    private CarriedError() {
    }

    /**
     * null when no earlier answer of the student's that differs from the true value appears in this cell's
     * product. A factor that reads a cell takes the student's value of it ({@link StudentValues}), through the
     * factor's function where it has one: their z gives their ReLU′(z).
     */
    static Result of(Cell cell, StudentValues own) {
        List<Used> wrong = new ArrayList<>();
        boolean differs = false;
        double sum = 0;
        for (Term term : cell.terms()) {
            double p = 1;
            for (Factor f : term.factors()) {
                double v = f.value();
                StudentValues.Known k = f.cellId() == null ? null : own.of(f.cellId());
                if (k != null && k.typed() || k != null && !k.wrong().isEmpty()) {
                    v = f.from(k.value());
                    differs |= v != f.value();
                    // An earlier slip that leaves this factor as it is (a wrong z of the right sign under ReLU′) is no source.
                    if (v != f.value()) for (Used u : k.wrong()) if (!StudentValues.contains(wrong, u.cell())) wrong.add(u);
                }
                p *= v;
            }
            sum += p;
        }
        if (wrong.isEmpty()) return differs ? new Result(sum, Double.isFinite(sum), false, null) : null;
        boolean credited = Double.isFinite(sum) && Math.abs(sum) > TINY;
        for (Used u : wrong) {
            double m = Math.abs(u.value());
            if (m <= TINY || Math.abs(m - 1) <= TINY) credited = false;
            // Passing a wrong number on unchanged is no work, unless passing it on is the method: ∂L/∂b = δ, or
            // δ = ∂L/∂a·1 behind an active ReLU, where the true values are copies of each other too.
            if (same(Math.abs(sum), m) && !same(Math.abs(cell.value()), Math.abs(u.cell().value()))) credited = false;
        }
        return new Result(sum, credited, true, note(wrong));
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

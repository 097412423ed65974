package backprop.web;

import backprop.backward.Cell;
import backprop.model.Tolerance;
import backprop.solve.Solution;
import java.util.Map;

/** Stand-in until backprop.check lands: plain numbers, relative tolerance, no carried error. */
final class BasicGrader implements Grader {

    private final Solution sol;

    BasicGrader(Solution sol) {
        this.sol = sol;
    }

    @Override
    public Verdict grade(String cellId, Map<String, String> answers) {
        String text = answers.get(cellId);
        if (text == null || text.trim().isEmpty()) return Verdict.EMPTY;
        Cell cell = sol.backward().cell(cellId);
        double v;
        try {
            v = Double.parseDouble(text.trim().replace('\u2212', '-').replace(',', '.'));
        } catch (NumberFormatException e) {
            return new Verdict("unreadable", "“" + text.trim() + "” is not a number", null, Double.NaN);
        }
        Tolerance tol = sol.exercise().tolerance();
        double t = cell.value();
        boolean ok = Math.abs(v - t) <= tol.atol() + tol.rtol() * Math.abs(t);
        String hint = !ok && Math.abs(v + t) <= tol.atol() + tol.rtol() * Math.abs(t) && t != 0 ? "The sign is flipped." : null;
        return new Verdict(ok ? "correct" : "wrong", null, hint, Double.NaN);
    }
}

package backprop.check;

import backprop.backward.Cell;
import backprop.model.Tolerance;
import backprop.solve.Solution;
import backprop.update.UpdateCells;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grades a student's answers to one exercise, for the page and the command line alike. A cell is CORRECT
 * when it matches the true value, CONSISTENT when it matches the value that follows from the student's own
 * earlier answers (error carried forward), WRONG otherwise, with a hint when it matches a common mistake.
 * Text that cannot be read is UNREADABLE, which is not a wrong attempt, and never stops other cells from
 * being graded: an unreadable earlier answer is simply not carried forward.
 */
public final class Checker {

    private final Solution solution;
    private final Tolerance tol;
    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private final HintChoice hints;

    public Checker(Solution solution) {
        this.solution = solution;
        this.tol = solution.exercise().tolerance();
        for (Cell c : solution.backward().cells()) if (!c.frozen()) cells.put(c.id(), c);
        List<Cell> updates = UpdateCells.of(solution.exercise(), solution.update());
        for (Cell c : updates) cells.put(c.id(), c);
        this.hints = new HintChoice(Misconceptions.of(solution, updates), cells, tol, solution.exercise().learningRate());
    }

    public Solution solution() {
        return solution;
    }

    /** The answerable cells in order: the gradients that are not frozen, then the updated parameters. */
    public List<Cell> cells() {
        return Collections.unmodifiableList(new ArrayList<>(cells.values()));
    }

    public Cell cell(String id) {
        return cells.get(id);
    }

    public List<Verdict> gradeAll(Map<String, String> answers) {
        List<Verdict> out = new ArrayList<>();
        for (String id : cells.keySet()) out.add(grade(id, answers));
        return out;
    }

    /** Judges one cell; {@code answers} holds everything the student typed, which earlier answers are read from. */
    public Verdict grade(String cellId, Map<String, String> answers) {
        if (answers == null) answers = Map.of();
        Cell cell = cells.get(cellId);
        if (cell == null) throw new IllegalArgumentException("this exercise has no answerable cell '" + cellId + "'");
        double t = cell.value();
        String typed = answers.get(cellId);
        if (typed == null || typed.trim().isEmpty()) {
            return new Verdict(cellId, VerdictKind.EMPTY, typed == null ? "" : typed, Double.NaN, t, Double.NaN, null, null);
        }
        Answer a;
        try {
            a = AnswerParser.parse(typed);
        } catch (AnswerException e) {
            return new Verdict(cellId, VerdictKind.UNREADABLE, typed, Double.NaN, t, Double.NaN, e.getMessage(), null);
        }
        double s = a.value();
        if (StepRule.accepts(cell, a, t, tol)) return new Verdict(cellId, VerdictKind.CORRECT, typed, s, t, Double.NaN, null, null);
        CarriedError.Result carried = CarriedError.of(cell, answers, cells, tol, hints);
        if (carried != null && carried.credited() && StepRule.accepts(cell, a, carried.value(), tol)) {
            // Worked on from accepted but rounded earlier answers, a sum can drift past the tolerance: still right.
            if (!carried.fromWrong()) return new Verdict(cellId, VerdictKind.CORRECT, typed, s, t, Double.NaN, null, null);
            return new Verdict(cellId, VerdictKind.CONSISTENT, typed, s, t, carried.value(), carried.note(), null);
        }
        Hint hint;
        if (StepRule.isOld(cell, a)) hint = StepRule.notApplied(cell);
        else if (Rounding.isRounded(a, t)) hint = Rounding.hint(a);
        else hint = hints.choose(cell, a, answers);
        return new Verdict(cellId, VerdictKind.WRONG, typed, s, t, Double.NaN, null, hint);
    }
}

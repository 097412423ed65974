package backprop.check;

import backprop.backward.Cell;
import backprop.model.Tolerance;
import backprop.question.Question;
import backprop.sheet.Sheet;
import backprop.solve.Solution;
import backprop.stage.Stage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
    private final Sheet sheet;
    private final Tolerance tol;
    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private final Map<String, Cell> all = new HashMap<>();
    private final HintChoice hints;

    public Checker(Solution solution) {
        this.solution = solution;
        this.sheet = solution.sheet();
        this.tol = solution.exercise().tolerance();
        for (Cell c : sheet.asked()) cells.put(c.id(), c);
        for (Cell c : sheet.cells()) all.put(c.id(), c);
        this.hints = new HintChoice(solution, sheet.cells(Stage.UPDATE), cells, tol,
                solution.exercise().learningRate());
    }

    public Solution solution() {
        return solution;
    }

    /** The answerable cells in worksheet order: every asked stage's cells, frozen parameters left out. */
    public List<Cell> cells() {
        return Collections.unmodifiableList(new ArrayList<>(cells.values()));
    }

    public Cell cell(String id) {
        return cells.get(id);
    }

    /** The questions that are not numbers, as the exercise lists them. */
    public List<Question> questions() {
        return sheet.questions();
    }

    public Question question(String id) {
        return sheet.question(id);
    }

    /** Every id a student answers, cells and questions, in worksheet order. */
    public List<String> ids() {
        return sheet.ids();
    }

    /** Every cell and every question judged, in worksheet order. */
    public List<Verdict> gradeAll(Map<String, String> answers) {
        if (answers == null) answers = Map.of();
        StudentValues own = new StudentValues(answers, cells, all, tol);
        List<Verdict> out = new ArrayList<>();
        for (String id : sheet.ids()) out.add(grade(id, answers, own));
        return out;
    }

    /**
     * Judges one cell or question; {@code answers} holds everything the student typed, which earlier answers
     * are read from. A question's answer is its option key (a choice) or a whole number (a count).
     */
    public Verdict grade(String id, Map<String, String> answers) {
        if (answers == null) answers = Map.of();
        return grade(id, answers, new StudentValues(answers, cells, all, tol));
    }

    private Verdict grade(String cellId, Map<String, String> answers, StudentValues own) {
        Question q = sheet.question(cellId);
        if (q != null) return QuestionCheck.grade(q, answers.get(cellId));
        Cell cell = cells.get(cellId);
        if (cell == null) throw new IllegalArgumentException("this exercise has no answerable cell '" + cellId + "'");
        double t = cell.value();
        String typed = answers.get(cellId);
        if (typed == null || typed.trim().isEmpty()) {
            return new Verdict(cellId, VerdictKind.EMPTY, typed == null ? "" : typed, Double.NaN, t, Double.NaN, null, null);
        }
        if (cell.kind().yesNo()) return yesNo(cell, typed, own);
        Answer a;
        try {
            a = AnswerParser.parse(typed);
        } catch (AnswerException e) {
            return new Verdict(cellId, VerdictKind.UNREADABLE, typed, Double.NaN, t, Double.NaN, e.getMessage(), null);
        }
        double s = a.value();
        if (StepRule.accepts(cell, a, t, tol)) return new Verdict(cellId, VerdictKind.CORRECT, typed, s, t, Double.NaN, null, null);
        CarriedError.Result carried = CarriedError.of(cell, own, hints);
        if (carried != null && carried.credited() && StepRule.accepts(cell, a, carried.value(), tol)) {
            // Worked on from accepted but rounded earlier answers, a sum can drift past the tolerance: still right.
            if (!carried.fromWrong()) return new Verdict(cellId, VerdictKind.CORRECT, typed, s, t, Double.NaN, null, null);
            return new Verdict(cellId, VerdictKind.CONSISTENT, typed, s, t, carried.value(), carried.note(), null);
        }
        // Worked from the student's own earlier answer, but refused as no work: the verdict says so.
        String refused = carried != null && carried.refused() != null && StepRule.accepts(cell, a, carried.value(), tol)
                ? carried.refused() : null;
        Hint hint;
        if (StepRule.isOld(cell, a)) {
            hint = StepRule.notApplied(cell);
        } else if (Rounding.isRounded(a, t)) {
            hint = Rounding.hint(a);
        } else if (Rounding.isCut(a, t)) {
            // Before any named mistake: −0.597 for −0.597993 is cut, though σ(z) for σ′(z) gives −0.596648.
            hint = Rounding.cutHint(a);
        } else {
            hint = hints.choose(cell, a, answers);
        }
        return new Verdict(cellId, VerdictKind.WRONG, typed, s, t, Double.NaN, refused, hint);
    }

    /**
     * "Did the loss go down?": right when it matches the true losses, consistent when it matches the student's
     * own L and L′. No follow-through rule applies: "no" is as honest an answer as "yes".
     */
    private Verdict yesNo(Cell cell, String typed, StudentValues own) {
        double t = cell.value();
        Answer a = read(cell, typed);
        if (a == null) {
            return new Verdict(cell.id(), VerdictKind.UNREADABLE, typed, Double.NaN, t, Double.NaN,
                    "could not read “" + typed.trim() + "”: answer yes or no", null);
        }
        if (a.value() == t) return new Verdict(cell.id(), VerdictKind.CORRECT, typed, a.value(), t, Double.NaN, null, null);
        CarriedError.Result carried = CarriedError.of(cell, own, hints);
        if (carried != null && carried.fromWrong() && carried.value() == a.value()) {
            return new Verdict(cell.id(), VerdictKind.CONSISTENT, typed, a.value(), t, carried.value(), carried.note(), null);
        }
        return new Verdict(cell.id(), VerdictKind.WRONG, typed, a.value(), t, Double.NaN, null, null);
    }

    /** A typed answer read for a cell: yes/no as 1/0 for a yes-or-no cell, a number otherwise; null if unreadable. */
    static Answer read(Cell cell, String typed) {
        if (cell.kind().yesNo()) {
            int v = YesNo.parse(typed);
            return v < 0 ? null : new Answer(v, 0, 0, false);
        }
        try {
            return AnswerParser.parse(typed);
        } catch (AnswerException e) {
            return null;
        }
    }
}

package backprop.check;

import backprop.backward.Cell;
import backprop.backward.Factor;
import backprop.backward.Term;
import backprop.model.Tolerance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a student's own numbers make of each cell, for error carried forward. An answered cell is what they
 * typed (if it can be read); an asked cell still empty, or unreadable, is its true value, so one bad cell
 * never blocks another; a cell that is not asked (a second forward pass nobody asks for) is worked out from
 * the cells it reads, so their numbers travel through it to the next asked cell. Each value comes with the
 * wrong answers it follows from.
 */
final class StudentValues {

    /** A wrong answer of the student's that a value follows from. */
    record Used(Cell cell, String typed, Answer answer) {
    }

    /** A cell's value under the student's answers, and the wrong answers that made it differ from the truth. */
    record Known(double value, List<Used> wrong, boolean typed) {
    }

    private final Map<String, String> answers;
    private final Map<String, Cell> answerable;
    private final Map<String, Cell> all;
    private final Tolerance tol;
    private final Map<String, Known> memo = new HashMap<>();

    /**
     * @param answerable the cells a student answers (an answer for any other cell is ignored)
     * @param all        every cell of the sheet, asked or not, by id
     */
    StudentValues(Map<String, String> answers, Map<String, Cell> answerable, Map<String, Cell> all, Tolerance tol) {
        this.answers = answers == null ? Map.of() : answers;
        this.answerable = answerable;
        this.all = all;
        this.tol = tol;
    }

    /** null for an id that is no cell (the input x, a given forward value): the factor keeps its own value. */
    Known of(String id) {
        Known k = memo.get(id);
        if (k != null) return k;
        Cell c = all.get(id);
        if (c == null) return null;
        k = answerable.containsKey(id) ? answered(c) : worked(c);
        memo.put(id, k);
        return k;
    }

    private Known answered(Cell c) {
        String typed = answers.get(c.id());
        if (typed == null || typed.trim().isEmpty()) return new Known(c.value(), List.of(), false);
        Answer a = Checker.read(c, typed);
        if (a == null) return new Known(c.value(), List.of(), false);
        boolean right = c.kind().yesNo() ? a.value() == c.value() : StepRule.accepts(c, a, c.value(), tol);
        return new Known(a.value(), right ? List.of() : List.of(new Used(c, typed.trim(), a)), true);
    }

    /** A cell nobody answers: its own sum with the student's values put in, or its true value if none changes. */
    private Known worked(Cell c) {
        List<Used> wrong = new ArrayList<>();
        boolean changed = false;
        double sum = 0;
        for (Term t : c.terms()) {
            double p = 1;
            for (Factor f : t.factors()) {
                double v = f.value();
                Known k = f.cellId() == null ? null : of(f.cellId());
                if (k != null && k.value() != valueOf(f)) {
                    v = f.from(k.value());
                    changed = true;
                    for (Used u : k.wrong()) if (!contains(wrong, u.cell())) wrong.add(u);
                }
                p *= v;
            }
            sum += p;
        }
        return new Known(changed ? sum : c.value(), wrong, false);
    }

    /** The true value of the cell a factor reads. */
    private double valueOf(Factor f) {
        Cell c = all.get(f.cellId());
        return c == null ? f.value() : c.value();
    }

    static boolean contains(List<Used> used, Cell c) {
        for (Used u : used) if (u.cell() == c) return true;
        return false;
    }
}

package backprop.symbolic;

import backprop.solve.Solution;
import backprop.solve.Solver;

/**
 * The expression module's one operation: a request in, a reply out, both text. The exercise is solved once and
 * kept while the page asks about it; a damaged request, or one the solver cannot solve, gets a failure reply
 * rather than an exception across the page's boundary.
 */
public final class SymbolicService {

    private String lastExercise;
    private SymbolicExercise last;

    public String check(String request) {
        SymbolicRequest.Read r;
        try {
            r = SymbolicRequest.read(request == null ? "" : request);
        } catch (IllegalArgumentException e) {
            return SymbolicReply.failed("the page's request could not be read: " + e.getMessage());
        }
        try {
            if (last == null || !r.exerciseText().equals(lastExercise)) {
                Solution sol = Solver.solve(r.exercise());
                last = SymbolicExercise.of(sol);
                lastExercise = r.exerciseText();
            }
            if (last.symbols().order(r.cellId()) < 0) return SymbolicReply.failed("this exercise has no cell " + r.cellId());
            String label = backprop.notation.SymText.of(last.symbols().solution().backward().cell(r.cellId()).label());
            return SymbolicReply.of(last.judge(r.cellId(), r.typed()), label);
        } catch (RuntimeException e) {
            return SymbolicReply.failed("the expression could not be checked: " + e.getMessage());
        }
    }
}

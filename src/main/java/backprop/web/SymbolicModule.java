package backprop.web;

import backprop.backward.Cell;
import backprop.model.Exercise;
import backprop.solve.Solution;
import backprop.solve.Solver;
import java.util.ArrayList;
import java.util.List;
import backprop.symbolic.AskedExpressions;
import backprop.symbolic.ExpressionAnswers;
import backprop.symbolic.SymbolicExercise;
import backprop.symbolic.SymbolicRequest;
import backprop.symbolic.SymbolicService;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * TeaVM entry of {@code symbolic.js}, the expression checker the page loads on demand. It puts two functions on
 * {@code window.backpropSymbolic}, text in and text out: {@code attach(exerciseText)} draws a field above every
 * cell the exercise asks as an expression and judges what is typed there, and {@code check(requestText)} judges one
 * expression (the same road, for tests and other pages). It holds the parser, the judge and the solver, and no
 * exercise file reader: the page sends the exercise's numbers.
 */
public final class SymbolicModule {

    private SymbolicModule() {
    }

    /** The status line above the cells (the page's), where a storage problem is said beside the expressions. */
    private static void status(String message) {
        HTMLElement line = Dom.byId("expr-status");
        if (line == null) return;
        line.setTextContent(message);
        line.setAttribute("data-verdict", message.isEmpty() ? "" : "storage");
    }

    /** The exercise on screen: what its fields hold is kept, and cleared by Reset progress. */
    private static ExpressionAnswers answers;
    private static final List<ExpressionRow> rows = new ArrayList<>();
    private static SymbolicExercise shown;

    /** The page's row of a cell (cell ids are letters, digits and dots, which need no quoting in a selector). */
    private static HTMLElement numberRow(String cellId) {
        return (HTMLElement) Dom.doc().querySelector("#cell-list .cell[data-cell-id='" + cellId + "']");
    }

    private static void focusNumber(HTMLElement row) {
        HTMLElement field = (HTMLElement) row.querySelector("input.answer");
        if (field != null) field.focus();
    }

    public static void main(String[] args) {
        SymbolicService service = new SymbolicService();
        Dom.expose(ExpressionModule.MODULE, "check", service::check);
        Dom.expose(ExpressionModule.MODULE, "attach", SymbolicModule::attach);
        Dom.expose(ExpressionModule.MODULE, "reset", SymbolicModule::reset);
    }

    /** Reset progress: every field empty, nothing kept. */
    static String reset(String unused) {
        if (answers == null) return "";
        answers.clear();
        for (ExpressionRow r : rows) {
            Dom.setValue(r.input, "");
            r.judge(shown);
        }
        status(answers.problem() == null ? "" : answers.problem());
        return "";
    }

    private static void keep(ExpressionAnswers kept, String id, ExpressionRow row) {
        String problemBefore = kept.problem();
        kept.set(id, Dom.value(row.input));
        if (kept.problem() != null || problemBefore != null) status(kept.problem() == null ? "" : kept.problem());
    }

    /** Draws the expression fields of the exercise on screen; "" when done, else what went wrong. */
    static String attach(String exerciseText) {
        try {
            Exercise ex = SymbolicRequest.readExercise(exerciseText);
            Solution sol = Solver.solve(ex);
            SymbolicExercise sx = SymbolicExercise.of(sol);
            answers = new ExpressionAnswers(new BrowserStore(), exerciseText);
            rows.clear();
            shown = sx;
            String note = sx.symbols().numberingNote();
            boolean noted = false;
            for (String id : AskedExpressions.ids(sol)) {
                Cell c = sol.backward().cell(AskedExpressions.cellOf(id));
                HTMLElement number = numberRow(c.id());
                if (number == null || number.getParentNode() == null) continue;
                ExpressionRow row = new ExpressionRow(c, sx);
                number.getParentNode().insertBefore(row.root, number);
                if (note != null && !noted) {
                    // Once, above the first expression field, where the first name is typed.
                    number.getParentNode().insertBefore(Dom.el("p", "help expr-numbering", note), row.root);
                    noted = true;
                }
                rows.add(row);
                ExpressionAnswers kept = answers;
                String before = kept.typed(id);
                if (before != null) {
                    Dom.setValue(row.input, before);
                    row.judge(sx);
                }
                row.input.addEventListener("keydown", (EventListener<KeyboardEvent>) e -> {
                    if (!"Enter".equals(e.getKey())) return;
                    e.preventDefault();
                    keep(kept, id, row);
                    row.judge(sx);
                    focusNumber(number);
                });
                row.input.addEventListener("change", e -> {
                    keep(kept, id, row);
                    row.judge(sx);
                });
            }
            // A storage problem is the student's to know, on the line the page keeps above the cells.
            status(answers.problem() == null ? "" : answers.problem());
            return "";
        } catch (RuntimeException e) {
            return "The expression fields could not be drawn: " + e.getMessage();
        }
    }
}

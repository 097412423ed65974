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
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
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

    @JSFunctor
    interface Text extends JSObject {
        String apply(String text);
    }

    private SymbolicModule() {
    }

    @JSBody(params = {"checkFunction", "attachFunction", "resetFunction"}, script = "window.backpropSymbolic={"
            + "check:function(requestText){return checkFunction(requestText);},"
            + "attach:function(exerciseText){return attachFunction(exerciseText);},"
            + "reset:function(){return resetFunction('');}};")
    private static native void export(Text checkFunction, Text attachFunction, Text resetFunction);

    /** The status line above the cells (the page's), where a storage problem is said beside the expressions. */
    @JSBody(params = "message", script = "var line=document.getElementById('expr-status');"
            + "if(line){line.textContent=message;line.setAttribute('data-verdict',message?'storage':'');}")
    private static native void status(String message);

    /** The exercise on screen: what its fields hold is kept, and cleared by Reset progress. */
    private static ExpressionAnswers answers;
    private static final List<ExpressionRow> rows = new ArrayList<>();
    private static SymbolicExercise shown;

    @JSBody(params = "cellId", script = "return document.querySelector(\"#cell-list .cell[data-cell-id='\"+cellId+\"']\");")
    private static native HTMLElement numberRow(String cellId);

    @JSBody(params = "rowElement", script = "var field=rowElement.querySelector('input.answer');if(field)field.focus();")
    private static native void focusNumber(HTMLElement rowElement);

    public static void main(String[] args) {
        SymbolicService service = new SymbolicService();
        export(service::check, SymbolicModule::attach, SymbolicModule::reset);
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
            for (String id : AskedExpressions.ids(sol)) {
                Cell c = sol.backward().cell(AskedExpressions.cellOf(id));
                HTMLElement number = numberRow(c.id());
                if (number == null || number.getParentNode() == null) continue;
                ExpressionRow row = new ExpressionRow(c, sx);
                number.getParentNode().insertBefore(row.root, number);
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

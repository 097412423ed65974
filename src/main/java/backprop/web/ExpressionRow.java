package backprop.web;

import backprop.backward.Cell;
import backprop.model.Exercise;
import backprop.symbolic.SymbolicReply;
import backprop.symbolic.SymbolicRequest;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A cell asked as an expression, drawn above the cell's number: its label, a text field for the chain-rule
 * expression, and the verdict the expression module gives with the cell's true expression and value. It says so
 * while the module is loading, and plainly when it cannot be loaded.
 */
final class ExpressionRow {

    static final String LOADING = "The expression checker is loading…";
    static final String UNAVAILABLE = "The expression checker (symbolic.js) could not be loaded, so expressions cannot be"
            + " checked in this page; the numbers still are. Reload the page to try again.";

    final Cell cell;
    final HTMLElement root;
    final HTMLElement input;
    private final HTMLElement verdict;
    private final HTMLElement truth;

    ExpressionRow(Cell cell) {
        this.cell = cell;
        String id = "expr." + cell.id();
        root = Dom.el("div", "expr-cell");
        root.setAttribute("data-expr-id", id);
        HTMLElement l = Dom.add(root, Dom.el("label", "cell-label"));
        l.setAttribute("for", "answer-" + id);
        l.appendChild(MathMl.math(false)).appendChild(MathMl.of(cell.label()));
        Dom.add(l, Dom.el("span", null, " as an expression"));
        input = Dom.add(root, Dom.el("input", "answer expr-answer"));
        input.setAttribute("id", "answer-" + id);
        input.setAttribute("type", "text");
        input.setAttribute("autocomplete", "off");
        input.setAttribute("spellcheck", "false");
        input.setAttribute("aria-describedby", "verdict-" + id);
        verdict = Dom.add(root, Dom.el("p", "verdict"));
        verdict.setAttribute("id", "verdict-" + id);
        verdict.setAttribute("aria-live", "polite");
        truth = Dom.add(root, Dom.el("p", "expr-truth"));
        draw("", "", "", "");
    }

    /** Judges what the field holds now, or says why it cannot yet. */
    void judge(Exercise ex) {
        String typed = Dom.value(input);
        int s = ExpressionModule.state();
        if (typed == null || typed.trim().isEmpty()) draw("", "", "", "");
        else if (s == ExpressionModule.FAILED) draw("unavailable", "", UNAVAILABLE, "");
        else if (s != ExpressionModule.READY) draw("loading", "", LOADING, "");
        else {
            SymbolicReply.Read r = SymbolicReply.read(ExpressionModule.check(SymbolicRequest.of(ex, cell.id(), typed)));
            if (r.failure != null) draw("unavailable", "", "This expression could not be checked: " + r.failure + ".", "");
            else draw(r.kind, r.hint, r.readAs.isEmpty() ? r.words : r.words + " " + r.readAs + ".", r.truth);
        }
    }

    /** Waiting for the module: judged again when it is there. */
    boolean waiting() {
        return "loading".equals(verdict.getAttribute("data-verdict"));
    }

    private void draw(String kind, String hint, String text, String worked) {
        verdict.setAttribute("data-verdict", kind);
        verdict.setAttribute("data-hint", hint);
        verdict.setTextContent(text);
        truth.setTextContent(worked);
        Dom.hide(truth, worked.isEmpty());
    }
}

package backprop.web;

import backprop.backward.Cell;
import backprop.notation.SymText;
import backprop.render.MathMarkup;
import backprop.symbolic.ExpressionWords;
import backprop.symbolic.SymbolicExercise;
import backprop.symbolic.SymbolicVerdict;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A cell asked as an expression, drawn by the expression module above the cell's number: its label, a text field
 * for the chain-rule expression, and the verdict with the cell's true expression and value. Part of symbolic.js,
 * never of the page itself.
 */
final class ExpressionRow {

    final Cell cell;
    final HTMLElement root;
    final HTMLElement input;
    private final HTMLElement verdict;
    private final HTMLElement truth;
    private final String label;
    /** The true expression and value: hidden until a verdict, printed with the answer key (an .explanation). */
    private final String worked;

    ExpressionRow(Cell cell, SymbolicExercise sx) {
        this.cell = cell;
        this.label = SymText.of(cell.label());
        this.worked = ExpressionWords.truth(label, sx.judge(cell.id(), ""));
        String id = "expr." + cell.id();
        root = Dom.el("div", "expr-cell");
        root.setAttribute("data-expr-id", id);
        HTMLElement l = Dom.add(root, Dom.el("label", "cell-label"));
        l.setAttribute("for", "answer-" + id);
        Dom.html(l, MathMarkup.inline(cell.label()));
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
        truth = Dom.add(root, Dom.el("p", "explanation expr-truth", worked));
        draw("", "", "", false);
    }

    /** Judges what the field holds now; an empty field has no verdict. */
    void judge(SymbolicExercise sx) {
        String typed = Dom.value(input);
        if (typed == null || typed.trim().isEmpty()) {
            draw("", "", "", false);
            return;
        }
        SymbolicVerdict v = sx.judge(cell.id(), typed);
        String read = ExpressionWords.readAs(v);
        String words = ExpressionWords.verdict(v);
        draw(v.kind().key(), v.hintKey() == null ? "" : v.hintKey(), read == null ? words : words + " " + read + ".", true);
    }

    private void draw(String kind, String hint, String text, boolean showTruth) {
        verdict.setAttribute("data-verdict", kind);
        verdict.setAttribute("data-hint", hint);
        verdict.setTextContent(text);
        Dom.hide(truth, !showTruth);
    }
}

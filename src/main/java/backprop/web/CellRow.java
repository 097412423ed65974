package backprop.web;

import backprop.backward.Cell;
import backprop.notation.Num;
import backprop.notation.SymText;
import backprop.render.ChainText;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/** One answerable cell: its math label, the input, "Show answer", the verdict, a hint and the worked product. */
final class CellRow {

    final Cell cell;
    final HTMLElement root;
    final HTMLInputElement input;
    final HTMLButtonElement showButton;
    private final HTMLElement verdict;
    private final HTMLElement hint;
    private final HTMLElement explanation;
    /** The data-verdict value shown now. */
    String kind = "";

    CellRow(Cell cell) {
        this.cell = cell;
        root = Dom.el("div", "cell");
        root.setAttribute("data-cell-id", cell.id());
        String inputId = "answer-" + cell.id();
        String verdictId = "verdict-" + cell.id();
        HTMLElement label = Dom.add(root, Dom.el("label", "cell-label"));
        label.setAttribute("for", inputId);
        label.appendChild(MathMl.math(false)).appendChild(MathMl.of(cell.label()));
        input = (HTMLInputElement) Dom.add(root, Dom.el("input", "answer"));
        input.setId(inputId);
        input.setType("text");
        input.setAttribute("inputmode", "decimal");
        input.setAttribute("autocomplete", "off");
        input.setAttribute("spellcheck", "false");
        input.setAttribute("aria-describedby", verdictId);
        input.setMaxLength(200);
        showButton = (HTMLButtonElement) Dom.add(root, Dom.el("button", "show-answer", "Show answer"));
        showButton.setType("button");
        showButton.setAttribute("aria-label", "Show the answer for " + SymText.of(cell.label()));
        verdict = Dom.add(root, Dom.el("p", "verdict"));
        verdict.setId(verdictId);
        verdict.setAttribute("data-verdict", "");
        verdict.setAttribute("aria-live", "polite");
        hint = Dom.add(root, Dom.el("p", "hint"));
        Dom.hide(hint, true);
        explanation = Dom.add(root, Dom.el("div", "explanation"));
        Dom.hide(explanation, true);
    }

    /** Shows a checked answer's verdict; the worked product appears once the student has committed to an answer. */
    void show(Verdict v) {
        setShown(false);
        kind = v.kind();
        String exact = Num.format(cell.value());
        String text;
        switch (kind) {
            case "correct" -> text = "Correct. Exact value: " + exact;
            case "consistent" -> text = "Consistent with your earlier answer: your value follows from what you wrote before"
                    + (Double.isNaN(v.carried()) ? "" : " (" + Num.format(v.carried()) + ")")
                    + ", so the method is right; the earlier error carries over. Exact value: " + exact;
            case "wrong" -> text = "Not quite. The answer is " + exact + ".";
            case "unreadable" -> text = "Could not read this answer: " + v.problem();
            default -> text = "";
        }
        render(text, v.hint());
    }

    /** The answer given away: filled in, read-only, not counted as correct. */
    void reveal() {
        setShown(true);
        kind = "shown";
        input.setValue(Num.format(cell.value()));
        render("Shown: " + Num.format(cell.value()), null);
    }

    void reset() {
        setShown(false);
        input.setValue("");
        kind = "";
        render("", null);
    }

    boolean isShown() {
        return input.isReadOnly();
    }

    /** Answered or shown: counts towards unlocking the update. */
    boolean done() {
        return kind.equals("correct") || kind.equals("consistent") || kind.equals("wrong") || kind.equals("shown");
    }

    private void setShown(boolean on) {
        input.setReadOnly(on);
        showButton.setDisabled(on);
    }

    private void render(String text, String hintText) {
        verdict.setAttribute("data-verdict", kind);
        verdict.setTextContent(text);
        hint.setTextContent(hintText == null ? "" : hintText);
        Dom.hide(hint, hintText == null || hintText.isEmpty());
        boolean explain = done();
        if (explain && !explanation.hasChildNodes()) {
            // Filled on first need: a page of 40 cells would otherwise build 40 MathML trees nobody has asked for.
            explanation.appendChild(MathMl.chain(cell));
            explanation.appendChild(Dom.el("p", "explanation-text", ChainText.of(cell)));
        }
        Dom.hide(explanation, !explain);
    }
}

package backprop.web;

import backprop.backward.Cell;
import backprop.check.Hint;
import backprop.check.Verdict;
import backprop.check.VerdictKind;
import backprop.notation.Num;
import backprop.notation.SymText;
import backprop.render.ChainText;
import backprop.session.Attempt;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/** One answerable cell: its math label, the input, "Show answer", the verdict, a hint and the worked product. */
final class CellRow {

    static final String SHOWN = "shown";

    final Cell cell;
    final HTMLElement root;
    final HTMLInputElement input;
    final HTMLButtonElement showButton;
    private final HTMLElement verdict;
    private final HTMLElement hint;
    private final HTMLElement explanation;
    private final HTMLElement carried;
    /** The data-verdict value shown now: a VerdictKind key, or "shown". */
    private String kind = "";
    private VerdictKind verdictKind = VerdictKind.EMPTY;
    /** What the carried product was last drawn from, so it is rebuilt only when an earlier answer changed. */
    private String carriedFrom = "";

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
        // The visible label is MathML, which not every screen reader or checker reads; the plain-text name always works.
        input.setAttribute("aria-label", "Answer for " + SymText.of(cell.label()));
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
        hint.setAttribute("data-hint", "");
        Dom.hide(hint, true);
        carried = Dom.add(root, Dom.el("div", "carried"));
        Dom.hide(carried, true);
        explanation = Dom.add(root, Dom.el("div", "explanation"));
        Dom.hide(explanation, true);
    }

    /** Draws the cell as the attempt has it now: its verdict, or the shown answer. */
    void show(Attempt attempt, int i) {
        Verdict v = attempt.verdict(i);
        verdictKind = v.kind();
        boolean shown = attempt.isShown(i);
        input.setReadOnly(shown);
        offerShow(attempt.canShow(i));
        root.setAttribute("data-outcome", attempt.outcome(i).key());
        String exact = Num.format(cell.value());
        if (shown) {
            kind = SHOWN;
            input.setValue(exact);
            render("Shown: " + exact, null);
            Dom.hide(carried, true);
            return;
        }
        kind = v.kind().key();
        VerdictKind k = v.kind();
        String text = "";
        // if, not switch: a switch on an enum costs the page a class of its own under TeaVM.
        if (k == VerdictKind.CORRECT) {
            text = "Right. The exact value is " + exact + ".";
        } else if (k == VerdictKind.CONSISTENT) {
            text = "Consistent with your earlier answer: your value " + (v.problem() == null ? "follows from what you wrote before" : v.problem())
                    + ". The method is right; the earlier error carries over. The exact value is " + exact + ".";
        } else if (k == VerdictKind.WRONG) {
            text = "Not quite. The answer is " + exact + ".";
        } else if (k == VerdictKind.UNREADABLE) {
            text = v.problem() == null ? "This answer cannot be read as a number." : v.problem();
        }
        render(text, v.hint());
        boolean own = k == VerdictKind.CONSISTENT && !Double.isNaN(v.carried());
        if (own) {
            String from = v.typed() + "|" + Num.format(v.carried()) + "|" + v.problem();
            if (!from.equals(carriedFrom)) {
                Dom.clear(carried);
                carried.appendChild(Dom.el("p", "carried-title", "With your own earlier numbers:"));
                carried.appendChild(MathMl.carried(cell, attempt.answers(), v.carried()));
                carriedFrom = from;
            }
        }
        Dom.hide(carried, !own);
    }

    /** The verdict drawn now. */
    VerdictKind verdictKind() {
        return verdictKind;
    }

    private void offerShow(boolean on) {
        if (showButton.isDisabled() == on) showButton.setDisabled(!on);
    }

    /** Answered or shown: the worked product is there to read. */
    private boolean done() {
        return kind.equals("correct") || kind.equals("consistent") || kind.equals("wrong") || kind.equals(SHOWN);
    }

    private void render(String text, Hint h) {
        verdict.setAttribute("data-verdict", kind);
        root.setAttribute("data-state", kind);
        input.setAttribute("aria-invalid", kind.equals("wrong") || kind.equals("unreadable") ? "true" : "false");
        // Text set again unchanged would be announced again by a screen reader.
        if (!text.equals(verdict.getTextContent())) verdict.setTextContent(text);
        String hintText = h == null ? "" : h.message();
        if (!hintText.equals(hint.getTextContent())) hint.setTextContent(hintText);
        hint.setAttribute("data-hint", h == null ? "" : h.key());
        Dom.hide(hint, hintText.isEmpty());
        boolean explain = done();
        if (explain) fillExplanation();
        Dom.hide(explanation, !explain);
    }

    /** Filled on first need: a page of 40 cells would otherwise build 40 MathML trees nobody has asked for. */
    void fillExplanation() {
        if (explanation.hasChildNodes()) return;
        explanation.appendChild(MathMl.chain(cell));
        explanation.appendChild(Dom.el("p", "explanation-text", ChainText.of(cell)));
    }
}

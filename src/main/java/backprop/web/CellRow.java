package backprop.web;

import backprop.backward.Cell;
import backprop.check.AnswerParser;
import backprop.check.Hint;
import backprop.check.Verdict;
import backprop.check.VerdictKind;
import backprop.notation.Num;
import backprop.notation.SymText;
import backprop.render.ChainText;
import backprop.render.MathMarkup;
import backprop.render.VerdictText;
import backprop.question.Option;
import backprop.question.Question;
import backprop.question.QuestionKind;
import backprop.session.Attempt;
import backprop.session.Session;
import java.util.HashMap;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * One item of the worksheet: a cell (its math label, the answer field, "Show answer", the verdict, a hint and
 * the worked product) or a question that is not a number (its prompt, a whole-number field or a choice).
 */
final class CellRow {

    static final String SHOWN = "shown";

    /** One skeleton per kind of row, copied for each row: see {@link #shape}. */
    private static final Map<String, HTMLElement> SHAPES = new HashMap<>();

    /** null for a question. */
    final Cell cell;
    final Question question;
    final String id;
    final HTMLElement root;
    /** A text input, or a select for a choice question. */
    final HTMLElement input;
    final HTMLButtonElement showButton;
    private final HTMLElement verdict;
    private final HTMLElement hint;
    private final HTMLElement explanation;
    private final HTMLElement carried;
    /** The data-verdict value shown now: a VerdictKind key, or "shown". */
    private String kind = "";
    private VerdictKind verdictKind = VerdictKind.EMPTY;
    /** The answer is shown, whatever the verdict of what was typed before. */
    private boolean shownNow;
    /** What the carried product was last drawn from, so it is rebuilt only when an earlier answer changed. */
    private String carriedFrom = "";
    private boolean readOnly;
    /** The worked product gives nothing away now; false while it would show a value still asked. */
    private boolean explainable = true;

    /** {@code labels} parses the label's MathML, with every other row's, once the list is built. */
    CellRow(Attempt attempt, int i, Dom.HtmlBatch labels) {
        this.cell = attempt.cell(i);
        this.question = attempt.question(i);
        this.id = attempt.id(i);
        root = shape();
        HTMLElement label = (HTMLElement) root.getFirstChild();
        input = (HTMLElement) label.getNextSibling();
        showButton = (HTMLButtonElement) input.getNextSibling();
        verdict = (HTMLElement) showButton.getNextSibling();
        hint = (HTMLElement) verdict.getNextSibling();
        carried = (HTMLElement) hint.getNextSibling();
        explanation = (HTMLElement) carried.getNextSibling();

        root.setAttribute("data-cell-id", id);
        String inputId = "answer-" + id;
        String verdictId = "verdict-" + id;
        label.setAttribute("for", inputId);
        String name;
        if (question != null) {
            label.setTextContent(question.prompt());
            name = question.prompt();
        } else {
            labels.add(label, MathMarkup.inline(cell.label()));
            name = SymText.of(cell.label());
        }
        input.setAttribute("id", inputId);
        // The visible label may be MathML, which not every screen reader or checker reads; the plain-text name always works.
        input.setAttribute("aria-label", "Answer for " + name);
        input.setAttribute("aria-describedby", verdictId);
        showButton.setAttribute("aria-label", "Show the answer for " + name);
        verdict.setId(verdictId);
    }

    /**
     * A fresh copy of this kind of row's skeleton. Copying a built tree is several times cheaper in the browser than
     * building each element and attribute again, and a large exercise opens with a thousand rows or more.
     */
    private HTMLElement shape() {
        // A choice's options are its own.
        if (question != null && question.kind() == QuestionKind.CHOICE) return skeleton();
        String key = question != null ? "count" : cell.kind().yesNo() ? "yes-no" : "number";
        HTMLElement s = SHAPES.get(key);
        if (s == null) SHAPES.put(key, s = skeleton());
        return Dom.deepCopy(s);
    }

    /** The row's elements, with everything that is the same for every row of its kind. */
    private HTMLElement skeleton() {
        HTMLElement r = Dom.el("div", question == null ? "cell" : "cell question");
        Dom.add(r, Dom.el("label", "cell-label"));
        HTMLElement field;
        if (question != null && question.kind() == QuestionKind.CHOICE) {
            field = Dom.add(r, Dom.el("select", "answer"));
            Dom.add(field, Dom.el("option", null, "— choose —")).setAttribute("value", "");
            for (Option o : question.options()) Dom.add(field, Dom.el("option", null, o.text())).setAttribute("value", o.key());
        } else {
            field = Dom.add(r, Dom.el("input", "answer"));
            field.setAttribute("type", "text");
            boolean yesNo = cell != null && cell.kind().yesNo();
            field.setAttribute("inputmode", question != null ? "numeric" : yesNo ? "text" : "decimal");
            if (yesNo) field.setAttribute("placeholder", "yes or no");
            field.setAttribute("autocomplete", "off");
            field.setAttribute("spellcheck", "false");
            // Longer than any answer the checker reads, so an over-long paste is refused with a message rather than cut.
            ((HTMLInputElement) field).setMaxLength(AnswerParser.MAX_LENGTH * 10);
        }
        HTMLButtonElement button = (HTMLButtonElement) Dom.add(r, Dom.el("button", "show-answer", "Show answer"));
        button.setType("button");
        HTMLElement v = Dom.add(r, Dom.el("p", "verdict"));
        v.setAttribute("data-verdict", "");
        v.setAttribute("aria-live", "polite");
        HTMLElement h = Dom.add(r, Dom.el("p", "hint"));
        h.setAttribute("data-hint", "");
        Dom.hide(h, true);
        Dom.hide(Dom.add(r, Dom.el("div", "carried")), true);
        Dom.hide(Dom.add(r, Dom.el("div", "explanation")), true);
        if (question != null && question.kind() == QuestionKind.CHOICE) {
            // A printed select shows only its current value: print lists every option instead (style.css .print-options), none marked.
            HTMLElement list = Dom.add(r, Dom.el("ol", "print-options"));
            for (Option o : question.options()) Dom.add(list, Dom.el("li", null, o.text()));
        }
        return r;
    }

    String value() {
        return Dom.value(input);
    }

    void setValue(String v) {
        Dom.setValue(input, v);
    }

    boolean isReadOnly() {
        return readOnly;
    }

    private void setReadOnly(boolean on) {
        if (readOnly == on) return;
        readOnly = on;
        if (question != null && question.kind() == QuestionKind.CHOICE) Dom.setDisabled(input, on);
        else ((HTMLInputElement) input).setReadOnly(on);
    }

    /** Draws the cell as the attempt has it now: its verdict, or the shown answer. */
    void show(Session session, int i) {
        Attempt attempt = session.attempt();
        explainable = session.mayExplain(i);
        Verdict v = attempt.verdict(i);
        verdictKind = v.kind();
        boolean shown = attempt.isShown(i);
        shownNow = shown;
        setReadOnly(shown);
        offerShow(attempt.canShow(i));
        Dom.attribute(root, "data-outcome", attempt.outcome(i).key());
        if (shown) {
            kind = SHOWN;
            setValue(question == null ? VerdictText.field(cell) : attempt.rightAnswer(i));
            render(VerdictText.shown(cell, question), null);
            Dom.hide(carried, true);
            return;
        }
        kind = v.kind().key();
        VerdictKind k = v.kind();
        // Unanswered rows, most of a large exercise as it opens, get "" and never format their value.
        render(VerdictText.of(v, cell, question), v.hint());
        boolean own = cell != null && k == VerdictKind.CONSISTENT && !Double.isNaN(v.carried());
        if (own) {
            String from = v.typed() + "|" + Num.format(v.carried()) + "|" + v.problem();
            if (!from.equals(carriedFrom)) {
                Dom.clear(carried);
                carried.appendChild(Dom.el("p", "carried-title", "With your own earlier numbers:"));
                Dom.html(carried, MathMarkup.carried(cell, attempt.answers(), v.carried()));
                carriedFrom = from;
            }
        }
        Dom.hide(carried, !own);
    }

    /** Judged, but its worked product waits for values it would give away. */
    boolean waiting() {
        return done() && !explainable;
    }

    /** Nothing drawn under the field yet: no verdict, hint or worked product. */
    boolean blank() {
        return !shownNow && verdictKind == VerdictKind.EMPTY;
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
        return shownNow || verdictKind == VerdictKind.CORRECT || verdictKind == VerdictKind.CONSISTENT || verdictKind == VerdictKind.WRONG;
    }

    private void render(String text, Hint h) {
        Dom.attribute(verdict, "data-verdict", kind);
        Dom.attribute(root, "data-state", kind);
        boolean invalid = !shownNow && (verdictKind == VerdictKind.WRONG || verdictKind == VerdictKind.UNREADABLE);
        Dom.attribute(input, "aria-invalid", invalid ? "true" : "false");
        // Text set again unchanged would be announced again by a screen reader.
        Dom.text(verdict, text);
        String hintText = h == null ? "" : h.message();
        Dom.text(hint, hintText);
        Dom.attribute(hint, "data-hint", h == null ? "" : h.key());
        Dom.hide(hint, hintText.isEmpty());
        boolean explain = done() && explainable;
        if (explain) fillExplanation();
        Dom.hide(explanation, !explain);
    }

    /** Filled on first need: a page of 40 cells would otherwise build 40 MathML trees nobody has asked for. */
    void fillExplanation() {
        if (explanation.hasChildNodes()) return;
        if (question != null) {
            explanation.appendChild(Dom.el("p", "explanation-text", question.explanation()));
            return;
        }
        // Both sides are written once, for the MathML and for its plain-text twin.
        String symbolic = ChainText.symbolic(cell.terms());
        String numeric = ChainText.numeric(cell.terms());
        Dom.html(explanation, MathMarkup.chain(cell, symbolic, numeric));
        explanation.appendChild(Dom.el("p", "explanation-text", ChainText.of(cell, symbolic, numeric)));
    }
}

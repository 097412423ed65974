package backprop.web;

import backprop.backward.Cell;
import backprop.backward.CellKind;
import backprop.check.VerdictKind;
import backprop.session.Attempt;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;

/** The answer cells of the attempt, grouped by layer; each change redraws only the rows whose verdict changed. */
final class CellList {

    private final Page page;
    private final List<CellRow> rows = new ArrayList<>();

    CellList(Page page) {
        this.page = page;
    }

    /** One row per asked cell, built once per exercise; the rows' state is then drawn from the attempt. */
    void build(Attempt attempt, int depth) {
        HTMLElement list = Dom.byId("cell-list");
        Dom.clear(list);
        rows.clear();
        String group = null;
        for (int i = 0; i < attempt.size(); i++) {
            Cell c = attempt.cells().get(i);
            String g = groupOf(c, depth);
            if (!g.equals(group)) list.appendChild(Dom.el("h3", "cell-group", g));
            group = g;
            CellRow row = new CellRow(c);
            wire(row, i);
            rows.add(row);
            list.appendChild(row.root);
            String typed = attempt.typed(i);
            if (typed != null) row.input.setValue(typed);
        }
        renderAll(attempt);
    }

    void renderAll(Attempt attempt) {
        for (int i = 0; i < rows.size(); i++) rows.get(i).show(attempt, i);
    }

    /** After a reset: every field holds what the attempt holds, which is nothing. */
    void clear(Attempt attempt) {
        for (CellRow r : rows) r.input.setValue("");
        renderAll(attempt);
    }

    /** Only the rows whose verdict changed: nothing else about a row (its outcome, its Show answer) can have changed. */
    void render(Attempt attempt, int[] changed) {
        for (int i : changed) rows.get(i).show(attempt, i);
    }

    /** The worked product of every cell, for the printed answer key. */
    void fillExplanations() {
        for (CellRow r : rows) r.fillExplanation();
    }

    private static String groupOf(Cell c, int depth) {
        if (c.kind() == CellKind.LOCAL) return "Local derivatives";
        return c.layer() == depth ? "Output layer (layer " + depth + ")" : "Layer " + c.layer();
    }

    private void wire(CellRow row, int i) {
        row.input.addEventListener("keydown", (EventListener<KeyboardEvent>) e -> {
            if (!"Enter".equals(e.getKey())) return;
            e.preventDefault();
            Page.safely(() -> {
                page.answered(i, row.input.getValue());
                // An unreadable answer is no attempt: the student stays to fix it.
                if (row.verdictKind() != VerdictKind.UNREADABLE) focusAfter(i);
            });
        });
        row.input.addEventListener("change", e -> Page.safely(() -> page.answered(i, row.input.getValue())));
        row.input.addEventListener("focus", e -> Page.safely(() -> page.focused(row.cell)));
        row.input.addEventListener("blur", e -> Page.safely(() -> page.focused(null)));
        row.showButton.addEventListener("click", e -> Page.safely(() -> {
            page.showAnswer(i);
            focusAfter(i);
        }));
    }

    /** The next answer field still open, or the update once there is none. */
    private void focusAfter(int i) {
        for (int k = i + 1; k < rows.size(); k++) {
            if (!rows.get(k).input.isReadOnly()) {
                rows.get(k).input.focus();
                return;
            }
        }
        HTMLElement update = Dom.byId("update");
        if (!update.isHidden()) Dom.byId("update-title").focus();
    }
}

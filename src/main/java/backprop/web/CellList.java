package backprop.web;

import backprop.backward.Cell;
import backprop.stage.Stage;
import backprop.check.VerdictKind;
import backprop.session.Attempt;
import backprop.session.Session;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;

/** The answer cells of the attempt, grouped by layer; each change redraws only the rows whose verdict changed. */
final class CellList {

    /**
     * Rows from which the list is long: the browser then lays out only the rows near the screen (style.css). Every
     * worksheet is far shorter (the longest asks 44 cells); a generated net of several wide layers is longer.
     */
    static final int LONG = 150;

    private final Page page;
    private final List<CellRow> rows = new ArrayList<>();
    private boolean longList;

    CellList(Page page) {
        this.page = page;
        // Another width lays rows out anew (a narrow screen puts the label on a line of its own): the rows not yet
        // seen take a row's new height.
        Dom.onWidthChange(() -> Page.safely(this::measure));
    }

    /** One row per asked cell, built once per exercise; the rows' state is then drawn from the attempt. */
    void build(Session session, int depth) {
        Attempt attempt = session.attempt();
        HTMLElement list = Dom.byId("cell-list");
        Dom.clear(list);
        rows.clear();
        longList = attempt.size() >= LONG;
        Dom.toggle(list, "long", longList);
        String group = null;
        Dom.HtmlBatch labels = new Dom.HtmlBatch();
        for (int i = 0; i < attempt.size(); i++) {
            Cell c = attempt.cell(i);
            String g = c == null ? "Questions" : groupOf(c, depth);
            if (!g.equals(group)) list.appendChild(Dom.el("h3", "cell-group", g));
            group = g;
            CellRow row = new CellRow(attempt, i, labels);
            wire(row, i);
            rows.add(row);
            list.appendChild(row.root);
            String typed = attempt.typed(i);
            if (typed != null) row.setValue(typed);
        }
        labels.flush();
        measure();
        renderAll(session);
        // Cells asked as expressions are drawn by symbolic.js, loaded on demand (it costs the page nothing until then).
        backprop.model.Exercise ex = session.opened().solution().exercise();
        if (!ex.symbolic().isEmpty()) ExpressionModule.attach(list, ex);
        else ExpressionModule.detach();
    }

    /**
     * A long list's unseen rows take the height of a row with nothing drawn under it yet (style.css, --row-height):
     * the first such from the middle on, as most rows are when a file opens.
     */
    private void measure() {
        if (!longList || rows.isEmpty()) return;
        CellRow row = rows.get(rows.size() / 2);
        for (int k = rows.size() / 2; k < rows.size(); k++) {
            if (rows.get(k).blank()) {
                row = rows.get(k);
                break;
            }
        }
        Dom.rowHeight(Dom.byId("cell-list"), row.root);
    }

    void renderAll(Session session) {
        for (int i = 0; i < rows.size(); i++) rows.get(i).show(session, i);
    }

    /** After a reset: every field holds what the attempt holds, which is nothing. */
    void clear(Session session) {
        for (CellRow r : rows) r.setValue("");
        renderAll(session);
    }

    /**
     * The rows whose verdict changed, and the rows whose worked product waited for a value that may now show:
     * nothing else about a row (its outcome, its Show answer) can have changed.
     */
    void render(Session session, int[] changed) {
        for (int i : changed) rows.get(i).show(session, i);
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).waiting() && session.mayExplain(i)) rows.get(i).show(session, i);
    }

    /** The worked product of every cell, for the printed answer key. */
    void fillExplanations() {
        for (CellRow r : rows) r.fillExplanation();
    }

    /** The heading a cell stands under: its stage, and within the backward pass its layer. */
    private static String groupOf(Cell c, int depth) {
        Stage s = c.kind().stage();
        if (s == Stage.FORWARD) return "Forward pass";
        if (s == Stage.LOSS) return "Loss";
        if (s == Stage.LOCAL) return "Local derivatives";
        if (s == Stage.UPDATE) return "One step of gradient descent: the new parameters";
        if (s == Stage.NEW_FORWARD) return "Forward pass with the new parameters";
        if (s == Stage.NEW_LOSS) return "The new loss";
        if (s == Stage.LOSS_DOWN) return "Did the loss go down?";
        return c.layer() == depth ? "Backward pass: output layer (layer " + depth + ")" : "Backward pass: layer " + c.layer();
    }

    private void wire(CellRow row, int i) {
        row.input.addEventListener("keydown", (EventListener<KeyboardEvent>) e -> {
            if (!"Enter".equals(e.getKey())) return;
            e.preventDefault();
            Page.safely(() -> {
                page.answered(i, row.value());
                // An unreadable answer is no attempt: the student stays to fix it.
                if (row.verdictKind() != VerdictKind.UNREADABLE) focusAfter(i);
            });
        });
        row.input.addEventListener("change", e -> Page.safely(() -> {
            page.answered(i, row.value());
            // Tab out of a right answer would land on its Show answer, now disabled: the focus goes on to the next
            // answer instead of getting lost (and never to a button that gives an answer away).
            Dom.later(() -> Page.safely(() -> {
                if (Dom.focusIsLostOr(row.showButton)) focusAfter(i);
            }));
        }));
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
            if (!rows.get(k).isReadOnly()) {
                rows.get(k).input.focus();
                return;
            }
        }
        if (page.showUpdate()) Dom.byId("update-title").focus();
    }
}

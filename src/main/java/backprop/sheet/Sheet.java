package backprop.sheet;

import backprop.backward.Cell;
import backprop.question.Question;
import backprop.stage.Stage;
import backprop.stage.Stages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One exercise as a worksheet: every cell the solver computes, in the order a student works them (forward
 * pass, loss, local derivatives, backward pass, update, second forward pass, new loss, whether it went
 * down), which of them are asked, and the questions that are not numbers. A cell is asked when its stage
 * is, it is an answer of its own and it is not frozen. Cells that are not asked are still here: they pass
 * a student's numbers on (a second forward pass nobody asks for still carries new weights into the new
 * loss), and a stage that is not asked is shown.
 */
public final class Sheet {

    private final Stages stages;
    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private final List<Cell> asked = new ArrayList<>();
    private final List<Question> questions;

    public Sheet(Stages stages, List<Cell> all, List<Question> questions) {
        this.stages = stages;
        this.questions = List.copyOf(questions);
        for (Cell c : all) {
            cells.put(c.id(), c);
            if (isAsked(c)) asked.add(c);
        }
    }

    public Stages stages() {
        return stages;
    }

    public boolean asks(Stage s) {
        return stages.asks(s);
    }

    /** Every cell, asked or not, in worksheet order. */
    public List<Cell> cells() {
        return new ArrayList<>(cells.values());
    }

    /** The cells a student answers, in worksheet order. */
    public List<Cell> asked() {
        return new ArrayList<>(asked);
    }

    /** The asked cells of one stage, in order. */
    public List<Cell> asked(Stage s) {
        List<Cell> out = new ArrayList<>();
        for (Cell c : asked) if (c.kind().stage() == s) out.add(c);
        return out;
    }

    /** Every cell of one stage, asked or not (frozen gradients, the loss change). */
    public List<Cell> cells(Stage s) {
        List<Cell> out = new ArrayList<>();
        for (Cell c : cells.values()) if (c.kind().stage() == s) out.add(c);
        return out;
    }

    public Cell cell(String id) {
        return cells.get(id);
    }

    public boolean isAsked(Cell c) {
        return stages.asks(c.kind().stage()) && c.kind().answerable() && !c.frozen();
    }

    public List<Question> questions() {
        return questions;
    }

    public Question question(String id) {
        for (Question q : questions) if (q.id().equals(id)) return q;
        return null;
    }

    /** Every id a student answers, in worksheet order: the questions asked first, the cells, the others. */
    public List<String> ids() {
        List<String> out = new ArrayList<>();
        for (Question q : questions) if (q.first()) out.add(q.id());
        for (Cell c : asked) out.add(c.id());
        for (Question q : questions) if (!q.first()) out.add(q.id());
        return out;
    }

    /**
     * Whether a cell's value may be on screen: it is not asked, or the student has answered or shown it
     * ({@code done} holds those ids). The page hides every other value wherever it would appear.
     */
    public boolean mayShow(String cellId, Collection<String> done) {
        Cell c = cells.get(cellId);
        return c == null || !isAsked(c) || done.contains(cellId);
    }

    /** Whether every value of a stage may be on screen: it is not asked, or each of its asked cells is done. */
    public boolean mayShow(Stage s, Collection<String> done) {
        if (!stages.asks(s)) return true;
        for (Cell c : asked) if (c.kind().stage() == s && !done.contains(c.id())) return false;
        return true;
    }

    /** The asked cells whose values the worked product of {@code c} shows: it gives them away until they are done. */
    public List<String> revealedBy(Cell c) {
        List<String> out = new ArrayList<>();
        for (String id : c.dependsOn()) {
            Cell d = cells.get(id);
            if (d != null && isAsked(d)) out.add(id);
        }
        return out;
    }
}

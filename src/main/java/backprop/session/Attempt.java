package backprop.session;

import backprop.backward.Cell;
import backprop.check.Checker;
import backprop.check.Verdict;
import backprop.check.VerdictKind;
import backprop.notation.Num;
import backprop.question.Question;
import backprop.question.QuestionKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A student's attempt at one exercise: what they typed, which answers they had shown, every cell's verdict
 * and how each cell was reached ({@link Outcome}). Its items are the exercise's asked cells and its questions
 * that are not numbers, in worksheet order; a question is an item without a {@link Cell}. A change re-grades
 * only the changed cell and the answered or shown cells downstream of it, which are the only ones whose verdict
 * can change: the checker judges a cell from its own answer and the answers of the cells its product reads,
 * directly or through other cells.
 */
public final class Attempt {

    private final Checker checker;
    private final List<String> ids;
    /** The cell of each item; null for a question. */
    private final Cell[] cellOf;
    private final Map<String, Integer> index = new HashMap<>();
    /** For each cell, the cells whose products read it directly. */
    private final int[][] readers;
    private final Verdict[] verdicts;
    private final boolean[] shown;
    /** The tutor has shown this cell's true value (a wrong or consistent verdict, or Show answer). */
    private final boolean[] feedback;
    /** What the student typed, by cell id. */
    private final Map<String, String> answers = new HashMap<>();
    /** What later cells are judged against: the answers, and the true value of every shown cell. */
    private final Map<String, String> given = new HashMap<>();
    /** Work space of {@link #regradeFrom}, kept so a verdict on a large exercise allocates nothing of its size. */
    private final boolean[] reach;
    private final boolean[] changed;
    private final int[] stack;

    /** An attempt at everything the exercise asks: its cells and questions, in worksheet order. */
    public Attempt(Checker checker) {
        this(checker, checker.ids());
    }

    /** An attempt at some of the checker's cells and questions, given by id in worksheet order. */
    public Attempt(Checker checker, List<String> asked) {
        this.checker = checker;
        this.ids = List.copyOf(asked);
        int n = ids.size();
        cellOf = new Cell[n];
        for (int i = 0; i < n; i++) {
            index.put(id(i), i);
            cellOf[i] = checker.cell(ids.get(i));
            if (cellOf[i] == null && checker.question(ids.get(i)) == null) {
                throw new IllegalArgumentException("this exercise has no cell or question '" + ids.get(i) + "'");
            }
        }
        List<List<Integer>> r = new ArrayList<>();
        for (int i = 0; i < n; i++) r.add(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            if (cellOf[i] == null) continue;
            for (String up : cellOf[i].dependsOn()) {
                Integer u = index.get(up);
                if (u != null && u != i) r.get(u).add(i);
            }
        }
        readers = new int[n][];
        for (int i = 0; i < n; i++) {
            List<Integer> list = r.get(i);
            readers[i] = new int[list.size()];
            for (int k = 0; k < list.size(); k++) readers[i][k] = list.get(k);
        }
        verdicts = new Verdict[n];
        reach = new boolean[n];
        changed = new boolean[n];
        stack = new int[n];
        shown = new boolean[n];
        feedback = new boolean[n];
        for (int i = 0; i < n; i++) grade(i);
    }

    public Checker checker() {
        return checker;
    }

    /** The items' ids, in worksheet order. */
    public List<String> ids() {
        return ids;
    }

    /** The maps are keyed through this, never straight from {@code ids.get(i)} or a map entry (docs/PAGE-SIZE.md). */
    public String id(int i) {
        return ids.get(i);
    }

    /** The cell of an item; null when the item is a question. */
    public Cell cell(int i) {
        return cellOf[i];
    }

    public Question question(int i) {
        return cellOf[i] == null ? checker.question(ids.get(i)) : null;
    }

    public int size() {
        return ids.size();
    }

    /** The position of a cell, or -1 when the exercise has no answerable cell with this id. */
    public int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    public Verdict verdict(int i) {
        return verdicts[i];
    }

    public boolean isShown(int i) {
        return shown[i];
    }

    /** Whether the tutor has already shown this cell's true value to the student. */
    public boolean hadFeedback(int i) {
        return feedback[i];
    }

    /** The text typed into a cell, or null. */
    public String typed(int i) {
        return answers.get(id(i));
    }

    /** Everything the student typed, by cell id (shown cells are not in it). */
    public Map<String, String> answers() {
        return Collections.unmodifiableMap(answers);
    }

    /** The ids of the shown cells, in worksheet order. */
    public List<String> shownIds() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < shown.length; i++) if (shown[i]) out.add(ids.get(i));
        return out;
    }

    /** The ids of the cells whose true value the student has seen, in worksheet order. */
    public List<String> feedbackIds() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < feedback.length; i++) if (feedback[i]) out.add(ids.get(i));
        return out;
    }

    public Outcome outcome(int i) {
        if (shown[i]) return Outcome.SHOWN;
        VerdictKind k = verdicts[i].kind();
        if (k == VerdictKind.CORRECT) return feedback[i] ? Outcome.AFTER_FEEDBACK : Outcome.FIRST_TRY;
        if (k == VerdictKind.CONSISTENT) return Outcome.CONSISTENT;
        if (k == VerdictKind.WRONG) return Outcome.WRONG;
        return Outcome.UNANSWERED;
    }

    /** Answered (readably) or shown: the cell no longer holds the rest of the exercise back. */
    public boolean settled(int i) {
        return outcome(i) != Outcome.UNANSWERED;
    }

    public boolean complete() {
        for (int i = 0; i < ids.size(); i++) if (!settled(i)) return false;
        return true;
    }

    /** A right (or consistent) cell keeps its answer: showing it would only take the credit away. */
    public boolean canShow(int i) {
        Outcome o = outcome(i);
        return o != Outcome.SHOWN && o != Outcome.FIRST_TRY && o != Outcome.AFTER_FEEDBACK && o != Outcome.CONSISTENT;
    }

    /**
     * Takes the text now in a cell (blank: not answered). Returns the positions of the cells whose verdict
     * changed, this one first when it did; a shown cell keeps its shown value.
     */
    public int[] answer(String id, String text) {
        int i = require(id);
        if (shown[i]) return new int[0];
        String t = text == null || text.trim().isEmpty() ? null : text;
        String before = answers.get(id);
        if (t == null ? before == null : t.equals(before)) return new int[0];
        if (t == null) {
            answers.remove(id);
            given.remove(id);
        } else {
            answers.put(id, t);
            given.put(id, t);
        }
        return regradeFrom(i);
    }

    /** Shows one cell's answer, unless it is already right; returns the cells whose verdict changed. */
    public int[] show(String id) {
        int i = require(id);
        if (!canShow(i)) return new int[0];
        reveal(i);
        return regradeFrom(i);
    }

    /** Shows every cell that is not already right or consistent; returns the cells whose verdict changed. */
    public int[] showAll() {
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!canShow(i)) continue;
            reveal(i);
            changed.add(i);
        }
        boolean[] mark = new boolean[ids.size()];
        for (int i : changed) mark[i] = true;
        for (int i = 0; i < ids.size(); i++) if (regrade(i)) mark[i] = true;
        return positions(mark);
    }

    /** Forgets every answer, every shown cell and every feedback given. */
    public void reset() {
        answers.clear();
        given.clear();
        for (int i = 0; i < ids.size(); i++) {
            shown[i] = false;
            feedback[i] = false;
            grade(i);
        }
    }

    /**
     * Puts back a saved attempt. Ids the exercise does not have are dropped; every cell is judged again, so a
     * better checker re-judges old work.
     */
    public void restore(Map<String, String> typed, List<String> shownIds, List<String> feedbackIds) {
        reset();
        for (Map.Entry<String, String> e : typed.entrySet()) {
            String id = e.getKey();
            String text = e.getValue();
            int i = indexOf(id);
            if (i < 0 || text == null || text.trim().isEmpty()) continue;
            answers.put(id, text);
            given.put(id, text);
        }
        for (String id : feedbackIds) {
            int i = indexOf(id);
            if (i >= 0) feedback[i] = true;
        }
        for (String id : shownIds) {
            int i = indexOf(id);
            if (i >= 0 && !shown[i]) reveal(i);
        }
        for (int i = 0; i < ids.size(); i++) grade(i);
    }

    public Tally tally() {
        int[] n = new int[Outcome.values().length];
        for (int i = 0; i < ids.size(); i++) n[outcome(i).ordinal()]++;
        return new Tally(n[Outcome.FIRST_TRY.ordinal()], n[Outcome.AFTER_FEEDBACK.ordinal()], n[Outcome.CONSISTENT.ordinal()],
                n[Outcome.SHOWN.ordinal()], n[Outcome.WRONG.ordinal()], n[Outcome.UNANSWERED.ordinal()], ids.size());
    }

    private void reveal(int i) {
        shown[i] = true;
        feedback[i] = true;
        answers.remove(id(i));
        // A shown value is what the student now works from, so later cells are judged against it.
        given.put(id(i), rightAnswer(i));
    }

    /** The right answer as the student would type it: the exact value, a count, or the right option's key. */
    public String rightAnswer(int i) {
        if (cellOf[i] != null) return Num.ascii(cellOf[i].value(), 15);
        Question q = checker.question(ids.get(i));
        if (q.kind() == QuestionKind.COUNT) return Integer.toString(q.answer());
        int r = q.rightOption();
        return r < 0 ? "" : q.options().get(r).key();
    }

    /**
     * Re-grades this cell and the answered or shown cells downstream of it, in worksheet order (a cell is always
     * listed after what it reads).
     */
    private int[] regradeFrom(int start) {
        int top = 0;
        reach[start] = true;
        stack[top++] = start;
        int count = 0;
        while (top > 0) {
            int u = stack[--top];
            count++;
            for (int r : readers[u]) {
                if (reach[r]) continue;
                reach[r] = true;
                stack[top++] = r;
            }
        }
        int found = 0;
        int n = 0;
        // Readers come after what they read, so a scan from the start meets every reached cell in order.
        for (int i = 0; i < ids.size() && found < count; i++) {
            if (!reach[i]) continue;
            reach[i] = false;
            found++;
            // A cell with nothing typed or shown is empty whatever is upstream, and it was graded empty when it last
            // lost its answer: on a large exercise most cells downstream of an early one are such.
            if (i != start && given.get(id(i)) == null) continue;
            if (regrade(i) || (i == start && shown[i])) {
                changed[i] = true;
                n++;
            }
        }
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; k < n; i++) {
            if (!changed[i]) continue;
            changed[i] = false;
            out[k++] = i;
        }
        return out;
    }

    private boolean regrade(int i) {
        Verdict before = verdicts[i];
        grade(i);
        return !verdicts[i].equals(before);
    }

    private void grade(int i) {
        Verdict v = checker.grade(ids.get(i), given);
        verdicts[i] = v;
        if (!shown[i] && (v.kind() == VerdictKind.WRONG || v.kind() == VerdictKind.CONSISTENT)) feedback[i] = true;
    }

    private int require(String id) {
        int i = indexOf(id);
        if (i < 0) throw new IllegalArgumentException("this exercise has no answerable cell '" + id + "'");
        return i;
    }

    private static int[] positions(boolean[] mark) {
        int n = 0;
        for (boolean b : mark) if (b) n++;
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < mark.length; i++) if (mark[i]) out[k++] = i;
        return out;
    }
}

package backprop.check;

import backprop.backward.Cell;
import backprop.backward.CellKind;
import backprop.backward.Factor;
import backprop.backward.Term;
import backprop.model.Tolerance;
import backprop.notation.Num;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which named mistake a wrong answer shows, in agreement with the student's other answers. A mistake that
 * changes an earlier cell the student answered right is not theirs (the ½ of the loss is not dropped by someone
 * whose ∂L/∂ŷ is right). Among the mistakes left, one that the student's earlier answers show is preferred, then
 * one made in this very cell (it assumes nothing about the cells before), then the order of {@link Misconceptions}.
 */
final class HintChoice {

    private final List<Alternative> alternatives;
    private final Map<String, Cell> cells;
    private final Tolerance tol;
    private final double learningRate;

    HintChoice(List<Alternative> alternatives, Map<String, Cell> cells, Tolerance tol, double learningRate) {
        this.alternatives = alternatives;
        this.cells = cells;
        this.tol = tol;
        this.learningRate = learningRate;
    }

    /** The hint for a wrong answer {@code a} to {@code cell}, or null when no mistake explains it. */
    Hint choose(Cell cell, Answer a, Map<String, String> answers) {
        List<String> upstream = upstream(cell);
        Map<String, Answer> earlier = read(upstream, answers);
        List<Alternative> candidates = new ArrayList<>();
        if (StepRule.applies(cell)) candidates.addAll(stepMistakes(cell, earlier));
        candidates.addAll(alternatives);
        Alternative best = null;
        int bestRank = -1;
        for (Alternative alt : candidates) {
            if (!explains(alt, cell, a)) continue;
            int rank = rank(alt, upstream, earlier);
            if (rank > bestRank) {
                best = alt;
                bestRank = rank;
            }
        }
        if (best == null) return null;
        if (best.afterRightOutput() != null && outputRight(cell, upstream, earlier)) return best.afterRightOutput();
        return best.hint();
    }

    /**
     * Whether the answer is a value some named mistake produces in this cell (a plausible attempt): that value
     * itself, or it to the precision typed with 3 or more significant figures. "-1" within the tolerance of a
     * mistake's −0.9961 is not it: whoever made that mistake would have written −0.996.
     */
    boolean named(Cell cell, Answer a) {
        for (Alternative alt : alternatives) {
            if (!explains(alt, cell, a)) continue;
            double v = alt.values().get(cell.id());
            if (Math.abs(a.value() - v) <= 1e-9 * Math.max(1, Math.abs(v))) return true;
            if (a.plainNumber() && a.significantFigures() >= 3 && Acceptance.equalsAsTyped(a, v)) return true;
        }
        return false;
    }

    /** The mistake gives this cell a value other than the truth, and the answer is that value. */
    private boolean explains(Alternative alt, Cell cell, Answer a) {
        Double v = alt.values().get(cell.id());
        if (v == null || !Double.isFinite(v) || StepRule.within(cell, v, cell.value(), tol)) return false;
        if (!StepRule.accepts(cell, a, v, tol)) return false;
        // A 0 typed where a unit is dead in some mistake's numbers (an input paired wrongly with a dead unit) is a
        // guess as likely as that mistake; only a mistake that kills the unit in the forward pass, a dropped bias,
        // explains it.
        return a.value() != 0 || alt.hint().key().equals("bias-dropped");
    }

    /** −1 when the student's earlier answers contradict the mistake; else 2·(answers that show it) + (1 if local). */
    private int rank(Alternative alt, List<String> upstream, Map<String, Answer> earlier) {
        if (alt.local()) return 1;
        int shown = 0;
        boolean local = true;
        for (String id : upstream) {
            Double v = alt.values().get(id);
            Cell u = cells.get(id);
            if (v == null || u == null || StepRule.within(u, v, u.value(), tol)) continue;
            local = false;
            Answer typed = earlier.get(id);
            if (typed == null) continue;
            boolean right = StepRule.accepts(u, typed, u.value(), tol);
            boolean mistaken = StepRule.accepts(u, typed, v, tol);
            // An answer that fits both the truth and the mistake says nothing either way.
            if (mistaken && !right) shown++;
            else if (right && !mistaken) return -1;
        }
        return 2 * shown + (local ? 1 : 0);
    }

    private boolean outputRight(Cell cell, List<String> upstream, Map<String, Answer> earlier) {
        for (String id : upstream) {
            Cell u = cells.get(id);
            Answer typed = earlier.get(id);
            if (u != null && u.kind() == CellKind.OUTPUT && typed != null && Acceptance.accepts(typed, u.value(), tol)) return true;
        }
        return false;
    }

    /**
     * The step's own mistakes, uphill (old + η·g) and without η (old − g), worked with the student's gradient
     * when they typed one and with the true gradient.
     */
    private List<Alternative> stepMistakes(Cell cell, Map<String, Answer> earlier) {
        List<Alternative> out = new ArrayList<>();
        Factor gradient = cell.terms().get(1).factors().get(1);
        Answer own = gradient.cellId() == null ? null : earlier.get(gradient.cellId());
        double old = StepRule.before(cell);
        for (double g : own == null ? new double[] {gradient.value()} : new double[] {own.value(), gradient.value()}) {
            out.add(new Alternative(new Hint("uphill", "This step goes uphill: gradient descent subtracts the gradient,"
                    + " new = old − η·∂L/∂(old), so the loss goes down."), Map.of(cell.id(), old + learningRate * g), true, null));
            out.add(new Alternative(new Hint("lr-not-applied", "The learning rate is not applied: the step is η·∂L/∂(old)"
                    + " with η = " + Num.format(learningRate) + ", not the gradient itself."), Map.of(cell.id(), old - g), true, null));
        }
        return out;
    }

    /** Every cell this one is worked from, directly or through others. */
    List<String> upstream(Cell cell) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Cell> todo = new ArrayList<>();
        todo.add(cell);
        while (!todo.isEmpty()) {
            Cell c = todo.remove(todo.size() - 1);
            for (Term term : c.terms()) {
                for (Factor f : term.factors()) {
                    String id = f.cellId();
                    if (id == null || !seen.add(id)) continue;
                    out.add(id);
                    Cell u = cells.get(id);
                    if (u != null) todo.add(u);
                }
            }
        }
        return out;
    }

    private Map<String, Answer> read(List<String> ids, Map<String, String> answers) {
        Map<String, Answer> out = new java.util.HashMap<>();
        for (String id : ids) {
            String typed = answers.get(id);
            if (typed == null || typed.trim().isEmpty()) continue;
            try {
                out.put(id, AnswerParser.parse(typed));
            } catch (AnswerException e) {
                // Unreadable: it says nothing about which mistake was made.
            }
        }
        return out;
    }
}

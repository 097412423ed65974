package backprop.check;

import backprop.backward.Cell;
import backprop.backward.Factor;
import backprop.backward.Term;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-evaluates the cells' chain-rule sums with a mistake put into some factors or terms. A factor that is
 * another cell takes that cell's replayed value, so a mistake made at one step is carried down the chain the
 * way a student carries it. The cells must come in the order the solver lists them: every cell after the
 * cells it reads.
 */
final class Replay {

    /** A mistake: what a factor becomes, and which terms of a sum are kept. */
    interface Change {
        /**
         * The value of factor {@code f} of {@code term} under the mistake; {@code value} already carries the
         * mistakes made upstream.
         */
        double factor(Cell cell, Term term, Factor f, double value);

        default boolean keeps(Cell cell, Term term) {
            return true;
        }
    }

    /** No mistake of its own: only what the seeded values carry. */
    static final Change NONE = (cell, term, f, value) -> value;

    private Replay() {
    }

    /** Cell id → value under the change; {@code seed} gives values for cells outside {@code cells}. */
    static Map<String, Double> run(List<Cell> cells, Change change, Map<String, Double> seed) {
        Map<String, Double> out = new HashMap<>(seed);
        for (Cell c : cells) {
            double sum = 0;
            for (Term t : c.terms()) {
                if (!change.keeps(c, t)) continue;
                double p = 1;
                for (Factor f : t.factors()) {
                    Double upstream = f.cellId() == null ? null : out.get(f.cellId());
                    p *= change.factor(c, t, f, upstream != null ? f.from(upstream) : f.value());
                }
                sum += p;
            }
            out.put(c.id(), sum);
        }
        return out;
    }
}

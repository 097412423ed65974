package backprop.backward;

import backprop.model.ParamRef;
import backprop.notation.Sym;
import backprop.notation.TextList;
import java.util.List;

/**
 * One answer a student gives: {@code label} is what is asked (∂L/∂W⁽²⁾₁₂), {@code value} the exact
 * answer and {@code terms} the chain-rule sum of products that gives it. {@code id} is the quantity's
 * id for gradient cells ("W2.0.1" means ∂L/∂W2[0][1] as written in the file) and "num/den" for local
 * derivatives ("z2.0/a1.0"). {@code param} is set for weight and bias cells; {@code layer} and
 * {@code neuron} place the cell in the network for the diagram.
 */
public record Cell(String id, CellKind kind, Sym label, double value, List<Term> terms, ParamRef param,
                   int layer, int neuron, boolean frozen) {

    public Cell {
        terms = List.copyOf(terms);
    }

    /** The cells whose values appear as factors of this one. */
    public List<String> dependsOn() {
        java.util.ArrayList<String> ids = new java.util.ArrayList<>();
        for (Term t : terms) for (Factor f : t.factors()) if (f.cellId() != null && !TextList.has(ids, f.cellId())) ids.add(f.cellId());
        return ids;
    }
}

package backprop.update;

import backprop.backward.Cell;
import backprop.backward.CellKind;
import backprop.backward.Factor;
import backprop.backward.Term;
import backprop.model.Exercise;
import backprop.notation.Names;
import backprop.notation.Sym;
import backprop.notation.SymText;
import java.util.ArrayList;
import java.util.List;

/**
 * The updated parameters as answerable cells, id "new." + the parameter id. The value is written as
 * the sum old + (−η)·∂L/∂param so that a checker can substitute the student's own gradient.
 * Frozen parameters have no cell: nothing happens to them.
 */
public final class UpdateCells {

    private UpdateCells() {
    }

    public static List<Cell> of(Exercise ex, UpdateResult update) {
        Names names = new Names(ex.network(), ex.conventions());
        List<Cell> cells = new ArrayList<>();
        Sym eta = new Sym.Text("−η");
        for (ParamChange c : update.changes()) {
            if (c.frozen()) continue;
            Sym.Var p = names.param(c.param());
            Sym.Var next = new Sym.Var(p.base() + "′", p.sup(), p.sub());
            String id = c.param().id();
            List<Term> terms = List.of(
                    Term.of(Factor.of(p, c.before())),
                    Term.of(Factor.of(eta, -update.learningRate()), Factor.cell(Names.dL(p), c.gradient(), id)));
            cells.add(new Cell("new." + id, CellKind.UPDATE, next, c.after(), terms, c.param(),
                    c.param().layer(), c.param().j(), false));
        }
        return cells;
    }

    /** The text a sheet writes for the step: W′ = W − η·∂L/∂W. */
    public static String rule(Sym.Var p) {
        return SymText.of(p) + "′ = " + SymText.of(p) + " − η·" + SymText.of(Names.dL(p));
    }
}

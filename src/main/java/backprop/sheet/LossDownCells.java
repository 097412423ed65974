package backprop.sheet;

import backprop.backward.Cell;
import backprop.backward.CellKind;
import backprop.backward.Factor;
import backprop.backward.Ids;
import backprop.backward.Negated;
import backprop.backward.Term;
import backprop.backward.WentDownFn;
import backprop.model.Exercise;
import backprop.notation.Num;
import backprop.notation.Sym;
import backprop.update.UpdateResult;
import java.util.List;

/**
 * "Did the loss go down?": the change ΔL = L′ − L as a cell that reads the student's two losses (never
 * asked on its own), and the yes/no answer as a function of it, 1 for yes. With given forward values the
 * loss before the step is the one computed from the weights, which is no cell: only L′ carries then.
 */
public final class LossDownCells {

    private LossDownCells() {
    }

    public static List<Cell> of(Exercise ex, UpdateResult u) {
        double change = u.lossChange();
        String before = ex.hasGivenValues() ? null : Ids.loss("");
        List<Term> terms = List.of(
                Term.of(Factor.cell(ForwardCells.prime(backprop.notation.Names.loss()), u.lossAfter(), Ids.loss("new."))),
                Term.of(new Factor(new Sym.Text("−L"), -u.lossBefore(), null, before, before == null ? null : Negated.FN)));
        Cell delta = new Cell(Ids.LOSS_CHANGE, CellKind.LOSS_CHANGE, new Sym.Text("ΔL"), change, terms, null, -1, -1, false);
        WentDownFn fn = WentDownFn.FN;
        Cell down = new Cell(Ids.LOSS_DOWN, CellKind.LOSS_DOWN, new Sym.Text("L′ < L?"), fn.of(change),
                List.of(Term.of(new Factor(new Sym.Text("ΔL < 0"), fn.of(change), fn.written(Num.format(change)),
                        Ids.LOSS_CHANGE, fn))), null, -1, -1, false);
        return List.of(delta, down);
    }
}

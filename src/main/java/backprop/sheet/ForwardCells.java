package backprop.sheet;

import backprop.backward.ActivationFn;
import backprop.backward.Cell;
import backprop.backward.CellKind;
import backprop.backward.Factor;
import backprop.backward.Ids;
import backprop.backward.LossTermFn;
import backprop.backward.Term;
import backprop.forward.ForwardResult;
import backprop.model.Activation;
import backprop.model.Conventions;
import backprop.model.Exercise;
import backprop.model.Layer;
import backprop.model.Network;
import backprop.model.ParamRef;
import backprop.model.Skip;
import backprop.notation.Names;
import backprop.notation.Num;
import backprop.notation.Sym;
import backprop.notation.SymText;
import java.util.ArrayList;
import java.util.List;

/**
 * A forward pass as cells, in the order a sheet works it: per unit z then a, layer by layer, then the loss.
 * z is the sum W·a + … + b whose activations are the cells of the layer before; a = f(z) and each output's
 * share of the loss are functions of one cell. So a student's own z carries into their a, their a into the
 * next layer, their ŷ into L. The pass after the update ({@code pass} "new.") reads the updated parameters'
 * cells new.W… as well, and its quantities are primed: z′, a′, ŷ′, L′. Values an exercise gives (worksheet
 * 000) are not cells: nothing is computed there.
 */
public final class ForwardCells {

    private final Exercise ex;
    private final Network net;
    private final ForwardResult fwd;
    private final String pass;
    private final boolean after;
    private final Names names;
    private final Conventions conv;
    private final int depth;
    private final List<Cell> cells = new ArrayList<>();
    /** Each activation's cell id, made once: every weight that reads the activation names it. */
    private final String[][] aCells;

    private ForwardCells(Exercise ex, Network net, ForwardResult fwd, String pass) {
        this.ex = ex;
        this.net = net;
        this.fwd = fwd;
        this.pass = pass;
        this.after = !pass.isEmpty();
        this.conv = ex.conventions();
        this.names = new Names(net, conv);
        this.depth = net.depth();
        aCells = new String[depth + 1][];
        for (int l = 0; l <= depth; l++) aCells[l] = new String[net.width(l)];
    }

    /** The first pass: fwd.z1.0, fwd.a1.0, …, fwd.yhat.0, loss. */
    public static List<Cell> first(Exercise ex, ForwardResult fwd) {
        return new ForwardCells(ex, ex.network(), fwd, "").build();
    }

    /** The pass with the updated network: new.fwd.z1.0, …, new.loss. */
    public static List<Cell> after(Exercise ex, Network updated, ForwardResult fwd) {
        return new ForwardCells(ex, updated, fwd, "new.").build();
    }

    private List<Cell> build() {
        for (int l = 1; l <= depth; l++) {
            Layer layer = net.layer(l);
            if (layer.activation().elementwise()) {
                for (int j = 0; j < layer.size(); j++) {
                    z(l, j);
                    a(l, j);
                }
            } else {
                // Softmax needs every z of its layer before any a.
                for (int j = 0; j < layer.size(); j++) z(l, j);
                for (int j = 0; j < layer.size(); j++) a(l, j);
            }
        }
        loss();
        return cells;
    }

    private boolean given(Layer layer, boolean isZ) {
        return !after && (isZ ? layer.givenZ() : layer.givenA()) != null;
    }

    private void z(int l, int j) {
        Layer layer = net.layer(l);
        if (given(layer, true)) return;
        List<Term> terms = new ArrayList<>();
        products(terms, l, l - 1, layer.weights(), j);
        for (Skip s : layer.skips()) products(terms, l, s.from(), s.weights(), j);
        if (layer.hasBias()) terms.add(Term.of(parameter(ParamRef.bias(l, j), layer.bias()[j])));
        cells.add(new Cell(Ids.forward(pass, Ids.z(l, j)), after ? CellKind.NEW_Z : CellKind.FORWARD_Z,
                primed(names.z(l, j)), fwd.z()[l][j], terms, null, l, j, false));
    }

    private void products(List<Term> terms, int l, int from, double[][] w, int j) {
        for (int i = 0; i < w[j].length; i++) {
            terms.add(Term.of(parameter(names.weight(l, from, j, i), w[j][i]), activation(from, i)));
        }
    }

    /** A weight or bias: a given number in the first pass, the student's updated value in the second. */
    private Factor parameter(ParamRef p, double value) {
        Sym.Var sym = names.param(p);
        if (!after || conv.isFrozen(p)) return Factor.of(sym, value);
        return Factor.cell(prime(sym), value, "new." + p.id());
    }

    private Factor activation(int from, int i) {
        double v = fwd.a()[from][i];
        if (from == 0) return Factor.of(names.a(0, i), v);
        if (given(net.layer(from), false)) return Factor.of(primedA(from, i), v);
        String id = aCells[from][i];
        if (id == null) id = aCells[from][i] = Ids.forward(pass, Ids.a(from, depth, i));
        return Factor.cell(primedA(from, i), v, id);
    }

    private void a(int l, int j) {
        Layer layer = net.layer(l);
        if (given(layer, false)) return;
        Activation act = layer.activation();
        double z = fwd.z()[l][j];
        String zCell = given(layer, true) ? null : Ids.forward(pass, Ids.z(l, j));
        Sym.Var zSym = primed(names.z(l, j));
        Factor f;
        if (act == Activation.LINEAR) {
            f = new Factor(zSym, z, null, zCell);
        } else if (act.elementwise()) {
            ActivationFn fn = new ActivationFn(act, conv);
            f = new Factor(new Sym.Apply(act.symbol(), false, zSym), fn.of(z), fn.written(Num.paren(z)), zCell,
                    zCell == null ? null : fn);
        } else {
            // softmax(z)ⱼ reads every z of the layer; it is taken as given here, so no single z carries into it.
            f = Factor.of(new Sym.Apply(act.symbol(), false, zSym), fwd.a()[l][j]);
        }
        cells.add(new Cell(Ids.forward(pass, Ids.a(l, depth, j)), after ? CellKind.NEW_A : CellKind.FORWARD_A,
                primedA(l, j), fwd.a()[l][j], List.of(Term.of(f)), null, l, j, false));
    }

    private void loss() {
        int n = net.outputSize();
        List<Term> terms = new ArrayList<>();
        boolean givenYhat = given(net.layer(depth), false);
        for (int j = 0; j < n; j++) {
            double yhat = fwd.a()[depth][j];
            LossTermFn fn = new LossTermFn(ex.loss(), ex.target()[j], n);
            String formula = ex.loss().termFormula(SymText.of(primedA(depth, j)), SymText.of(names.y(j)), "N");
            String cell = givenYhat ? null : Ids.forward(pass, Ids.a(depth, depth, j));
            terms.add(Term.of(new Factor(new Sym.Text(formula), fn.of(yhat), fn.written(Num.paren(yhat)), cell,
                    cell == null ? null : fn)));
        }
        cells.add(new Cell(Ids.loss(pass), after ? CellKind.NEW_LOSS : CellKind.LOSS, primed(Names.loss()), fwd.loss(),
                terms, null, depth, -1, false));
    }

    private Sym.Var primedA(int l, int j) {
        return primed(names.a(l, j));
    }

    private Sym.Var primed(Sym.Var v) {
        return after ? prime(v) : v;
    }

    static Sym.Var prime(Sym.Var v) {
        return new Sym.Var(v.base() + "′", v.sup(), v.sub());
    }
}

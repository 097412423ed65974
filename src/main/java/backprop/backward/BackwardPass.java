package backprop.backward;

import backprop.forward.ForwardResult;
import backprop.model.Activation;
import backprop.model.Conventions;
import backprop.model.Exercise;
import backprop.model.Layer;
import backprop.model.Loss;
import backprop.model.Network;
import backprop.model.NumericException;
import backprop.model.ParamRef;
import backprop.model.WeightLayout;
import backprop.notation.Names;
import backprop.notation.Num;
import backprop.notation.Sym;
import backprop.notation.SymText;
import java.util.ArrayList;
import java.util.List;

/**
 * Reverse-mode differentiation that keeps, for every cell, the chain-rule factors that produced it.
 * Layers are visited from the output down; by the time layer l is reached every layer that reads
 * a⁽ˡ⁾ (the next one and any skip connection) has already added its share to ∂L/∂a⁽ˡ⁾.
 */
public final class BackwardPass {

    private final Exercise ex;
    private final Network net;
    private final Conventions conv;
    private final ForwardResult fwd;
    private final Names names;
    private final int depth;
    private final List<Cell> cells = new ArrayList<>();
    private double[][] dZ;
    /**
     * Each unit's z id (z1.0) and forward a id (fwd.a1.0), made once: every weight's cell names both, and under
     * TeaVM each id built is a string made through a char array (docs/PAGE-SIZE.md, "Speed").
     */
    private final String[][] zIds;
    private final String[][] fwdAIds;

    private BackwardPass(Exercise ex, ForwardResult fwd) {
        this.ex = ex;
        this.net = ex.network();
        this.conv = ex.conventions();
        this.fwd = fwd;
        this.names = new Names(net, conv);
        this.depth = net.depth();
        zIds = new String[depth + 1][];
        fwdAIds = new String[depth + 1][];
        for (int l = 0; l <= depth; l++) {
            zIds[l] = new String[net.width(l)];
            fwdAIds[l] = new String[net.width(l)];
        }
    }

    private String zId(int l, int j) {
        String s = zIds[l][j];
        return s != null ? s : (zIds[l][j] = Ids.z(l, j));
    }

    private String fwdAId(int l, int j) {
        String s = fwdAIds[l][j];
        return s != null ? s : (fwdAIds[l][j] = Ids.fwdA(l, depth, j));
    }

    public static BackwardResult run(Exercise ex, ForwardResult fwd) {
        return new BackwardPass(ex, fwd).run();
    }

    private BackwardResult run() {
        int n = net.outputSize();
        double[][] a = fwd.a();
        double[][] z = fwd.z();
        double[] y = ex.target();
        Loss loss = ex.loss();

        double[][] dA = new double[depth + 1][];
        dZ = new double[depth + 1][];
        double[][][] dW = new double[depth + 1][][];
        double[][] dB = new double[depth + 1][];
        double[][][][] dSkip = new double[depth + 1][][][];
        for (int l = 1; l < depth; l++) dA[l] = new double[net.width(l)];

        double[] dYhat = new double[n];
        for (int j = 0; j < n; j++) {
            dYhat[j] = loss.derivative(a[depth][j], y[j], n);
            String detail = loss.derivativeFormula(Num.paren(a[depth][j]), Num.paren(y[j]), Integer.toString(n));
            String formula = loss.derivativeFormula(SymText.of(names.yhat(j)), SymText.of(names.y(j)), "N");
            // ∂L/∂ŷ reads ŷ, so a student's own ŷ carries into it.
            Factor f = new Factor(new Sym.Text(formula), dYhat[j], detail, Ids.fwdA(depth, depth, j),
                    new LossSlopeFn(loss, y[j], n));
            cells.add(new Cell(Ids.a(depth, depth, j), CellKind.OUTPUT, Names.dL(names.yhat(j)), dYhat[j],
                    List.of(Term.of(f)), null, depth, j, false));
        }
        dA[depth] = dYhat;
        requireFinite(dYhat, "∂L/∂ŷ");

        if (ex.localDerivatives()) addLocalDerivatives();

        for (int l = depth; l >= 1; l--) {
            Layer layer = net.layer(l);
            if (l < depth) addActivationCells(l, dA[l]);
            dZ[l] = l == depth && loss.simplifiesWith(layer.activation())
                    ? simplifiedOutputDelta(a[depth], y, layer.activation())
                    : preActivationGradient(l, dA[l], z[l], a[l], layer.activation());
            requireFinite(dZ[l], "∂L/∂z⁽" + l + "⁾");

            dW[l] = new double[layer.size()][net.width(l - 1)];
            fillWeightGradient(l, l - 1, dZ[l], dW[l]);
            dSkip[l] = new double[layer.skips().size()][][];
            for (int s = 0; s < layer.skips().size(); s++) {
                int from = layer.skips().get(s).from();
                dSkip[l][s] = new double[layer.size()][net.width(from)];
                fillWeightGradient(l, from, dZ[l], dSkip[l][s]);
            }
            if (layer.hasBias()) {
                dB[l] = dZ[l].clone();
                for (int j = 0; j < layer.size(); j++) {
                    ParamRef p = ParamRef.bias(l, j);
                    cells.add(new Cell(p.id(), CellKind.BIAS, Names.dL(names.param(p)), dB[l][j],
                            List.of(Term.of(Factor.cell(names.delta(l, j), dZ[l][j], zId(l, j)))), p, l, j,
                            conv.isFrozen(p)));
                }
            }
            // Hand δ⁽ˡ⁾ down to every layer this one reads.
            if (l - 1 >= 1) accumulate(dA[l - 1], layer.weights(), dZ[l]);
            for (int s = 0; s < layer.skips().size(); s++) {
                int from = layer.skips().get(s).from();
                if (from >= 1) accumulate(dA[from], layer.skips().get(s).weights(), dZ[l]);
            }
        }
        return new BackwardResult(new Gradients(dYhat, dA, dZ, dW, dB, dSkip), cells);
    }

    private static void accumulate(double[] dPrev, double[][] w, double[] delta) {
        for (int j = 0; j < delta.length; j++) for (int i = 0; i < dPrev.length; i++) dPrev[i] += delta[j] * w[j][i];
    }

    /** ∂L/∂a⁽ˡ⁾ⱼ cells: one sum per layer that reads a⁽ˡ⁾, labelled by path when there is more than one. */
    private void addActivationCells(int l, double[] dAl) {
        List<Integer> readers = readersOf(l);
        for (int j = 0; j < dAl.length; j++) {
            List<Term> terms = new ArrayList<>();
            for (int m : readers) {
                Layer reader = net.layer(m);
                double[][] w = m == l + 1 ? reader.weights() : skipFrom(reader, l);
                String via = readers.size() > 1 ? (m == l + 1 ? "via z⁽" : "via the skip into z⁽") + SymText.superscript(Integer.toString(m)) + "⁾" : null;
                for (int k = 0; k < reader.size(); k++) {
                    ParamRef p = names.weight(m, l, k, j);
                    List<Factor> fs = List.of(
                            Factor.cell(names.delta(m, k), dZ[m][k], zId(m, k)),
                            Factor.of(names.param(p), w[k][j]));
                    terms.add(new Term(fs, via));
                }
            }
            cells.add(new Cell(Ids.a(l, depth, j), CellKind.ACTIVATION, Names.dL(names.a(l, j)), dAl[j], terms,
                    null, l, j, false));
        }
    }

    private List<Integer> readersOf(int l) {
        List<Integer> readers = new ArrayList<>();
        readers.add(l + 1);
        for (int m = l + 2; m <= depth; m++) if (skipFrom(net.layer(m), l) != null) readers.add(m);
        return readers;
    }

    private static double[][] skipFrom(Layer layer, int from) {
        for (var s : layer.skips()) if (s.from() == from) return s.weights();
        return null;
    }

    private double[] simplifiedOutputDelta(double[] yhat, double[] y, Activation act) {
        double[] d = new double[yhat.length];
        double ySum = 0;
        for (double v : y) ySum += v;
        for (int j = 0; j < d.length; j++) {
            List<Term> terms = new ArrayList<>();
            if (act == Activation.SIGMOID) {
                // Written as the worksheet does it, ∂L/∂ŷ · σ′(z); the value is ŷ − y, computed directly.
                d[j] = yhat[j] - y[j];
                double dyhat = ex.loss().derivative(yhat[j], y[j], yhat.length);
                terms.add(Term.of(Factor.cell(Names.dL(names.yhat(j)), dyhat, Ids.a(depth, depth, j)),
                        new Factor(new Sym.Apply("σ", true, names.z(depth, j)), yhat[j] * (1 - yhat[j]),
                                Num.paren(yhat[j]) + "(1 − " + Num.paren(yhat[j]) + ")", yhatCell(j),
                                new SlopeFn(act, conv, true))));
            } else {
                // Softmax with cross-entropy: Σᵢ ∂L/∂ŷᵢ · ∂ŷᵢ/∂zⱼ collapses to ŷⱼ·Σy − yⱼ = ŷⱼ − yⱼ.
                d[j] = yhat[j] * ySum - y[j];
                String formula = SymText.of(names.yhat(j)) + " − " + SymText.of(names.y(j));
                OutputDeltaFn fn = new OutputDeltaFn(ySum, y[j]);
                terms.add(Term.of(new Factor(new Sym.Text(formula), d[j], fn.written(Num.paren(yhat[j])), yhatCell(j), fn)));
            }
            cells.add(new Cell(Ids.z(depth, j), CellKind.PRE_ACTIVATION, Names.dL(names.z(depth, j)), d[j], terms,
                    null, depth, j, false));
        }
        return d;
    }

    private double[] preActivationGradient(int l, double[] dAl, double[] zl, double[] al, Activation act) {
        double[] d = new double[zl.length];
        for (int j = 0; j < d.length; j++) {
            List<Term> terms = new ArrayList<>();
            if (act.elementwise()) {
                double fp = act.derivative(zl[j], al[j], conv);
                d[j] = dAl[j] * fp;
                terms.add(Term.of(Factor.cell(Names.dL(names.a(l, j)), dAl[j], Ids.a(l, depth, j)),
                        activationFactor(l, j, act, fp, al[j])));
            } else {
                double s = 0;
                for (int i = 0; i < d.length; i++) {
                    double jac = Activation.softmaxJacobian(al, i, j);
                    s += dAl[i] * jac;
                    terms.add(Term.of(Factor.cell(Names.dL(names.a(l, i)), dAl[i], Ids.a(l, depth, i)),
                            Factor.of(new Sym.Deriv(names.a(l, i), names.z(l, j)), jac)));
                }
                d[j] = s;
            }
            cells.add(new Cell(Ids.z(l, j), CellKind.PRE_ACTIVATION, Names.dL(names.z(l, j)), d[j], terms, null, l, j, false));
        }
        return d;
    }

    /**
     * f′(z) as a factor, with the numbers that give it for the activations students evaluate by hand. It
     * reads the forward cell it is computed from (z for the ReLUs, a for sigmoid and tanh), so a student's
     * own forward value carries into it; given forward values are no cells and stay as they are.
     */
    private Factor activationFactor(int l, int j, Activation act, double fp, double a) {
        // The identity's derivative is the number 1, written as such (worksheet 003: ∂L/∂ŷ · 1).
        if (act == Activation.LINEAR) return Factor.of(new Sym.Text("1"), 1.0);
        boolean fromA = SlopeFn.readsA(act);
        SlopeFn fn = new SlopeFn(act, conv, fromA);
        String detail = fromA ? fn.written(Num.paren(a)) : null;
        String cell = fwd.given()[l] ? null : fromA ? Ids.fwdA(l, depth, j) : Ids.fwdZ(l, j);
        return new Factor(new Sym.Apply(act.symbol(), true, names.z(l, j)), fp, detail, cell, cell == null ? null : fn);
    }

    /** The forward cell of an activation, the input x excepted (it is given, never a cell). */
    private Factor input(int from, int i, double value) {
        if (from == 0) return Factor.of(names.a(from, i), value);
        return Factor.cell(names.a(from, i), value, fwdAId(from, i));
    }

    private String yhatCell(int j) {
        return Ids.fwdA(depth, depth, j);
    }

    private void fillWeightGradient(int l, int from, double[] delta, double[][] g) {
        double[] input = fwd.a()[from];
        for (int j = 0; j < delta.length; j++) for (int i = 0; i < input.length; i++) g[j][i] = delta[j] * input[i];
        // Cells in the order the matrix is written in the exercise, row by row.
        boolean neuronRows = conv.weightLayout() == WeightLayout.NEURON_ROWS;
        int rows = neuronRows ? delta.length : input.length;
        int cols = neuronRows ? input.length : delta.length;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int j = neuronRows ? r : c;
                int i = neuronRows ? c : r;
                ParamRef p = names.weight(l, from, j, i);
                cells.add(new Cell(p.id(), CellKind.WEIGHT, Names.dL(names.param(p)), g[j][i],
                        List.of(Term.of(Factor.cell(names.delta(l, j), delta[j], zId(l, j)),
                                input(from, i, input[i]))),
                        p, l, j, conv.isFrozen(p)));
            }
        }
    }

    /** The local derivatives on their own, layer by layer from the output: ∂a/∂z, ∂z/∂W, ∂z/∂a. */
    private void addLocalDerivatives() {
        for (int l = depth; l >= 1; l--) {
            Layer layer = net.layer(l);
            double[] zl = fwd.z()[l];
            double[] al = fwd.a()[l];
            for (int j = 0; j < layer.size(); j++) {
                if (layer.activation().elementwise()) {
                    double fp = layer.activation().derivative(zl[j], al[j], conv);
                    addLocal(Ids.a(l, depth, j), Ids.z(l, j), new Sym.Deriv(names.a(l, j), names.z(l, j)),
                            activationFactor(l, j, layer.activation(), fp, al[j]), l, j);
                } else {
                    for (int i = 0; i < layer.size(); i++) {
                        addLocal(Ids.a(l, depth, i), Ids.z(l, j), new Sym.Deriv(names.a(l, i), names.z(l, j)),
                                Factor.of(new Sym.Text(SymText.of(names.a(l, i)) + "(" + (i == j ? "1 − " : "−")
                                        + SymText.of(names.a(l, j)) + ")"), Activation.softmaxJacobian(al, i, j)), l, j);
                    }
                }
            }
            addLocalInputs(l, l - 1, layer.weights());
            for (var s : layer.skips()) addLocalInputs(l, s.from(), s.weights());
        }
    }

    private void addLocalInputs(int l, int from, double[][] w) {
        double[] input = fwd.a()[from];
        for (int j = 0; j < w.length; j++) {
            for (int i = 0; i < input.length; i++) {
                ParamRef p = names.weight(l, from, j, i);
                addLocal(zId(l, j), p.id(), new Sym.Deriv(names.z(l, j), names.param(p)), input(from, i, input[i]), l, j);
            }
        }
        if (from == 0) return;
        for (int j = 0; j < w.length; j++) {
            for (int i = 0; i < input.length; i++) {
                ParamRef p = names.weight(l, from, j, i);
                addLocal(zId(l, j), Ids.a(from, depth, i), new Sym.Deriv(names.z(l, j), names.a(from, i)),
                        Factor.of(names.param(p), w[j][i]), l, j);
            }
        }
    }

    private void addLocal(String num, String den, Sym label, Factor why, int l, int j) {
        cells.add(new Cell(Ids.local(num, den), CellKind.LOCAL, label, why.value(), List.of(Term.of(why)), null, l, j, false));
    }

    private static void requireFinite(double[] v, String what) {
        for (double d : v) {
            if (!Double.isFinite(d)) {
                throw new NumericException(what + " is not a finite number: the output is saturated (ŷ exactly 0 or 1)"
                        + " or the numbers of this exercise are too large to differentiate.");
            }
        }
    }
}

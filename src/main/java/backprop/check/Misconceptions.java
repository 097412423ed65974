package backprop.check;

import backprop.backward.Cell;
import backprop.backward.CellKind;
import backprop.backward.Factor;
import backprop.backward.Term;
import backprop.model.Activation;
import backprop.model.Exercise;
import backprop.model.Loss;
import backprop.model.Network;
import backprop.model.ParamRef;
import backprop.model.WeightLayout;
import backprop.notation.Sym;
import backprop.notation.SymText;
import backprop.solve.Solution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values the common mistakes produce in every cell of one exercise, each with the hint that names the
 * mistake. Most are the solver's own chain-rule sums replayed with one factor changed (σ′ taken as σ, ReLU′
 * as z, the ½ of the loss dropped …), so the mistake travels down the chain as it does on paper; a dropped
 * bias changes the forward pass and is solved again ({@link BiasDropped}). Listed most telling first: when
 * two mistakes give the same number the first one names it.
 */
final class Misconceptions {

    private final Solution sol;
    private final Exercise ex;
    private final Network net;
    private final List<Cell> backward;
    private final List<Cell> updates;
    private final List<Cell> all;
    private final List<Alternative> out = new ArrayList<>();

    private Misconceptions(Solution sol, List<Cell> updates) {
        this.sol = sol;
        this.ex = sol.exercise();
        this.net = ex.network();
        this.backward = sol.backward().cells();
        this.updates = updates;
        this.all = new ArrayList<>(backward);
        all.addAll(updates);
    }

    /** {@code updates} are the update cells of the exercise (UpdateCells.of), after the backward cells. */
    static List<Alternative> of(Solution sol, List<Cell> updates) {
        Misconceptions m = new Misconceptions(sol, updates);
        m.sign();
        m.loss();
        m.activations();
        m.transposed();
        m.wrongInput();
        m.untransposedBackward();
        m.skipPaths();
        m.out.addAll(BiasDropped.alternatives(sol, updates));
        return m.out;
    }

    private void sign() {
        Map<String, Double> v = new HashMap<>();
        for (Cell c : backward) v.put(c.id(), -c.value());
        String dl = ex.loss().derivativeFormula("ŷ", "y", "N");
        // Worded for any cell: the flip may come from ∂L/∂ŷ or from a factor of this cell's own product.
        Hint general = new Hint("sign", "The sign is flipped: this is the right value times −1. Check that ∂L/∂ŷ is " + dl
                + " (not the other way round) and that every factor of the chain rule keeps its own sign.");
        Hint outputRight = new Hint("sign", "The sign is flipped: this is the right value times −1. Your ∂L/∂ŷ is"
                + " right, so a factor of this cell's product has lost its sign: each keeps its own.");
        out.add(new Alternative(general, v, true, outputRight));
    }

    private void loss() {
        Loss loss = ex.loss();
        int n = net.outputSize();
        // if, not switch: a switch on an enum costs the page a class of its own under TeaVM.
        if (loss == Loss.HALF_SUM_SQUARED || loss == Loss.HALF_MEAN_SQUARED) {
            scaleOutput(2, "loss-half", "This is twice the right value: the ½ of the loss is dropped. The ½ cancels"
                    + " the 2 that differentiating the square brings down.");
            scaleOutput(0.5, "loss-half", "This is half the right value: the ½ of the loss is used twice. It cancels"
                    + " the 2 that differentiating the square brings down, and is then gone.");
            if (loss == Loss.HALF_MEAN_SQUARED && n > 1) meanScaling(n);
            if (loss == Loss.HALF_SUM_SQUARED && n > 1) {
                scaleOutput(1.0 / n, "loss-mean", "This is the right value divided by N = " + n + ": this loss is a"
                        + " sum over the outputs, not a mean, so there is no 1/N.");
            }
        } else if (loss == Loss.MEAN_SQUARED) {
            scaleOutput(0.5, "loss-half", "This is half the right value: this loss has no ½, so the 2 from"
                    + " differentiating the square stays, ∂L/∂ŷ = 2(ŷ − y)/N.");
            if (n > 1) meanScaling(n);
        } else {
            log10();
        }
    }

    private void meanScaling(int n) {
        scaleOutput(n, "loss-mean", "This is N = " + n + " times the right value: the 1/N of the mean is dropped.");
        scaleOutput(1.0 / n, "loss-mean", "This is the right value divided by N = " + n + " once more: the 1/N of the"
                + " mean is applied twice.");
    }

    private void scaleOutput(double k, String key, String message) {
        add(key, message, Replay.run(all, (cell, term, f, value) -> cell.kind() == CellKind.OUTPUT ? k * value : value, Map.of()));
    }

    /** With log₁₀, d/dŷ log₁₀ ŷ = 1/(ŷ ln 10): every gradient is the right one divided by ln 10. */
    private void log10() {
        double ln10 = Math.log(10);
        int depth = net.depth();
        Map<String, Double> v = Replay.run(all, (cell, term, f, value) -> {
            if (cell.kind() == CellKind.OUTPUT) return value / ln10;
            // Softmax with cross-entropy writes δ = ŷ − y without ∂L/∂ŷ; the mistake divides it all the same.
            boolean softmaxDelta = cell.kind() == CellKind.PRE_ACTIVATION && cell.layer() == depth
                    && f.cellId() == null && net.layer(depth).activation() == Activation.SOFTMAX;
            return softmaxDelta ? value / ln10 : value;
        }, Map.of());
        add("log10", "This uses log base 10: the cross-entropy uses the natural logarithm, and with log₁₀ every"
                + " gradient comes out divided by ln 10 ≈ 2.303.", v);
    }

    private interface Derivative {
        double value(double z, double a);
    }

    private void activations() {
        for (Activation act : new Activation[] {Activation.RELU, Activation.LEAKY_RELU}) {
            for (int l : layersWith(act)) {
                activation(l, act, (z, a) -> z, "relu-as-z", act.symbol() + "′(z) is taken as z: " + act.symbol()
                        + "′ is 1 where z > 0 and " + (act == Activation.RELU ? "0" : "the leak slope")
                        + " where z < 0, whatever the size of z.");
            }
        }
        for (int l : layersWith(Activation.SIGMOID)) {
            activation(l, Activation.SIGMOID, (z, a) -> a, "sigmoid-as-sigma", "This uses σ(z) where σ′(z) belongs:"
                    + " σ′(z) is σ(z)(1 − σ(z)) = a(1 − a), not σ(z).");
            activation(l, Activation.SIGMOID, (z, a) -> z * (1 - z), "sigmoid-from-z", "σ′ is computed from z:"
                    + " σ′(z) = a(1 − a) with a = σ(z), not z(1 − z).");
        }
        for (int l = 1; l <= net.depth(); l++) {
            Activation act = net.layer(l).activation();
            if (!act.elementwise() || act == Activation.LINEAR) continue;
            activation(l, act, (z, a) -> 1.0, "activation-derivative-left-out", "The activation's derivative is left"
                    + " out: ∂L/∂z" + sup(l) + " = ∂L/∂a" + sup(l) + " · " + act.symbol() + "′(z" + sup(l) + ").");
        }
    }

    private List<Integer> layersWith(Activation act) {
        List<Integer> ls = new ArrayList<>();
        for (int l = 1; l <= net.depth(); l++) if (net.layer(l).activation() == act) ls.add(l);
        return ls;
    }

    /** f′ of layer l replaced wherever it appears as a factor (δ cells and the local-derivative table). */
    private void activation(int l, Activation act, Derivative wrong, String key, String message) {
        double[] z = sol.forward().z()[l];
        double[] a = sol.forward().a()[l];
        add(key, message, Replay.run(all, (cell, term, f, value) -> {
            boolean derivative = f.sym() instanceof Sym.Apply ap && ap.prime() && f.cellId() == null;
            if (!derivative || cell.layer() != l || cell.neuron() < 0 || cell.neuron() >= z.length) return value;
            return wrong.value(z[cell.neuron()], a[cell.neuron()]);
        }, Map.of()));
    }

    /** ∂L/∂W with the two indices swapped: δ of the input's index times the activation of the neuron's. */
    private void transposed() {
        Map<String, Double> grads = new HashMap<>();
        for (Cell c : backward) {
            ParamRef p = c.param();
            if (c.kind() != CellKind.WEIGHT || p == null) continue;
            double[] delta = sol.backward().gradients().dZ()[p.layer()];
            double[] input = sol.forward().a()[p.from()];
            if (p.i() < delta.length && p.j() < input.length && p.i() != p.j()) grads.put(c.id(), delta[p.i()] * input[p.j()]);
        }
        if (grads.isEmpty()) return;
        Map<String, Double> v = Replay.run(updates, Replay.NONE, grads);
        boolean rows = ex.conventions().weightLayout() == WeightLayout.NEURON_ROWS;
        add("transposed", "The weight's indices are transposed: ∂L/∂W is δ of the neuron the weight goes into times"
                + " the activation it comes from, and this exercise writes the " + (rows ? "receiving neuron" : "input")
                + " first.", v);
    }

    /**
     * ∂L/∂W⁽ˡ⁾ⱼᵢ = δⱼ·aᵢ worked with another input of the same layer, aᵢ₊ₛ (x₁ for x₀): one mistake per shift s,
     * so that with three inputs both wrong partners are named.
     */
    private void wrongInput() {
        int widest = 0;
        for (int l = 0; l < net.depth(); l++) widest = Math.max(widest, net.width(l));
        for (int shift = 1; shift < widest; shift++) {
            Map<String, Double> grads = new HashMap<>();
            for (Cell c : backward) {
                ParamRef p = c.param();
                if (c.kind() != CellKind.WEIGHT || p == null) continue;
                double[] delta = sol.backward().gradients().dZ()[p.layer()];
                double[] input = sol.forward().a()[p.from()];
                int other = (p.i() + shift) % input.length;
                if (other == p.i() || input[other] == input[p.i()] || p.j() >= delta.length) continue;
                grads.put(c.id(), delta[p.j()] * input[other]);
            }
            if (grads.isEmpty()) continue;
            add("wrong-input", "The weight is paired with the wrong input: ∂L/∂W is δ of the unit the weight feeds"
                    + " times the very input it multiplies in z = Wa + b (x₀ for a weight from x₀), not another input.",
                    Replay.run(updates, Replay.NONE, grads));
        }
    }

    /**
     * ∂L/∂a⁽ˡ⁾ⱼ = Σₖ δ⁽ᵐ⁾ₖ·W⁽ᵐ⁾ₖⱼ read along row j instead of column j (W δ for Wᵀδ), where W⁽ᵐ⁾ is square so
     * the mistake has numbers. Each term's δ factor names its cell, z{m}.{k}, which says which weight it meets.
     */
    private void untransposedBackward() {
        boolean any = false;
        for (Cell c : backward) {
            if (c.kind() == CellKind.ACTIVATION && square(c.layer() + 1)) any = true;
        }
        if (!any) return;
        Map<String, Double> v = Replay.run(all, (cell, term, f, value) -> {
            if (cell.kind() != CellKind.ACTIVATION || f.cellId() != null || term.factors().size() != 2) return value;
            String delta = term.factors().get(0).cellId();
            if (delta == null || !delta.startsWith("z" + (cell.layer() + 1) + ".")) return value;
            int m = cell.layer() + 1;
            if (!square(m)) return value;
            int k = Integer.parseInt(delta.substring(delta.indexOf('.') + 1));
            return net.layer(m).weights()[cell.neuron()][k];
        }, Map.of());
        add("transposed", "The weight matrix is not transposed: ∂L/∂aⱼ adds δₖ times the weight from unit j into"
                + " unit k, over every unit k that aⱼ feeds (Wᵀδ), not the weights into unit j.", v);
    }

    private boolean square(int m) {
        return m <= net.depth() && net.layer(m).size() == net.width(m - 1) && net.layer(m).size() > 1;
    }

    /** Every sum with terms from several paths, once with each path left out. */
    private void skipPaths() {
        Set<String> vias = new LinkedHashSet<>();
        for (Cell c : backward) for (Term t : c.terms()) if (t.via() != null) vias.add(t.via());
        for (String via : vias) {
            Map<String, Double> v = Replay.run(all, new Replay.Change() {
                @Override
                public double factor(Cell cell, Term term, Factor f, double value) {
                    return value;
                }

                @Override
                public boolean keeps(Cell cell, Term term) {
                    return !via.equals(term.via());
                }
            }, Map.of());
            add("skip-path-left-out", "A path is left out (" + via + "): an activation that feeds two layers gets a"
                    + " term in ∂L/∂a from each of them, and the terms add.", v);
        }
    }

    private void add(String key, String message, Map<String, Double> values) {
        out.add(new Alternative(new Hint(key, message), values));
    }

    static String sup(int l) {
        return "⁽" + SymText.superscript(Integer.toString(l)) + "⁾";
    }
}

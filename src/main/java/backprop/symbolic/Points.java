package backprop.symbolic;

import backprop.backward.Cell;
import backprop.backward.CellKind;
import backprop.model.Activation;
import backprop.model.Conventions;
import backprop.model.Exercise;
import backprop.model.Layer;
import backprop.model.Network;
import backprop.model.ParamRef;
import backprop.random.Prng;
import backprop.solve.Solution;
import java.util.List;

/**
 * The points where two expressions are compared. {@link #exercise} holds the exercise's own numbers. Each
 * random point draws x, y, weights and biases with magnitude in [0.5, 2] and either sign, and every z: on the
 * same side of the kink as the exercise's z for ReLU and leaky ReLU (so ReLU′ is what it is in the exercise;
 * an exact 0 stays 0), anywhere in [−2, 2] otherwise; then a = f(z) layer by layer, so a⁽ˡ⁾(1 − a⁽ˡ⁾) equals
 * σ′(z⁽ˡ⁾) at every point. The gradient cells are filled two ways: {@link #free} draws them as independent
 * numbers (the chain-rule step as asked: ∂L/∂z⁽²⁾ is a quantity of its own), {@link #derived} computes them
 * from the point by the chain rule, so an expression with a cell written out (∂L/∂ŷ as ŷ − y) is equal too.
 * {@link #general} is derived with the kink sides drawn at random, to tell an expression that is right only
 * on this side of a kink (ReLU′ left out where it is 1). The generator is the SplitMix64 of
 * {@link backprop.random.Prng}, seeded from the exercise's title, so the JVM and the browser draw the same.
 */
final class Points {

    static final int COUNT = 8;

    final double[] exercise;
    final double[][] free = new double[COUNT][];
    final double[][] derived = new double[COUNT][];
    final double[][] general = new double[COUNT][];

    private final Symbols symbols;
    private final Exercise ex;
    private final Network net;
    private final Conventions conv;
    private final Solution sol;
    private final Expr[] truths;

    Points(Symbols symbols, Expr[] truthsByCellOrder) {
        this.symbols = symbols;
        this.sol = symbols.solution();
        this.ex = sol.exercise();
        this.net = ex.network();
        this.conv = ex.conventions();
        this.truths = truthsByCellOrder;
        exercise = exercisePoint();
        Prng rng = new Prng(Prng.seedFromString("backprop.symbolic|" + ex.title()));
        for (int k = 0; k < COUNT; k++) {
            double[] forward = forward(rng, false);
            free[k] = forward.clone();
            derived[k] = forward;
            for (Quantity q : symbols.all()) if (q.kind() == Quantity.Kind.GRADIENT) free[k][q.slot()] = magnitude(rng);
            deriveCells(derived[k]);
            general[k] = forward(rng, true);
            deriveCells(general[k]);
        }
    }

    private double[] exercisePoint() {
        double[] p = new double[symbols.size()];
        List<Cell> cells = sol.backward().cells();
        for (Quantity q : symbols.all()) p[q.slot()] = exerciseValue(q, cells);
        return p;
    }

    private double exerciseValue(Quantity q, List<Cell> cells) {
        if (q.kind() == Quantity.Kind.INPUT) return ex.input()[q.j()];
        if (q.kind() == Quantity.Kind.TARGET) return ex.target()[q.j()];
        if (q.kind() == Quantity.Kind.PRE_ACTIVATION) return sol.forward().z()[q.layer()][q.j()];
        if (q.kind() == Quantity.Kind.ACTIVATION) return sol.forward().a()[q.layer()][q.j()];
        if (q.kind() == Quantity.Kind.WEIGHT || q.kind() == Quantity.Kind.BIAS) return parameter(q.param());
        return sol.backward().cell(q.cellId()).value();
    }

    private double parameter(ParamRef p) {
        Layer layer = net.layer(p.layer());
        if (p.kind() == ParamRef.Kind.BIAS) return layer.bias()[p.j()];
        if (!p.isSkip()) return layer.weights()[p.j()][p.i()];
        for (var s : layer.skips()) if (s.from() == p.from()) return s.weights()[p.j()][p.i()];
        throw new IllegalStateException("no skip weights for " + p.id());
    }

    private double[] forward(Prng rng, boolean anySide) {
        double[] p = new double[symbols.size()];
        for (Quantity q : symbols.all()) {
            Quantity.Kind k = q.kind();
            if (k == Quantity.Kind.INPUT || k == Quantity.Kind.TARGET || k == Quantity.Kind.WEIGHT || k == Quantity.Kind.BIAS) {
                p[q.slot()] = magnitude(rng);
            }
        }
        for (int l = 1; l <= net.depth(); l++) {
            Activation act = net.layer(l).activation();
            boolean kinked = act == Activation.RELU || act == Activation.LEAKY_RELU;
            double[] z = new double[net.width(l)];
            for (int j = 0; j < z.length; j++) {
                double m = rng.uniform(0.5, 2);
                if (!kinked) {
                    z[j] = rng.uniform(-2, 2);
                } else if (anySide) {
                    z[j] = rng.nextBoolean() ? m : -m;
                } else {
                    double z0 = sol.forward().z()[l][j];
                    // The solver reads ReLU′ from a where a value is given (worksheet 000): the side follows f′.
                    double fp = act.derivative(z0, sol.forward().a()[l][j], conv);
                    z[j] = z0 == 0 && sol.forward().a()[l][j] == 0 ? 0 : fp == 1.0 ? m : -m;
                }
                p[symbols.z(l, j).slot()] = z[j];
            }
            double[] a = act.apply(z, conv);
            for (int j = 0; j < a.length; j++) p[symbols.a(l, j).slot()] = a[j];
        }
        return p;
    }

    /** Each gradient cell from its chain-rule expression, in backward order, so every factor is known when used. */
    private void deriveCells(double[] p) {
        List<Cell> cells = sol.backward().cells();
        for (int k = 0; k < cells.size(); k++) {
            Cell c = cells.get(k);
            if (c.kind() == CellKind.LOCAL) continue;
            p[symbols.cell(c.id()).slot()] = Eval.of(truths[k], p, conv);
        }
    }

    private static double magnitude(Prng rng) {
        double m = rng.uniform(0.5, 2);
        return rng.nextBoolean() ? m : -m;
    }
}

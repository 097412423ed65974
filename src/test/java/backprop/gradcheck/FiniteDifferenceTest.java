package backprop.gradcheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.backward.Cell;
import backprop.backward.CellKind;
import backprop.backward.Factor;
import backprop.backward.Gradients;
import backprop.backward.Term;
import backprop.forward.ForwardPass;
import backprop.forward.ForwardResult;
import backprop.model.Activation;
import backprop.model.Exercise;
import backprop.model.Layer;
import backprop.model.Loss;
import backprop.model.Network;
import backprop.model.Skip;
import backprop.model.WeightLayout;
import backprop.random.Prng;
import backprop.solve.Solution;
import backprop.solve.Solver;
import backprop.update.ParamChange;
import backprop.update.UpdateCells;
import backprop.update.UpdateResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The solver's gradients against central differences of the loss on random networks (see
 * {@link RandomNetworks}), plus the bookkeeping a student relies on: every cell is the sum of its
 * chain-rule products, every gradient cell shows the number the update uses, every factor that names
 * a cell carries that cell's value, and the SGD step is exactly old − η·gradient except where frozen.
 *
 * <p>Step and tolerance: the central difference (L(θ+h) − L(θ−h))/2h is off by about h²·|L‴|/6
 * (truncation) plus ε·|L|/h (rounding, ε ≈ 2.2·10⁻¹⁶). At h = 10⁻⁵ that is ~2·10⁻¹¹·|L‴| + 2·10⁻¹¹·|L|,
 * near the optimum h ≈ ε^⅓ for quantities of order 1, and still below 10⁻⁷ for |L| and |L‴| up to
 * a few thousand. A tolerance of 10⁻⁶·max(1, |g|, |fd|) therefore leaves an order of magnitude of
 * headroom over the difference's own error while any wrong chain-rule factor or missing path shows
 * up at order 1. ReLU kinks are kept at least 10⁻³ away, far beyond what a step of 10⁻⁵ in one
 * parameter can move a pre-activation.
 */
class FiniteDifferenceTest {

    private static final int NETWORKS = 2000;
    private static final double H = 1e-5;
    private static final double FD_TOL = 1e-6;
    private static final double CELL_TOL = 1e-12;
    private static final int MAX_REPORTED = 25;
    /** Each kind of case must turn up at least this often, or the random mix has drifted. */
    private static final int MIN_FEATURE_COUNT = 10;

    private final List<String> failures = new ArrayList<>();
    private int failureCount;
    private long seed;
    private Exercise ex;

    private int parameters;
    private int frozenParameters;
    private int nodeValues;
    private int cellsChecked;
    private int localCells;
    private double maxParamError;
    private double maxNodeError;
    private double maxLocalError;

    @Test
    void gradientsMatchCentralDifferencesOnRandomNetworks() {
        long start = System.nanoTime();
        Map<String, Integer> rejected = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        int accepted = 0;
        for (seed = 0; accepted < NETWORKS; seed++) {
            Exercise candidate = RandomNetworks.draw(new Prng(seed));
            String why = RandomNetworks.rejectReason(candidate);
            if (why != null) {
                rejected.merge(why, 1, Integer::sum);
                continue;
            }
            ex = candidate;
            for (String f : RandomNetworks.features(ex)) seen.merge(f, 1, Integer::sum);
            try {
                checkNetwork();
            } catch (RuntimeException e) {
                fail("threw " + e);
            }
            accepted++;
        }
        String rarest = null;
        for (String f : expectedFeatures()) if (rarest == null || seen.getOrDefault(f, 0) < seen.getOrDefault(rarest, 0)) rarest = f;
        System.out.println("FiniteDifferenceTest: " + accepted + " networks (seeds 0.." + (seed - 1) + ", rejected "
                + rejected + "), " + parameters + " parameters (" + frozenParameters + " frozen), " + nodeValues
                + " z/a values, " + cellsChecked + " cells (" + localCells + " local), max relative error: parameters "
                + maxParamError + ", z/a " + maxNodeError + ", local " + maxLocalError + "; rarest case '" + rarest + "' x"
                + seen.getOrDefault(rarest, 0) + "; " + (System.nanoTime() - start) / 1_000_000 + " ms, " + failureCount + " failures");
        for (String f : expectedFeatures()) {
            assertTrue(seen.getOrDefault(f, 0) >= MIN_FEATURE_COUNT, "only " + seen.getOrDefault(f, 0) + " networks with " + f);
        }
        assertTrue(failureCount == 0, failureCount + " failures, first ones:\n" + String.join("\n", failures));
    }

    private static List<String> expectedFeatures() {
        List<String> f = new ArrayList<>();
        for (Loss l : Loss.values()) f.add("loss " + l.key());
        for (Activation a : Activation.values()) {
            f.add("hidden " + a.key());
            f.add("output " + a.key());
        }
        for (int d = 1; d <= 4; d++) f.add("depth " + d);
        for (WeightLayout w : WeightLayout.values()) f.add(w.key());
        f.addAll(List.of("softmax output without categorical cross-entropy", "categorical cross-entropy without softmax",
                "binary cross-entropy without sigmoid", "categorical targets not summing to 1", "local derivatives",
                "layer without bias", "skip from the input", "skip from a hidden layer", "several skips into one layer",
                "frozen weights", "frozen biases", "frozen weight entry", "frozen bias entry", "frozen skip matrix",
                "frozen bias vector", "frozen weight matrix"));
        return f;
    }

    private void fail(String what) {
        failureCount++;
        if (failures.size() < MAX_REPORTED) failures.add("seed " + seed + ": " + what + "   [" + RandomNetworks.describe(ex) + "]");
    }

    private void checkNetwork() {
        Solution sol = Solver.solve(ex);
        Gradients g = sol.backward().gradients();
        Map<String, Cell> cells = new HashMap<>();
        for (Cell c : sol.backward().cells()) if (cells.put(c.id(), c) != null) fail("duplicate cell id " + c.id());

        Reference ref = reference(Params.of(ex.network()), -1, 0, 0, 0);
        checkForward(sol.forward(), ref);
        List<Param> params = Param.all(ex.network(), ex.conventions().weightLayout());
        checkParameters(params, g, cells);
        checkNodes(g, cells, ref);
        Map<String, Cell> sheet = new HashMap<>();
        for (Cell c : sol.sheet().cells()) if (sheet.put(c.id(), c) != null) fail("duplicate sheet cell id " + c.id());
        // Every cell of every stage is a sum of products whose linked factors agree with the cells they read.
        checkCellSums(sol.sheet().cells(), sheet);
        checkCellCounts(sol.backward().cells(), params.size());
        checkLocalCells(sol.backward().cells(), params, sol.forward());
        checkUpdate(sol, params, g, cells);
    }

    // ---- forward ----------------------------------------------------------------------------------

    private void checkForward(ForwardResult f, Reference ref) {
        for (int l = 1; l <= ex.network().depth(); l++) {
            for (int j = 0; j < ref.z[l].length; j++) {
                if (!close(f.z()[l][j], ref.z[l][j], CELL_TOL)) fail("z" + l + "." + j + " forward " + f.z()[l][j] + " vs " + ref.z[l][j]);
                if (!close(f.a()[l][j], ref.a[l][j], CELL_TOL)) fail("a" + l + "." + j + " forward " + f.a()[l][j] + " vs " + ref.a[l][j]);
            }
        }
        if (!close(f.loss(), ref.loss, CELL_TOL)) fail("loss " + f.loss() + " vs " + ref.loss);
    }

    // ---- parameters: every weight, skip weight and bias -------------------------------------------

    private void checkParameters(List<Param> params, Gradients g, Map<String, Cell> cells) {
        Network net = ex.network();
        for (Param p : params) {
            parameters++;
            boolean frozen = p.frozenUnder(ex.conventions().frozen());
            if (frozen) frozenParameters++;
            double grad = p.get(g);
            Cell cell = cells.get(p.id);
            if (cell == null) {
                fail("no cell " + p.id);
            } else {
                if (cell.kind() != (p.bias ? CellKind.BIAS : CellKind.WEIGHT)) fail(p.id + " has kind " + cell.kind());
                if (cell.value() != grad) fail(p.id + " cell " + cell.value() + " but Gradients " + grad);
                if (cell.frozen() != frozen) fail(p.id + " cell frozen=" + cell.frozen() + ", expected " + frozen);
                if (cell.param() == null || !cell.param().id().equals(p.id)) fail(p.id + " cell names parameter " + cell.param());
            }
            Params plus = Params.of(net);
            Params minus = Params.of(net);
            plus.add(p, H);
            minus.add(p, -H);
            double fd = (loss(plus.build(net)) - loss(minus.build(net))) / (2 * H);
            double err = relativeError(grad, fd);
            maxParamError = Math.max(maxParamError, err);
            if (!(err <= FD_TOL)) fail("∂L/∂" + p.id + " = " + grad + " but central difference " + fd + " (rel " + err + ")");
        }
    }

    private double loss(Network net) {
        return ForwardPass.run(net, ex.input(), ex.target(), ex.loss(), ex.conventions(), false).loss();
    }

    // ---- ∂L/∂z and ∂L/∂a through a reference forward pass that can nudge one z or a --------------

    private void checkNodes(Gradients g, Map<String, Cell> cells, Reference ref) {
        Params base = Params.of(ex.network());
        int depth = ex.network().depth();
        for (int l = 1; l <= depth; l++) {
            for (int j = 0; j < ref.z[l].length; j++) {
                nodeValues += 2;
                double fdZ = (reference(base, l, j, H, 0).loss - reference(base, l, j, -H, 0).loss) / (2 * H);
                node("z" + l + "." + j, g.dZ()[l][j], fdZ, cells);
                double h = aStep(j, ref.a[l][j], l == depth);
                double fdA = (reference(base, l, j, 0, h).loss - reference(base, l, j, 0, -h).loss) / (2 * h);
                double dA = l == depth ? g.dYhat()[j] : g.dA()[l][j];
                if (l == depth && g.dA()[l] != null && g.dA()[l][j] != dA) fail("dA[L] differs from dYhat at " + j);
                node(l == depth ? "yhat." + j : "a" + l + "." + j, dA, fdA, cells);
            }
        }
    }

    /**
     * Cross-entropy curves sharply near ŷ = 0 (or 1) when it has a ln ŷ (or ln(1 − ŷ)) term, so the
     * step in ŷ shrinks with the distance to that end and a difference never crosses it. Only the
     * terms that are present count: a step shrunk for a term with weight 0 would only add rounding.
     */
    private double aStep(int j, double a, boolean output) {
        if (!output) return H;
        double y = ex.target()[j];
        double room = 1;
        if (ex.loss() == Loss.BINARY_CROSS_ENTROPY || ex.loss() == Loss.CATEGORICAL_CROSS_ENTROPY) {
            if (y != 0) room = Math.min(room, a);
            if (ex.loss() == Loss.BINARY_CROSS_ENTROPY && y != 1) room = Math.min(room, 1 - a);
        }
        return H * room;
    }

    private void node(String id, double grad, double fd, Map<String, Cell> cells) {
        double err = relativeError(grad, fd);
        maxNodeError = Math.max(maxNodeError, err);
        if (!(err <= FD_TOL)) fail("∂L/∂" + id + " = " + grad + " but central difference " + fd + " (rel " + err + ")");
        Cell c = cells.get(id);
        if (c == null) fail("no cell " + id);
        else if (c.value() != grad) fail(id + " cell " + c.value() + " but Gradients " + grad);
    }

    // ---- cells: sums of products, factors that name cells -----------------------------------------

    private void checkCellSums(List<Cell> list, Map<String, Cell> cells) {
        for (Cell c : list) {
            cellsChecked++;
            checkSum(c);
            for (Term t : c.terms()) {
                for (Factor f : t.factors()) {
                    if (f.cellId() == null) continue;
                    Cell named = cells.get(f.cellId());
                    if (named == null) fail(c.id() + " has a factor naming missing cell " + f.cellId());
                    else if (f.from(named.value()) != f.value()) fail(c.id() + " factor " + f.cellId() + " = " + f.value() + " but that cell gives " + f.from(named.value()));
                }
            }
        }
    }

    /** Relative to the sum of the terms' magnitudes, which is the scale at which a sum can round. */
    private void checkSum(Cell c) {
        if (c.terms().isEmpty()) {
            fail(c.id() + " has no terms");
            return;
        }
        double sum = 0;
        double scale = 0;
        for (Term t : c.terms()) {
            double prod = 1;
            for (Factor f : t.factors()) prod *= f.value();
            sum += prod;
            scale += Math.abs(prod);
        }
        if (Math.abs(c.value() - sum) > CELL_TOL * Math.max(scale, Math.abs(c.value())))
            fail(c.id() + " = " + c.value() + " but its terms sum to " + sum);
    }

    private void checkCellCounts(List<Cell> list, int paramCount) {
        Network net = ex.network();
        int depth = net.depth();
        int params = 0, z = 0, a = 0, out = 0, local = 0;
        for (Cell c : list) {
            switch (c.kind()) {
                case WEIGHT, BIAS -> params++;
                case PRE_ACTIVATION -> z++;
                case ACTIVATION -> a++;
                case OUTPUT -> out++;
                case LOCAL -> local++;
                default -> fail("unexpected cell kind " + c.kind() + " for " + c.id());
            }
        }
        int zs = 0, hidden = 0, expectedLocal = 0;
        for (int l = 1; l <= depth; l++) {
            Layer layer = net.layer(l);
            zs += layer.size();
            if (l < depth) hidden += layer.size();
            expectedLocal += layer.activation().elementwise() ? layer.size() : layer.size() * layer.size();
            expectedLocal += layer.size() * net.width(l - 1) * (l - 1 >= 1 ? 2 : 1);
            for (Skip s : layer.skips()) expectedLocal += layer.size() * net.width(s.from()) * (s.from() >= 1 ? 2 : 1);
        }
        if (params != paramCount) fail(params + " parameter cells for " + paramCount + " parameters");
        if (z != zs) fail(z + " ∂L/∂z cells for " + zs + " neurons");
        if (a != hidden) fail(a + " ∂L/∂a cells for " + hidden + " hidden neurons");
        if (out != net.outputSize()) fail(out + " ∂L/∂ŷ cells for " + net.outputSize() + " outputs");
        int wantLocal = ex.localDerivatives() ? expectedLocal : 0;
        if (local != wantLocal) fail(local + " local cells, expected " + wantLocal);
    }

    /**
     * Local derivatives against their definitions: ∂z/∂W is the input the weight multiplies (as the
     * forward pass computed it, already checked above), ∂z/∂a the weight, and ∂a/∂z a central
     * difference of the activation itself (which also covers softmax).
     */
    private void checkLocalCells(List<Cell> list, List<Param> params, ForwardResult fwd) {
        Map<String, Param> byId = new HashMap<>();
        for (Param p : params) byId.put(p.id, p);
        Network net = ex.network();
        for (Cell c : list) {
            if (c.kind() != CellKind.LOCAL) continue;
            localCells++;
            String[] parts = c.id().split("/");
            if (parts.length != 2) {
                fail("local cell id " + c.id());
                continue;
            }
            int[] num = quantity(parts[0]);
            Param p = byId.get(parts[1]);
            double expected;
            if (parts[0].startsWith("z") && p != null) {
                expected = fwd.a()[p.from][p.i];
                if (num[0] != p.layer || num[1] != p.j) fail(c.id() + " pairs z with a weight of another neuron");
            } else if (parts[0].startsWith("z")) {
                int[] den = quantity(parts[1]);
                double[][] w = weightsInto(net.layer(num[0]), num[0], den[0]);
                if (w == null) {
                    fail(c.id() + " but layer " + num[0] + " does not read layer " + den[0]);
                    continue;
                }
                expected = w[num[1]][den[1]];
            } else {
                int[] den = quantity(parts[1]);
                int l = num[0];
                if (den[0] != l) fail(c.id() + " pairs a and z of different layers");
                double[] zp = fwd.z()[l].clone();
                double[] zm = fwd.z()[l].clone();
                zp[den[1]] += H;
                zm[den[1]] -= H;
                Activation act = net.layer(l).activation();
                expected = (act.apply(zp, ex.conventions())[num[1]] - act.apply(zm, ex.conventions())[num[1]]) / (2 * H);
                double err = relativeError(c.value(), expected);
                maxLocalError = Math.max(maxLocalError, err);
                if (!(err <= FD_TOL)) fail(c.id() + " = " + c.value() + " but central difference " + expected);
                continue;
            }
            if (c.value() != expected) fail(c.id() + " = " + c.value() + ", expected " + expected);
        }
    }

    private static double[][] weightsInto(Layer layer, int l, int from) {
        if (from == l - 1) return layer.weights();
        for (Skip s : layer.skips()) if (s.from() == from) return s.weights();
        return null;
    }

    /** (layer, index) of "x.i", "yhat.i", "a3.i" or "z3.i". */
    private int[] quantity(String id) {
        int dot = id.indexOf('.');
        int index = Integer.parseInt(id.substring(dot + 1));
        String head = id.substring(0, dot);
        if (head.equals("x")) return new int[]{0, index};
        if (head.equals("yhat")) return new int[]{ex.network().depth(), index};
        return new int[]{Integer.parseInt(head.substring(1)), index};
    }

    // ---- the SGD step -----------------------------------------------------------------------------

    private void checkUpdate(Solution sol, List<Param> params, Gradients g, Map<String, Cell> gradientCells) {
        UpdateResult u = sol.update();
        double eta = ex.learningRate();
        Map<String, ParamChange> changes = new HashMap<>();
        for (ParamChange c : u.changes()) if (changes.put(c.param().id(), c) != null) fail("two changes for " + c.param().id());
        if (changes.size() != params.size()) fail(changes.size() + " parameter changes for " + params.size() + " parameters");

        Network net = ex.network();
        Params before = Params.of(net);
        Params mine = Params.of(net);
        Params theirs = Params.of(u.updated());
        for (Param p : params) {
            boolean frozen = p.frozenUnder(ex.conventions().frozen());
            double old = before.get(p);
            double grad = p.get(g);
            double expected = frozen ? old : old - eta * grad;
            mine.set(p, expected);
            if (theirs.get(p) != expected) fail(p.id + " updated to " + theirs.get(p) + ", expected " + expected + (frozen ? " (frozen)" : ""));
            ParamChange c = changes.get(p.id);
            if (c == null) {
                fail("no change for " + p.id);
                continue;
            }
            if (c.before() != old || c.gradient() != grad || c.after() != expected || c.frozen() != frozen)
                fail(p.id + " change " + c + ", expected before " + old + " gradient " + grad + " after " + expected + " frozen " + frozen);
        }
        double after = loss(mine.build(net));
        if (!close(u.lossAfter(), after, CELL_TOL)) fail("loss after the step " + u.lossAfter() + ", forward pass on old − η·g gives " + after);
        if (!close(u.lossBefore(), sol.forward().loss(), CELL_TOL)) fail("loss before " + u.lossBefore() + " vs " + sol.forward().loss());

        Map<String, Cell> updateCells = new HashMap<>();
        for (Cell c : UpdateCells.of(ex, u)) {
            updateCells.put(c.id(), c);
            cellsChecked++;
            checkSum(c);
            for (Term t : c.terms()) for (Factor f : t.factors()) {
                if (f.cellId() == null) continue;
                Cell named = gradientCells.get(f.cellId());
                if (named == null || named.value() != f.value()) fail(c.id() + " factor " + f.cellId() + " does not carry that gradient cell's value");
            }
        }
        for (Param p : params) {
            Cell c = updateCells.get("new." + p.id);
            boolean frozen = p.frozenUnder(ex.conventions().frozen());
            if (frozen && c != null) fail("frozen " + p.id + " has an update cell");
            if (!frozen && (c == null || c.value() != mine.get(p))) fail("update cell for " + p.id + " is " + (c == null ? "missing" : c.value()));
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static double relativeError(double g, double fd) {
        return Math.abs(g - fd) / Math.max(1.0, Math.max(Math.abs(g), Math.abs(fd)));
    }

    private static boolean close(double x, double y, double tol) {
        return Math.abs(x - y) <= tol * Math.max(1.0, Math.max(Math.abs(x), Math.abs(y)));
    }

    private record Reference(double[][] z, double[][] a, double loss) {
    }

    /**
     * A forward pass written separately from ForwardPass, which can add dz to z⁽ˡ⁾ⱼ before the
     * activation or da to a⁽ˡ⁾ⱼ after it: the only way to difference the loss in a node value.
     */
    private Reference reference(Params p, int injLayer, int injJ, double dz, double da) {
        Network net = ex.network();
        int depth = net.depth();
        double[][] z = new double[depth + 1][];
        double[][] a = new double[depth + 1][];
        a[0] = ex.input().clone();
        for (int l = 1; l <= depth; l++) {
            Layer layer = net.layer(l);
            z[l] = new double[layer.size()];
            for (int j = 0; j < layer.size(); j++) {
                double s = 0;
                for (int i = 0; i < a[l - 1].length; i++) s += p.w[l][j][i] * a[l - 1][i];
                for (int k = 0; k < layer.skips().size(); k++) {
                    double[] src = a[layer.skips().get(k).from()];
                    for (int i = 0; i < src.length; i++) s += p.skip[l][k][j][i] * src[i];
                }
                if (p.b[l] != null) s += p.b[l][j];
                z[l][j] = s;
            }
            if (l == injLayer) z[l][injJ] += dz;
            a[l] = layer.activation().apply(z[l], ex.conventions());
            if (l == injLayer) a[l][injJ] += da;
        }
        return new Reference(z, a, ex.loss().value(a[depth], ex.target()));
    }

    /** One trainable number, named as the exercise file names it. */
    private record Param(String id, String matrix, boolean bias, int layer, int from, int skip, int j, int i) {

        static List<Param> all(Network net, WeightLayout layout) {
            List<Param> out = new ArrayList<>();
            for (int l = 1; l <= net.depth(); l++) {
                Layer layer = net.layer(l);
                weights(out, layout, l, l - 1, -1, layer.size(), net.width(l - 1));
                for (int s = 0; s < layer.skips().size(); s++) {
                    int from = layer.skips().get(s).from();
                    weights(out, layout, l, from, s, layer.size(), net.width(from));
                }
                if (layer.hasBias()) for (int j = 0; j < layer.size(); j++) out.add(new Param("b" + l + "." + j, "b" + l, true, l, -1, -1, j, 0));
            }
            return out;
        }

        private static void weights(List<Param> out, WeightLayout layout, int l, int from, int skip, int rows, int cols) {
            String matrix = skip < 0 ? "W" + l : "W" + l + "from" + from;
            for (int j = 0; j < rows; j++) {
                for (int i = 0; i < cols; i++) {
                    // The file writes input-rows matrices transposed, and the id follows the file.
                    String pos = layout == WeightLayout.NEURON_ROWS ? j + "." + i : i + "." + j;
                    out.add(new Param(matrix + "." + pos, matrix, false, l, from, skip, j, i));
                }
            }
        }

        boolean frozenUnder(List<String> frozen) {
            for (String f : frozen) if (f.equals(bias ? "biases" : "weights") || f.equals(matrix) || f.equals(id)) return true;
            return false;
        }

        double get(Gradients g) {
            if (bias) return g.dB()[layer][j];
            return skip < 0 ? g.dW()[layer][j][i] : g.dSkip()[layer][skip][j][i];
        }
    }

    /** Deep copies of a network's parameters, indexed by layer 1..L, that can be changed and rebuilt. */
    private static final class Params {
        final double[][][] w;
        final double[][] b;
        final double[][][][] skip;

        private Params(int depth) {
            w = new double[depth + 1][][];
            b = new double[depth + 1][];
            skip = new double[depth + 1][][][];
        }

        static Params of(Network net) {
            Params p = new Params(net.depth());
            for (int l = 1; l <= net.depth(); l++) {
                Layer layer = net.layer(l);
                p.w[l] = copy(layer.weights());
                p.b[l] = layer.bias() == null ? null : layer.bias().clone();
                p.skip[l] = new double[layer.skips().size()][][];
                for (int s = 0; s < layer.skips().size(); s++) p.skip[l][s] = copy(layer.skips().get(s).weights());
            }
            return p;
        }

        private static double[][] copy(double[][] m) {
            double[][] c = new double[m.length][];
            for (int r = 0; r < m.length; r++) c[r] = m[r].clone();
            return c;
        }

        double get(Param p) {
            if (p.bias()) return b[p.layer()][p.j()];
            return p.skip() < 0 ? w[p.layer()][p.j()][p.i()] : skip[p.layer()][p.skip()][p.j()][p.i()];
        }

        void set(Param p, double v) {
            if (p.bias()) b[p.layer()][p.j()] = v;
            else if (p.skip() < 0) w[p.layer()][p.j()][p.i()] = v;
            else skip[p.layer()][p.skip()][p.j()][p.i()] = v;
        }

        void add(Param p, double d) {
            set(p, get(p) + d);
        }

        Network build(Network template) {
            List<Layer> layers = new ArrayList<>();
            for (int l = 1; l <= template.depth(); l++) {
                Layer old = template.layer(l);
                List<Skip> skips = new ArrayList<>();
                for (int s = 0; s < old.skips().size(); s++) skips.add(new Skip(old.skips().get(s).from(), copy(skip[l][s])));
                layers.add(new Layer(old.size(), old.activation(), copy(w[l]), b[l] == null ? null : b[l].clone(), skips, null, null));
            }
            return new Network(template.inputSize(), layers);
        }
    }
}

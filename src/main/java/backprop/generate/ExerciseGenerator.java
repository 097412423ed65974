package backprop.generate;

import backprop.backward.Cell;
import backprop.forward.PaperSum;
import backprop.model.Activation;
import backprop.model.Conventions;
import backprop.model.Exercise;
import backprop.model.Layer;
import backprop.model.Loss;
import backprop.model.Network;
import backprop.model.Skip;
import backprop.model.Tolerance;
import backprop.notation.Num;
import backprop.random.Prng;
import backprop.solve.Solution;
import backprop.solve.Solver;
import backprop.update.ParamChange;
import backprop.update.UpdateResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a practice exercise from a seed and {@link GeneratorOptions}. Everything comes from one
 * {@link Prng} in a fixed order and every decision compares sums of products of short decimals (or
 * z with a wide margin, see {@link Rules}), so a seed in a share link gives the same exercise in the
 * browser as on the JVM.
 *
 * <p>Each unit's weights and bias are drawn again until its z fits the {@link Rules}; a layer is
 * drawn again when every ReLU unit is inactive; a regression target again when it is too close to
 * ŷ. Unless dead units are chosen, an inactive ReLU unit is drawn again once the zeros it makes would
 * take the cells that are 0 past a quarter ({@link Rules#zeroBudget}), and the solved exercise is
 * counted again to be sure. If a part still fails after its bounded number of draws, the whole exercise is drawn again;
 * after {@link #ATTEMPTS} of those the draw with the fewest problems is kept and a note names them,
 * so a generator never hangs and never fails.
 */
public final class ExerciseGenerator {

    /** Draws of one unit, one layer or one target before giving up on it; then of the whole exercise. */
    static final int TRIES = 20;
    static final int ATTEMPTS = 10;
    /** The largest batch {@link #batch} makes. */
    public static final int MAX_BATCH = 10_000;

    private ExerciseGenerator() {
    }

    public static Exercise generate(long seed, GeneratorOptions options) {
        return generate(seed, options, TRIES);
    }

    /** With fewer tries per part, so that a test can reach the fallback that real options never need. */
    static Exercise generate(long seed, GeneratorOptions options, int tries) {
        Prng rng = new Prng(seed);
        Candidate best = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Candidate c = new Candidate(new Draws(rng, options.difficulty()), options, tries);
            c.draw();
            if (best == null || c.problems.size() < best.problems.size()) best = c;
            if (best.problems.isEmpty()) break;
        }
        return best.exercise(seed);
    }

    /**
     * The exercises for seeds first, first + 1, …, first + count − 1, one per student: each title
     * shows its own seed, which reproduces that sheet alone.
     */
    public static List<Exercise> batch(long first, int count, GeneratorOptions options) {
        if (count < 0 || count > MAX_BATCH) throw new IllegalArgumentException("the count must be from 0 to " + MAX_BATCH + ", found " + count);
        List<Exercise> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) out.add(generate(seedAt(first, k), options));
        return out;
    }

    /** The seed of the k-th exercise of a batch (wrapping past the largest long, like any long sum). */
    public static long seedAt(long first, int k) {
        return first + k;
    }

    /** One draw of a whole exercise and what is wrong with it. */
    private static final class Candidate {
        private final Draws draws;
        private final GeneratorOptions o;
        private final List<String> problems = new ArrayList<>();
        private double[] x;
        private double[] y;
        private final List<Layer> layers = new ArrayList<>();
        private final int tries;
        /** Cells that inactive units have made 0 so far, against {@link Rules#zeroBudget}. */
        private int zeros;

        Candidate(Draws draws, GeneratorOptions o, int tries) {
            this.draws = draws;
            this.o = o;
            this.tries = tries;
        }

        void draw() {
            int depth = o.depth();
            x = new double[o.inputSize()];
            for (int i = 0; i < x.length; i++) x[i] = draws.input();
            double[][] a = new double[depth + 1][];
            a[0] = x;
            for (int l = 1; l <= depth; l++) {
                int skipFrom = Rules.skipFrom(o, l);
                LayerDraw best = null;
                for (int t = 0; t < tries; t++) {
                    LayerDraw d = drawLayer(l, a, skipFrom);
                    if (best == null || d.problems.size() < best.problems.size()) best = d;
                    if (best.problems.isEmpty()) break;
                }
                problems.addAll(best.problems);
                zeros += best.zeros;
                layers.add(best.layer);
                a[l] = o.activation(l).apply(best.z, Conventions.DEFAULT);
            }
            y = target(a[depth]);
            if (problems.isEmpty()) {
                double loss = o.loss().value(a[depth], y);
                if (!Double.isFinite(loss)) problems.add("the loss is not finite");
                else checkStep();
            }
        }

        /**
         * The exercise ends with "did the loss go down?": one SGD step with the chosen η must lower it clearly.
         * And typing 0 everywhere must not earn more than a quarter of the cells.
         */
        private void checkStep() {
            Solution s;
            try {
                s = Solver.solve(exercise(0));
            } catch (RuntimeException e) {
                problems.add("it cannot be solved: " + e.getMessage());
                return;
            }
            if (!o.allowDeadLayers()) {
                int zero = zeroCells(s);
                if (zero > Rules.zeroBudget(o)) problems.add(zero + " of the cells are 0, so typing 0 would earn too many");
                // The stages chosen may ask forward values too (a = 0 behind an inactive ReLU): a quarter of what is asked.
                int asked = 0;
                zero = 0;
                for (Cell c : s.sheet().asked()) {
                    if (c.kind().yesNo()) continue;
                    asked++;
                    if (Math.abs(c.value()) <= Rules.ZERO) zero++;
                }
                if (zero * Rules.ZERO_SHARE_DENOMINATOR > asked) problems.add(zero + " of the " + asked + " cells asked are 0, so typing 0 would earn too many");
            }
            UpdateResult u = s.update();
            if (!(u.lossAfter() <= Rules.STEP_GAIN * u.lossBefore())) {
                problems.add("one step with η = " + Num.format(o.learningRate()) + " takes the loss from " + Num.format(u.lossBefore())
                        + " to " + Num.format(u.lossAfter()) + ", not lower");
            }
        }

        /** Answerable cells whose true value a typed 0 gets right: gradients, then the updated parameters. */
        private static int zeroCells(Solution s) {
            int n = 0;
            for (Cell c : s.backward().cells()) if (!c.frozen() && Math.abs(c.value()) <= Rules.ZERO) n++;
            for (ParamChange p : s.update().changes()) if (!p.frozen() && Math.abs(p.after()) <= Rules.ZERO) n++;
            return n;
        }

        private LayerDraw drawLayer(int l, double[][] a, int skipFrom) {
            Activation act = o.activation(l);
            int n = o.sizes().get(l);
            double[][] w = new double[n][];
            double[][] sw = skipFrom >= 0 ? new double[n][] : null;
            double[] b = o.biases() ? new double[n] : null;
            double[] z = new double[n];
            List<String> found = new ArrayList<>();
            boolean budgeted = act == Activation.RELU && !o.allowDeadLayers();
            int budget = Rules.zeroBudget(o);
            int cost = Rules.deadUnitZeros(o, l);
            int zerosHere = 0;
            for (int j = 0; j < n; j++) {
                String problem = null;
                for (int t = 0; t < tries; t++) {
                    w[j] = row(a[l - 1].length);
                    if (sw != null) sw[j] = row(a[skipFrom].length);
                    if (b != null) b[j] = draws.bias();
                    // The same arithmetic as the forward pass (worked as on paper): bias, main weights, skip.
                    PaperSum ps = new PaperSum();
                    if (b != null) ps.add(b[j]);
                    for (int i = 0; i < w[j].length; i++) ps.add(w[j][i], a[l - 1][i]);
                    if (sw != null) for (int i = 0; i < sw[j].length; i++) ps.add(sw[j][i], a[skipFrom][i]);
                    double s = ps.value();
                    z[j] = s;
                    problem = Rules.unitProblem(act, s, l, j);
                    if (problem == null && budgeted && s < 0 && zeros + zerosHere + cost > budget) {
                        problem = "z" + l + "." + j + " = " + Num.format(s) + " makes one inactive unit too many (a quarter of the cells would be 0)";
                    }
                    if (problem == null) break;
                }
                if (problem != null) found.add(problem);
                else if (budgeted && z[j] < 0) zerosHere += cost;
            }
            if (!o.allowDeadLayers() && Rules.allDead(act, z)) {
                found.add("every ReLU unit of layer " + l + " is inactive");
            }
            List<Skip> skips = sw != null ? List.of(new Skip(skipFrom, sw)) : List.of();
            return new LayerDraw(new Layer(n, act, w, b, skips, null, null), z, found, zerosHere);
        }

        private double[] row(int width) {
            double[] r = new double[width];
            for (int i = 0; i < width; i++) r[i] = draws.weight();
            return r;
        }

        private double[] target(double[] yhat) {
            int n = yhat.length;
            double[] t = new double[n];
            Activation out = o.output();
            if (out == Activation.SOFTMAX) {
                t[draws.index(n)] = 1;          // one-hot: probabilities that add up to 1
                return t;
            }
            if (o.loss() == Loss.BINARY_CROSS_ENTROPY) {
                for (int j = 0; j < n; j++) t[j] = draws.coin() ? 1 : 0;
                return t;
            }
            // Far enough from ŷ that ∂L/∂ŷ is not almost 0; with a sigmoid ŷ the margin dwarfs exp's last bit.
            double gap = o.difficulty().step();
            for (int j = 0; j < n; j++) {
                boolean ok = false;
                for (int k = 0; k < tries && !ok; k++) {
                    t[j] = draws.target(out);
                    ok = Math.abs(t[j] - yhat[j]) >= gap;
                }
                if (!ok) problems.add("target y." + j + " is within " + Num.format(gap) + " of ŷ");
            }
            return t;
        }

        Exercise exercise(long seed) {
            Network net = new Network(o.inputSize(), layers);
            Conventions conv = Conventions.DEFAULT;
            return new Exercise(PracticeText.title(seed, o), PracticeText.description(o),
                    PracticeText.notes(seed, o, problems), net, x, y, o.loss(), o.learningRate(), conv, o.stages(),
                    Tolerance.DEFAULT, java.util.List.of());
        }
    }

    private record LayerDraw(Layer layer, double[] z, List<String> problems, int zeros) {
    }
}

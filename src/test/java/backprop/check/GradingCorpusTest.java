package backprop.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.backward.Cell;
import backprop.backward.CellKind;
import backprop.backward.Factor;
import backprop.backward.Term;
import backprop.exercise.Presets;
import backprop.generate.ExerciseGenerator;
import backprop.generate.GeneratorOptions;
import backprop.model.Activation;
import backprop.model.Conventions;
import backprop.model.Exercise;
import backprop.model.Layer;
import backprop.model.Loss;
import backprop.model.Network;
import backprop.model.Tolerance;
import backprop.notation.Decimal;
import backprop.solve.Solution;
import backprop.solve.Solver;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every preset and 108 generated exercises, with the cases of issue 11 planted in every cell where they change
 * the value: the old weight typed for an update, paper zeros at a ReLU, error carried forward from a wrong ±1,
 * and the named mistakes with and without the student's right earlier answers. The expected verdict and hint come
 * from the mathematics of each case: the chain-rule product with the student's number put in, the rule new =
 * old − η·g, and the default tolerance |s − t| ≤ 1e-6 + 1 %·|t| (on the step for an update).
 */
class GradingCorpusTest {

    private static final List<String> OPTION_SETS = List.of(
            "2-3-1",
            "3-4-2,sigmoid,sigmoid,binary-cross-entropy,two-decimals",
            "2-3-3,tanh,softmax,categorical-cross-entropy",
            "4-5-4-1,relu,relu,mean-squared,skip",
            "2-2-1,leaky-relu,tanh,half-mean-squared,nobias",
            "2-4-1,relu,linear,dead,lr=0.05",
            "3-3-3-2,sigmoid,softmax,half-sum-squared,two-decimals",
            "1-1-1,relu,relu,nobias",
            "2-2-2,relu,linear,half-sum-squared,lr=0.01");
    private static final int SEEDS = 12;

    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> planted = new LinkedHashMap<>();

    @Test
    void everyCaseInEveryCell() {
        List<Exercise> exercises = new ArrayList<>();
        for (Presets.Preset p : Presets.all()) exercises.add(p.exercise());
        for (String o : OPTION_SETS) {
            for (int s = 0; s < SEEDS; s++) exercises.add(ExerciseGenerator.generate(1000 + 37L * s, GeneratorOptions.parse(o)));
        }
        assertTrue(exercises.size() >= 105);
        long started = System.nanoTime();
        for (Exercise ex : exercises) {
            assertEquals(Tolerance.Mode.RELATIVE, ex.tolerance().mode());
            Checker c = new Checker(Solver.solve(ex));
            String where = ex.title();
            oldWeights(c, where);
            carriedFromPlusMinusOne(c, where);
            sign(c, where);
            lossHalf(c, where);
            reluAsZ(c, where);
            wrongInput(c, where);
            stepMistakes(c, where);
            paperZero(ex, where);
        }
        System.out.println("GradingCorpusTest: " + exercises.size() + " exercises, planted " + planted + " in "
                + Math.round((System.nanoTime() - started) / 1e6) + " ms");
        assertTrue(failures.isEmpty(), failures.size() + " wrong verdicts, the first:\n" + String.join("\n",
                failures.subList(0, Math.min(25, failures.size()))));
        for (String kind : new String[] {"old weight", "paper zero", "carried ±1", "sign", "loss-half", "relu-as-z", "wrong-input", "uphill"}) {
            assertTrue(planted.getOrDefault(kind, 0) > 20, kind + " planted only " + planted.get(kind) + " times");
        }
    }

    // --- the cases ---------------------------------------------------------------------------------------------

    /** The weight before the step typed back, as the exercise file prints it. */
    private void oldWeights(Checker c, String where) {
        for (Cell u : graded(c)) {
            if (u.kind() != CellKind.UPDATE) continue;
            double old = u.terms().get(0).value();
            String typed = Decimal.format(old);
            double step = u.value() - old;
            Answer a = read(typed);
            String expected;
            if (Math.abs(step) <= 1e-6 + 0.01 * Math.abs(step)) expected = "correct";           // no visible step
            else if (a.significantFigures() >= 3 && Math.abs(old - u.value()) <= 0.5 * Math.pow(10, -a.decimals()))
                expected = "correct";                                                            // new value to 3 figures
            else expected = "wrong update-not-applied";
            expect("old weight", c, u, Map.of(u.id(), typed), expected, where);
        }
    }

    /**
     * The cells this corpus plants its mistakes in: the gradients, the local derivatives and the update. The forward
     * cells of the stages an exercise may also ask read their inputs through functions (a = f(z), L(ŷ)), which this
     * corpus's products do not model; StagesGradingTest covers them.
     */
    private static List<Cell> graded(Checker c) {
        List<Cell> out = new ArrayList<>();
        for (Cell x : c.cells()) if (graded(x)) out.add(x);
        return out;
    }

    private static boolean graded(Cell x) {
        backprop.stage.Stage st = x.kind().stage();
        return st == backprop.stage.Stage.BACKWARD || st == backprop.stage.Stage.LOCAL || st == backprop.stage.Stage.UPDATE;
    }

    /** An earlier cell typed 1 or −1 (wrong), this one worked correctly from it. */
    private void carriedFromPlusMinusOne(Checker c, String where) {
        for (Cell x : graded(c)) {
            for (String uid : x.dependsOn()) {
                Cell up = c.cell(uid);
                if (up == null || !graded(up)) continue;
                for (double u : new double[] {1, -1}) {
                    if (near(u, up.value())) continue;
                    double carried = 0;
                    for (Term t : x.terms()) {
                        double p = 1;
                        for (Factor f : t.factors()) p *= uid.equals(f.cellId()) ? u : f.value();
                        carried += p;
                    }
                    if (!Double.isFinite(carried)) continue;
                    String expected;
                    boolean trivial = x.kind() == CellKind.UPDATE
                            ? Math.abs(carried - x.terms().get(0).value()) <= 1e-12
                            : Math.abs(carried) <= 1e-12 || Math.abs(Math.abs(carried) - 1) <= 1e-12;
                    if (judgedNear(x, carried, x.value())) expected = "correct";
                    else if (!trivial) expected = "consistent";
                    else if (simplyNamed(u, up, c.solution())) continue;   // a plausible attempt: may be credited
                    else expected = "wrong";
                    Map<String, String> answers = new HashMap<>();
                    answers.put(uid, u == 1 ? "1" : "-1");
                    answers.put(x.id(), Decimal.format(carried));
                    expect("carried ±1", c, x, answers, expected, where);
                }
            }
        }
    }

    /** −t in every gradient cell: the sign hint, which spares a right ∂L/∂ŷ. */
    private void sign(Checker c, String where) {
        for (Cell x : graded(c)) {
            if (x.kind() == CellKind.UPDATE || Math.abs(x.value()) <= 1e-5) continue;
            Map<String, String> alone = Map.of(x.id(), Decimal.format(-x.value()));
            expect("sign", c, x, alone, "wrong sign", where);
            Map<String, String> withRight = rightEarlier(c, x);
            withRight.put(x.id(), Decimal.format(-x.value()));
            Verdict v = expect("sign", c, x, withRight, "wrong sign", where);
            boolean outputUpstream = false;
            for (String id : withRight.keySet()) {
                Cell u = c.cell(id);
                if (u != x && u.kind() == CellKind.OUTPUT) outputUpstream = true;
            }
            if (v != null && v.hint() != null && outputUpstream != v.hint().message().contains("Your ∂L/∂ŷ is right")) {
                failures.add(where + " " + x.id() + ": the sign hint does not fit the right ∂L/∂ŷ: " + v.hint().message());
            }
        }
    }

    /**
     * With L = ½Σ(y − ŷ)² or its mean, the ½ dropped doubles ∂L/∂ŷ and, by linearity of the chain rule, every cell
     * after it. Typed with their ∂L/∂ŷ doubled too, it is their mistake; with their ∂L/∂ŷ right, it cannot be.
     */
    private void lossHalf(Checker c, String where) {
        Exercise ex = c.solution().exercise();
        if (ex.loss() != Loss.HALF_SUM_SQUARED && ex.loss() != Loss.HALF_MEAN_SQUARED) return;
        Map<String, String> doubledOutputs = new HashMap<>();
        Map<String, String> rightOutputs = new HashMap<>();
        for (Cell x : graded(c)) {
            if (x.kind() != CellKind.OUTPUT) continue;
            doubledOutputs.put(x.id(), Decimal.format(2 * x.value()));
            rightOutputs.put(x.id(), Decimal.format(x.value()));
            if (Math.abs(x.value()) > 1e-5) expect("loss-half", c, x, Map.of(x.id(), Decimal.format(2 * x.value())), "wrong loss-half", where);
        }
        for (Cell x : graded(c)) {
            if (x.kind() == CellKind.OUTPUT || x.kind() == CellKind.LOCAL || x.kind() == CellKind.UPDATE) continue;
            if (Math.abs(x.value()) <= 1e-5) continue;
            boolean readsOutput = false;
            for (String id : x.dependsOn()) readsOutput |= doubledOutputs.containsKey(id);
            Map<String, String> shown = new HashMap<>(doubledOutputs);
            shown.put(x.id(), Decimal.format(2 * x.value()));
            expect("loss-half", c, x, shown, readsOutput ? "consistent" : "wrong loss-half", where);
            Map<String, String> refuted = new HashMap<>(rightOutputs);
            refuted.put(x.id(), Decimal.format(2 * x.value()));
            Verdict v = c.grade(x.id(), refuted);
            count("loss-half");
            if (v.kind() != VerdictKind.WRONG || (v.hint() != null && v.hint().key().equals("loss-half"))) {
                failures.add(where + " " + x.id() + " typed 2t with ∂L/∂ŷ right: " + v);
            }
        }
    }

    /** δ = ∂L/∂a·z at a ReLU unit (ReLU′ taken as z), with and without the right ∂L/∂a. */
    private void reluAsZ(Checker c, String where) {
        Solution s = c.solution();
        for (Cell x : graded(c)) {
            if (x.kind() != CellKind.PRE_ACTIVATION || x.terms().size() != 1) continue;
            if (s.exercise().network().layer(x.layer()).activation() != Activation.RELU) continue;
            double z = s.forward().z()[x.layer()][x.neuron()];
            Factor dA = x.terms().get(0).factors().get(0);
            if (z == 0 || z == 1 || dA.cellId() == null) continue;
            double typed = dA.value() * z;
            if (Math.abs(typed) <= 1e-5 || near(typed, x.value())) continue;
            expect("relu-as-z", c, x, Map.of(x.id(), Decimal.format(typed)), "wrong relu-as-z", where);
            Map<String, String> withRight = rightEarlier(c, x);
            withRight.put(x.id(), Decimal.format(typed));
            expect("relu-as-z", c, x, withRight, "wrong relu-as-z", where);
        }
    }

    /** ∂L/∂Wⱼᵢ = δⱼ·aᵢ worked with another input aᵢ′ of the same layer. */
    private void wrongInput(Checker c, String where) {
        Solution s = c.solution();
        for (Cell x : graded(c)) {
            if (x.kind() != CellKind.WEIGHT) continue;
            double delta = x.terms().get(0).factors().get(0).value();
            double[] input = s.forward().a()[x.param().from()];
            double[] deltas = s.backward().gradients().dZ()[x.param().layer()];
            for (int other = 0; other < input.length; other++) {
                double typed = delta * input[other];
                if (input[other] == input[x.param().i()] || Math.abs(typed) <= 1e-5 || near(typed, x.value())) continue;
                // Where another local mistake gives the same number, naming that one is as right.
                List<String> allowed = new ArrayList<>(List.of("wrong-input"));
                if (near(typed, -x.value())) allowed.add("sign");
                int i = x.param().i();
                int j = x.param().j();
                if (i < deltas.length && j < input.length && near(typed, deltas[i] * input[j])) allowed.add("transposed");
                Map<String, String> withRight = rightEarlier(c, x);
                withRight.put(x.id(), Decimal.format(typed));
                expectHintIn("wrong-input", c, x, withRight, allowed, where);
                expectHintIn("wrong-input", c, x, Map.of(x.id(), Decimal.format(typed)), allowed, where);
            }
        }
    }

    /** old + η·g (uphill) and old − g (no η), from the true gradient typed right or not typed. */
    private void stepMistakes(Checker c, String where) {
        double eta = c.solution().exercise().learningRate();
        for (Cell x : graded(c)) {
            if (x.kind() != CellKind.UPDATE) continue;
            double old = x.terms().get(0).value();
            double g = x.terms().get(1).factors().get(1).value();
            if (Math.abs(eta * g) <= 1e-5) continue;
            Map<String, String> withRight = rightEarlier(c, x);
            withRight.put(x.id(), Decimal.format(old + eta * g));
            expect("uphill", c, x, withRight, "wrong uphill", where);
            expect("uphill", c, x, Map.of(x.id(), Decimal.format(old + eta * g)), "wrong uphill", where);
            if (eta != 1) expect("lr-not-applied", c, x, Map.of(x.id(), Decimal.format(old - g)), "wrong lr-not-applied", where);
        }
    }

    /**
     * The first unit of a first ReLU layer given the bias b₀ = −Σᵢ W₀ᵢxᵢ, worked in exact decimals, so z = 0 on
     * paper. Then δ₀ = ∂L/∂a₀·ReLU′(0): 0 under ReLU′(0) = 0, where 0 typed for δ₀, its weight gradients and its
     * bias gradient is right and the weights keep their value; ∂L/∂a₀ under ReLU′(0) = 1.
     */
    private void paperZero(Exercise ex, String where) {
        Network net = ex.network();
        Layer first = net.layer(1);
        if (first.activation() != Activation.RELU || first.givenZ() != null || first.givenA() != null || !first.skips().isEmpty()) return;
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < ex.input().length; i++) {
            sum = sum.add(new BigDecimal(Decimal.format(first.weights()[0][i])).multiply(new BigDecimal(Decimal.format(ex.input()[i]))));
        }
        double[] bias = first.hasBias() ? first.bias().clone() : new double[first.size()];
        bias[0] = sum.negate().doubleValue();
        List<Layer> layers = new ArrayList<>(net.layers());
        layers.set(0, new Layer(first.size(), first.activation(), first.weights(), bias, first.skips(), null, null));
        for (double r : new double[] {0, 1}) {
            Conventions k = ex.conventions();
            Conventions conv = new Conventions(r, k.leakySlope(), k.weightLayout(), k.indexBase(), k.frozen());
            Exercise zeroed = new Exercise(ex.title(), ex.description(), ex.notes(), new Network(net.inputSize(), layers),
                    ex.input(), ex.target(), ex.loss(), ex.learningRate(), conv, ex.localDerivatives(), ex.tolerance());
            Solution s;
            try {
                s = Solver.solve(zeroed);
            } catch (RuntimeException e) {
                continue;   // the new bias may saturate a later unit; nothing to grade then
            }
            count("paper zero");
            if (s.forward().z()[1][0] != 0.0) failures.add(where + " z⁽¹⁾₀ = " + s.forward().z()[1][0] + ", 0 on paper");
            double dA = s.backward().gradients().dA()[1][0];
            if (net.depth() == 1) dA = s.backward().gradients().dYhat()[0];
            double delta = s.backward().gradients().dZ()[1][0];
            if (delta != dA * r) failures.add(where + " ReLU′(0) = " + r + ": δ⁽¹⁾₀ = " + delta + ", ∂L/∂a·ReLU′(0) = " + dA * r);
            Checker c = new Checker(s);
            for (Cell x : graded(c)) {
                boolean ofUnit = x.layer() == 1 && x.neuron() == 0 && x.kind() != CellKind.LOCAL && x.kind() != CellKind.ACTIVATION;
                if (!ofUnit) continue;
                if (x.kind() == CellKind.UPDATE) {
                    String typed = Decimal.format(x.terms().get(0).value());
                    boolean moves = !judgedNear(x, x.terms().get(0).value(), x.value());
                    // as for the old weights: typed to 3 figures, the old value may equal the new one to that precision
                    Answer a = read(typed);
                    boolean precise = a.significantFigures() >= 3
                            && Math.abs(x.terms().get(0).value() - x.value()) <= 0.5 * Math.pow(10, -a.decimals());
                    expect("paper zero", c, x, Map.of(x.id(), typed), r == 0 || !moves || precise ? "correct" : "wrong update-not-applied", where);
                } else {
                    boolean zero = Math.abs(x.value()) <= 1e-6;
                    if (r == 0 && !zero) failures.add(where + " " + x.id() + " is " + x.value() + " behind a z that is 0 on paper");
                    expect("paper zero", c, x, Map.of(x.id(), "0"), zero ? "correct" : "wrong", where);
                }
            }
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /** Every cell this one is worked from, typed right at full precision. */
    private static Map<String, String> rightEarlier(Checker c, Cell x) {
        Map<String, String> out = new HashMap<>();
        List<Cell> todo = new ArrayList<>(List.of(x));
        while (!todo.isEmpty()) {
            Cell cell = todo.remove(todo.size() - 1);
            for (String id : cell.dependsOn()) {
                Cell u = c.cell(id);
                if (u == null || out.containsKey(id)) continue;
                out.put(id, Decimal.format(u.value()));
                todo.add(u);
            }
        }
        return out;
    }

    /**
     * ±1 is the sign flipped, the ½ dropped or doubled, or σ′ taken as σ (δ = ∂L/∂a·a, which is exactly −1 for
     * cross-entropy with y = 1: (ŷ − 1)/(ŷ(1 − ŷ))·ŷ = −1): a value a named mistake produces.
     */
    private static boolean simplyNamed(double u, Cell up, Solution s) {
        double t = up.value();
        if (near(u, -t) || near(u, 2 * t) || near(u, t / 2)) return true;
        if (up.kind() == CellKind.PRE_ACTIVATION && s.exercise().network().layer(up.layer()).activation() == Activation.SIGMOID) {
            double dA = up.terms().get(0).factors().get(0).value();
            return near(u, dA * s.forward().a()[up.layer()][up.neuron()]);
        }
        return false;
    }

    private static boolean near(double s, double t) {
        return Math.abs(s - t) <= 1e-6 + 0.01 * Math.abs(t) + 1e-12;
    }

    /** The default tolerance, on the step for an update cell. */
    private static boolean judgedNear(Cell x, double s, double t) {
        if (x.kind() != CellKind.UPDATE) return near(s, t);
        double old = x.terms().get(0).value();
        return near(s - old, t - old);
    }

    /** {@code expected}: a verdict key, then optionally the hint key ("wrong sign"); "wrong" alone asks for no hint check. */
    private Verdict expect(String kind, Checker c, Cell x, Map<String, String> answers, String expected, String where) {
        count(kind);
        Verdict v = c.grade(x.id(), answers);
        String[] parts = expected.split(" ");
        boolean ok = v.kind().key().equals(parts[0]);
        if (ok && parts.length > 1) ok = v.hint() != null && v.hint().key().equals(parts[1]);
        if (!ok) failures.add(where + " [" + kind + "] " + x.id() + " = " + x.value() + " with " + answers + ": expected "
                + expected + ", got " + v.kind().key() + (v.hint() == null ? "" : " " + v.hint().key()) + " " + v.problem());
        return v;
    }

    private void expectHintIn(String kind, Checker c, Cell x, Map<String, String> answers, List<String> keys, String where) {
        count(kind);
        Verdict v = c.grade(x.id(), answers);
        if (v.kind() != VerdictKind.WRONG || v.hint() == null || !keys.contains(v.hint().key())) {
            failures.add(where + " [" + kind + "] " + x.id() + " = " + x.value() + " with " + answers + ": expected wrong "
                    + keys + ", got " + v.kind().key() + (v.hint() == null ? "" : " " + v.hint().key()));
        }
    }

    private void count(String kind) {
        planted.merge(kind, 1, Integer::sum);
    }

    private static Answer read(String text) {
        try {
            return AnswerParser.parse(text);
        } catch (AnswerException e) {
            throw new AssertionError(text, e);
        }
    }
}

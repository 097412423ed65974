package backprop.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.forward.ForwardPass;
import backprop.forward.ForwardResult;
import backprop.model.Activation;
import backprop.model.Exercise;
import backprop.model.Layer;
import backprop.model.Loss;
import backprop.model.Skip;
import backprop.solve.Solution;
import backprop.solve.Solver;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated exercises against the difficulty rules, each checked from the exercise
 * itself (its numbers and the core's forward pass), not from what the generator says it did.
 */
class GeneratedRulesTest {

    private static final List<String> OPTION_SETS = List.of(
            "2-3-1",
            "3-4-2,sigmoid,sigmoid,binary-cross-entropy,two-decimals",
            "2-3-3,tanh,softmax,categorical-cross-entropy",
            "4-5-4-1,relu,relu,mean-squared,skip",
            "2-2-1,leaky-relu,tanh,half-mean-squared,nobias",
            "8-8-8-8-8-3,relu,softmax,skip,two-decimals",
            "3-1,sigmoid,binary-cross-entropy",
            "2-4-1,relu,linear,dead,lr=0.05",
            "3-3-3-2,sigmoid,softmax,half-sum-squared,two-decimals",
            "1-1-1,relu,relu,nobias");
    private static final int SEEDS_PER_SET = 300;

    @Test
    void everyGeneratedExerciseKeepsTheRules() {
        long started = System.nanoTime();
        int checked = 0;
        int relaxed = 0;
        for (String text : OPTION_SETS) {
            GeneratorOptions o = GeneratorOptions.parse(text);
            for (long seed = 0; seed < SEEDS_PER_SET; seed++) {
                long s = seed * 7919 - 1000;   // spread over negative and positive seeds
                Exercise ex = ExerciseGenerator.generate(s, o);
                String where = text + " seed " + s;
                if (String.join(" ", ex.notes()).contains("No draw met every rule")) relaxed++;
                check(ex, o, where);
                checked++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println("GeneratedRulesTest: " + checked + " exercises over " + OPTION_SETS.size() + " option sets, "
                + relaxed + " relaxed, " + seconds + " s");
        assertEquals(OPTION_SETS.size() * SEEDS_PER_SET, checked);
        assertEquals(0, relaxed, "every one of these option sets can meet every rule");
    }

    private static void check(Exercise ex, GeneratorOptions o, String where) {
        int scale = o.difficulty().scale();
        assertTrue(ex.title().contains("seed "), where);
        for (double v : ex.input()) {
            onGrid(v, scale, where + " input");
            assertTrue(v != 0 && Math.abs(v) <= 3, where + " input " + v);
        }
        for (double v : ex.target()) onGrid(v, scale, where + " target");
        assertEquals(o.depth(), ex.network().depth(), where);
        for (int l = 1; l <= o.depth(); l++) {
            Layer layer = ex.network().layer(l);
            assertEquals(o.sizes().get(l), layer.size(), where);
            assertEquals(o.activation(l), layer.activation(), where);
            assertEquals(o.biases(), layer.hasBias(), where);
            for (double[] row : layer.weights()) for (double w : row) weight(w, scale, where);
            if (layer.hasBias()) for (double b : layer.bias()) {
                onGrid(b, scale, where + " bias");
                assertTrue(Math.abs(b) <= 0.5, where + " bias " + b);
            }
            boolean skipHere = o.skip() && l == o.depth();
            assertEquals(skipHere ? 1 : 0, layer.skips().size(), where + " skips of layer " + l);
            for (Skip s : layer.skips()) {
                assertEquals(l - 2, s.from(), where);
                for (double[] row : s.weights()) for (double w : row) weight(w, scale, where);
            }
        }

        ForwardResult f = ForwardPass.run(ex.network(), ex.input(), ex.target(), ex.loss(), ex.conventions(), false);
        assertTrue(Double.isFinite(f.loss()), where + " loss");
        for (int l = 1; l <= o.depth(); l++) {
            Activation act = ex.network().layer(l).activation();
            double[] z = f.z()[l];
            boolean anyActive = false;
            for (double v : z) {
                assertTrue(Math.abs(v) <= 10, where + " |z| ≤ 10 at layer " + l + ": " + v);
                if (act == Activation.SIGMOID || act == Activation.TANH || act == Activation.SOFTMAX) {
                    assertTrue(Math.abs(v) <= 3, where + " saturated " + act + " z = " + v);
                }
                if (act == Activation.RELU || act == Activation.LEAKY_RELU) {
                    assertTrue(v != 0, where + " z exactly 0 at a ReLU");
                    assertTrue(Math.abs(v) >= 0.01, where + " z next to the kink: " + v);
                }
                anyActive |= v > 0;
            }
            if (act == Activation.RELU && !o.allowDeadLayers()) assertTrue(anyActive, where + " all-dead ReLU layer " + l);
        }

        double[] y = ex.target();
        double[] yhat = f.yhat();
        if (ex.loss() == Loss.BINARY_CROSS_ENTROPY) {
            for (double v : y) assertTrue(v == 0 || v == 1, where + " BCE target " + v);
        } else if (o.output() == Activation.SOFTMAX) {
            int ones = 0;
            for (double v : y) {
                assertTrue(v == 0 || v == 1, where + " one-hot target " + v);
                if (v == 1) ones++;
            }
            assertEquals(1, ones, where + " one-hot");
        } else {
            for (int j = 0; j < y.length; j++) {
                assertTrue(Math.abs(y[j] - yhat[j]) >= 1.0 / scale, where + " target next to ŷ");
            }
        }

        Solution s = Solver.solve(ex);
        assertTrue(Double.isFinite(s.update().lossAfter()), where + " loss after the step");
        assertTrue(s.update().lossAfter() <= 0.99 * s.update().lossBefore(), where + " the step lowers the loss: "
                + s.update().lossBefore() + " → " + s.update().lossAfter());
        assertFalse(s.backward().cells().isEmpty(), where);
        if (!o.allowDeadLayers()) {
            // a typed 0 is right where |t| ≤ 10⁻⁶ + 1 %·|t|; at most a quarter of the gradient cells may be so
            int zero = 0;
            for (var c : s.backward().cells()) if (Math.abs(c.value()) <= 1.1e-6) zero++;
            for (var p : s.update().changes()) if (Math.abs(p.after()) <= 1.1e-6) zero++;
            assertTrue(zero * 4 <= s.backward().cells().size(), where + ": " + zero + " of " + s.backward().cells().size() + " cells are 0");
        }
    }

    private static void weight(double w, int scale, String where) {
        onGrid(w, scale, where + " weight");
        assertTrue(w != 0 && Math.abs(w) < 1, where + " weight " + w);
    }

    /** v is exactly k/scale for an integer k: it prints with at most one (two) decimals. */
    private static void onGrid(double v, int scale, String where) {
        assertEquals(v, Math.round(v * scale) / (double) scale, 0.0, where + " " + v + " is not on the 1/" + scale + " grid");
    }
}

package backprop.check;

import static backprop.check.Grading.assertKind;
import static backprop.check.Grading.grade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.exercise.ExerciseJson;
import backprop.solve.Solver;
import org.junit.jupiter.api.Test;

/** Each common mistake planted in each worksheet where it can happen, with the number it produces worked out by hand. */
class MisconceptionsTest {

    private static void hint(Checker c, String cell, String typed, String key) {
        Verdict v = grade(c, cell, cell, typed);
        assertKind(VerdictKind.WRONG, v);
        assertNotNull(v.hint(), cell + " typed " + typed + ": expected the hint " + key);
        assertEquals(key, v.hint().key(), cell + " typed " + typed + ": " + v.hint().message());
        assertTrue(v.hint().message().length() > 20);
    }

    private static void noHint(Checker c, String cell, String typed) {
        Verdict v = grade(c, cell, cell, typed);
        assertKind(VerdictKind.WRONG, v);
        assertNull(v.hint(), cell + " typed " + typed + ": " + v.hint());
    }

    @Test
    void worksheet000GivenValues() {
        // The sheet asks no update; the step's misconceptions are checked with the update asked as well.
        Checker c = new Checker(backprop.solve.Solver.solve(backprop.exercise.Presets.byId("000-given-values").exercise()
                .withStages(backprop.stage.Stages.DEFAULT)));
        // ∂L/∂ŷ = ŷ − y = 8 − 10 = −2: y − ŷ = 2 flips the sign; 2(ŷ − y) = −4 drops the ½
        hint(c, "yhat.0", "2", "sign");
        hint(c, "yhat.0", "-4", "loss-half");
        // ∂L/∂W⁽²⁾₁₂ = δ⁽²⁾₁·a⁽¹⁾₂ = (−2.2)(5) = −11; the other index order δ⁽²⁾₂·a⁽¹⁾₁ = (−2.4)(4) = −9.6
        hint(c, "W2.0.1", "-9.6", "transposed");
        // ∂L/∂a⁽¹⁾₁ = δ⁽²⁾₁W⁽²⁾₁₁ + δ⁽²⁾₂W⁽²⁾₂₁ = (−2.2)(0.7) + (−2.4)(0.9) = −3.7; along the row instead
        // (W δ for Wᵀδ): (−2.2)(0.7) + (−2.4)(0.8) = −3.46, carried on to δ⁽¹⁾₁ = −3.46·1 and ∂L/∂W⁽¹⁾₁₃ = −3.46·3
        hint(c, "a1.0", "-3.46", "transposed");
        hint(c, "z1.0", "-3.46", "transposed");
        hint(c, "W1.0.2", "-10.38", "transposed");
        assertTrue(grade(c, "a1.0", "a1.0", "-3.46").hint().message().contains("Wᵀδ"));
        // δ⁽¹⁾₁ = ∂L/∂a⁽¹⁾₁·ReLU′ = −3.7·1; with ReLU′ taken as z⁽¹⁾₁ = 1.5: −5.55
        hint(c, "z1.0", "-5.55", "relu-as-z");
        // W⁽³⁾₁₁′ = 1.1 − 0.1·(−12) = 2.3; uphill 1.1 + 0.1·(−12) = −0.1; without η 1.1 + 12 = 13.1
        hint(c, "new.W3.0.0", "-0.1", "uphill");
        hint(c, "new.W3.0.0", "13.1", "lr-not-applied");
        // the forward values are given, so a bias left out changes nothing: a wrong answer has no bias hint
        noHint(c, "W3.0.0", "-12.5");
    }

    @Test
    void worksheet001SigmoidAndCrossEntropy() {
        Checker c = Grading.of("001-sigmoid-bce");
        double s = 1 / (1 + Math.exp(0.4));
        // ∂L/∂ŷ = 1/(1 − ŷ) = 1.670320… (= 1 + e^−0.4)
        hint(c, "yhat.0", "-1.670", "sign");
        // with log₁₀: 1.670320/ln 10 = 0.725411…, and δ⁽²⁾ = 0.401312/2.302585 = 0.174288…
        assertEquals(0.174288, s / Math.log(10), 5e-7);
        hint(c, "yhat.0", "0.7254", "log10");
        hint(c, "z2.0", "0.1743", "log10");
        // δ⁽²⁾ = ∂L/∂ŷ·σ′(z) = 1.670320·ŷ(1 − ŷ) = 0.401312; with σ(z) for σ′: 1.670320·0.401312 = e^−0.4 = 0.670320
        assertEquals(0.670320, s / (1 - s), 5e-7);
        hint(c, "z2.0", "0.670", "sigmoid-as-sigma");
        // with σ′ from z = −0.4: z(1 − z) = −0.4·1.4 = −0.56, times 1.670320 = −0.935379
        hint(c, "z2.0", "-0.935", "sigmoid-from-z");
        // σ′ left out: δ⁽²⁾ = ∂L/∂ŷ = 1.670320
        hint(c, "z2.0", "1.67", "activation-derivative-left-out");
        // the dead hidden unit (z⁽¹⁾₁ = −0.1): ReLU′ = 0 makes δ⁽¹⁾₁ = 0; left out it is ∂L/∂a⁽¹⁾₁ = 0.3·0.401312 = 0.120394
        hint(c, "z1.0", "0.120", "activation-derivative-left-out");
        // ReLU′ taken as z⁽¹⁾₂ = 0.8: δ⁽¹⁾₂ = −0.200656·0.8 = −0.160525
        hint(c, "z1.1", "-0.1605", "relu-as-z");
        // input-rows: W⁽¹⁾₂₁ (from x₂ into unit 1) = δ⁽¹⁾₁·x₂ = 0; the other order δ⁽¹⁾₂·x₁ = −0.200656
        hint(c, "W1.1.0", "-0.2007", "transposed");
        // b⁽¹⁾₂ = −0.2 left out: z⁽¹⁾₂ = −0.6 + 1.6 = 1, z⁽²⁾ = −0.5·1 = −0.5, δ⁽²⁾ = σ(−0.5) − 0 = 0.377541
        assertEquals(0.377541, 1 / (1 + Math.exp(0.5)), 5e-7);
        hint(c, "z2.0", "0.3775", "bias-dropped");
        // b⁽²⁾′ = 0 − 0.01·0.401312 = −0.00401312; uphill +0.00401312; without η −0.401312
        hint(c, "new.b2.0", "0.00401", "uphill");
        hint(c, "new.b2.0", "-0.401", "lr-not-applied");
    }

    @Test
    void worksheet002ScalarChainAndLocalDerivatives() {
        Checker c = Grading.of("002-scalar-chain");
        // ∂J/∂ŷ = (ŷ − y)/N = (1.2 − 2)/1 = −0.8
        hint(c, "yhat.0", "0.8", "sign");
        hint(c, "yhat.0", "-1.6", "loss-half");
        hint(c, "yhat.0", "-0.4", "loss-half");
        // the local derivative ∂ŷ/∂z⁽²⁾ = ReLU′(1.2) = 1, written as z: 1.2
        hint(c, "yhat.0/z2.0", "1.2", "relu-as-z");
        // δ⁽¹⁾ = ∂L/∂a⁽¹⁾·ReLU′(z⁽¹⁾) = −0.64·1; with ReLU′ = z⁽¹⁾ = 1.5: −0.96
        hint(c, "z1.0", "-0.96", "relu-as-z");
        // w⁽¹⁾′ = 0.5 − 0.1·(−1.92) = 0.692; without η 0.5 + 1.92 = 2.42; w⁽²⁾ uphill 0.8 + 0.1·(−1.2) = 0.68
        hint(c, "new.W1.0.0", "2.42", "lr-not-applied");
        hint(c, "new.W2.0.0", "0.68", "uphill");
    }

    @Test
    void worksheet003SkipConnection() {
        Checker c = Grading.of("003-skip-connection");
        // ∂L/∂a⁽¹⁾ = δ⁽²⁾w⁽²⁾ + δ⁽³⁾w⁽³←¹⁾ = (−1.0724)(1.6) + (−1.532)(−0.6) = −1.71584 + 0.9192 = −0.79664
        hint(c, "a1.0", "-1.71584", "skip-path-left-out");
        hint(c, "a1.0", "0.9192", "skip-path-left-out");
        // carried on: δ⁽¹⁾ = −1.71584·1 and ∂L/∂w⁽¹⁾ = −1.71584·1.5 = −2.57376
        hint(c, "z1.0", "-1.71584", "skip-path-left-out");
        hint(c, "W1.0.0", "-2.57376", "skip-path-left-out");
        // the sheet's "ReLU′ = z": δ⁽²⁾ = ∂L/∂a⁽²⁾·z⁽²⁾ = (−1.0724)(1.44) = −1.544256
        hint(c, "z2.0", "-1.544256", "relu-as-z");
        // ∂L/∂ŷ = 0.468 − 2 = −1.532; the ½ dropped: −3.064; ∂L/∂w⁽³←¹⁾ = δ⁽³⁾·a⁽¹⁾ = −1.3788, sign flipped 1.3788
        hint(c, "yhat.0", "-3.064", "loss-half");
        hint(c, "W3from1.0.0", "1.3788", "sign");
        // w⁽³⁾′ = 0.7 − 0.1·(−2.20608) = 0.920608; uphill 0.7 − 0.220608 = 0.479392; without η 0.7 + 2.20608 = 2.90608
        hint(c, "new.W3.0.0", "0.479392", "uphill");
        hint(c, "new.W3.0.0", "2.90608", "lr-not-applied");
    }

    @Test
    void worksheet004ReluNet() {
        Checker c = Grading.of("004-relu-231");
        hint(c, "yhat.0", "1", "sign");
        hint(c, "yhat.0", "-2", "loss-half");
        hint(c, "yhat.0", "-0.5", "loss-half");
        hint(c, "z2.0", "-2", "loss-half");
        // the dead unit z⁽¹⁾₀ = −0.5: δ⁽¹⁾₀ = 0.6·0 = 0; ReLU′ left out gives 0.6, then ∂L/∂W⁽¹⁾₀₁ = 0.6·2 = 1.2
        hint(c, "z1.0", "0.6", "activation-derivative-left-out");
        hint(c, "W1.0.1", "1.2", "activation-derivative-left-out");
        hint(c, "b1.0", "0.6", "activation-derivative-left-out");
        // ReLU′ as z: δ⁽¹⁾₂ = 0.3·1.8 = 0.54, δ⁽¹⁾₁ = −0.9·1.1 = −0.99
        hint(c, "z1.2", "0.54", "relu-as-z");
        hint(c, "z1.1", "-0.99", "relu-as-z");
        // the sheet's slip, b⁽¹⁾₂ dropped: z⁽¹⁾₂ = 1.9, ŷ = 0.99 − 0.57 + 0.05 = 0.47, ∂L/∂ŷ = −1.03,
        // ∂L/∂W⁽²⁾₀₂ = −1.03·1.9 = −1.957
        hint(c, "yhat.0", "-1.03", "bias-dropped");
        hint(c, "W2.0.2", "-1.957", "bias-dropped");
        // ∂L/∂W⁽¹⁾₀₁ = δ⁽¹⁾₀·x₁ = 0; the other order δ⁽¹⁾₁·x₀ = −0.9; updated: −0.4 − 0.1·(−0.9) = −0.31
        hint(c, "W1.0.1", "-0.9", "transposed");
        hint(c, "new.W1.0.1", "-0.31", "transposed");
        // W⁽²⁾₀₁′ = 0.9 − 0.1·(−1.1) = 1.01; uphill 0.9 − 0.11 = 0.79; without η 0.9 + 1.1 = 2
        hint(c, "new.W2.0.1", "0.79", "uphill");
        hint(c, "new.W2.0.1", "2", "lr-not-applied");
        // a wrong answer that no mistake explains gets no hint
        noHint(c, "W2.0.1", "-1.5");
        noHint(c, "yhat.0", "-7");
    }

    @Test
    void theMeanOfTheLoss() throws Exception {
        // three outputs ŷ = [1, 2, 3] from x = 1 through a linear layer, y = 0
        String half = """
            {"format": "backprop-tutor/exercise@1", "title": "mean", "input": [1], "target": [0, 0, 0],
             "loss": "half-mean-squared", "learningRate": 0.1,
             "layers": [{"activation": "linear", "weights": [[1], [2], [3]]}]}
            """;
        Checker c = new Checker(Solver.solve(ExerciseJson.parse(half)));
        // ∂L/∂ŷ₁ = (ŷ₁ − y₁)/N = 1/3; without the 1/N: 1; with it twice: 1/9; without the ½: 2/3
        hint(c, "yhat.0", "1", "loss-mean");
        hint(c, "yhat.0", "0.111", "loss-mean");
        hint(c, "yhat.0", "0.667", "loss-half");
        // carried on to ∂L/∂W₁ = δ₁·x = 1/3 · 1
        hint(c, "W1.0.0", "1", "loss-mean");
        Checker m = new Checker(Solver.solve(ExerciseJson.parse(half.replace("half-mean-squared", "mean-squared"))));
        // ∂L/∂ŷ₁ = 2(ŷ₁ − y₁)/N = 2/3; with a ½ that this loss does not have: 1/3; without the 1/N: 2
        hint(m, "yhat.0", "0.333", "loss-half");
        hint(m, "yhat.0", "2", "loss-mean");
        Checker sum = new Checker(Solver.solve(ExerciseJson.parse(half.replace("half-mean-squared", "half-sum-squared"))));
        // ∂L/∂ŷ₁ = ŷ₁ − y₁ = 1; a 1/N this loss does not have: 1/3
        hint(sum, "yhat.0", "0.333", "loss-mean");
    }

    @Test
    void softmaxWithCrossEntropyInLogBase10() throws Exception {
        String json = """
            {"format": "backprop-tutor/exercise@1", "title": "softmax", "input": [1], "target": [1, 0],
             "loss": "categorical-cross-entropy", "learningRate": 0.1,
             "layers": [{"activation": "softmax", "weights": [[0], [0]]}]}
            """;
        Checker c = new Checker(Solver.solve(ExerciseJson.parse(json)));
        // z = [0, 0], ŷ = [½, ½]; δ₁ = ŷ₁ − y₁ = −0.5; with log₁₀: −0.5/ln 10 = −0.217147
        assertEquals(-0.217147, -0.5 / Math.log(10), 5e-7);
        hint(c, "z1.0", "-0.2171", "log10");
        // ∂L/∂ŷ₁ = −y₁/ŷ₁ = −2; with log₁₀: −2/ln 10 = −0.868589
        hint(c, "yhat.0", "-0.8686", "log10");
    }

    @Test
    void hintsComeOnlyWithWrongAnswers() {
        Checker c = Grading.of("004-relu-231");
        // δ⁽²⁾ = −2 on its own matches "the ½ dropped": WRONG with the hint; typed after ∂L/∂ŷ = −2 it follows
        // (δ⁽²⁾ = ∂L/∂ŷ·ReLU′, and ReLU′ = 1 here), so it is CONSISTENT and the hint belongs to ∂L/∂ŷ.
        // ∂L/∂W⁽²⁾₀₁ = −2.2 after δ⁽²⁾ = −2 is CONSISTENT too, so no hint
        assertEquals("loss-half", grade(c, "z2.0", "z2.0", "-2").hint().key());
        Verdict copied = grade(c, "z2.0", "yhat.0", "-2", "z2.0", "-2");
        assertKind(VerdictKind.CONSISTENT, copied);
        assertNull(copied.hint());
        assertEquals("loss-half", grade(c, "yhat.0", "yhat.0", "-2").hint().key());
        Verdict v = grade(c, "W2.0.1", "z2.0", "-2", "W2.0.1", "-2.2");
        assertKind(VerdictKind.CONSISTENT, v);
        assertNull(v.hint());
        assertNull(grade(c, "W2.0.1", "W2.0.1", "-1.1").hint());
    }
}

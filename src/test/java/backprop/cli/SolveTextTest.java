package backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text answer key, checked against numbers worked out by hand (arithmetic in the comments). */
class SolveTextTest {

    @Test
    void worksheet004ForwardBackwardUpdateAndNewLoss() {
        CliRun r = CliRun.of("solve", "--preset", "004-relu-231");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        String out = r.out();
        assertTrue(out.startsWith("Worksheet 004"), out);
        assertTrue(out.contains("indices start at 0"), out);
        assertTrue(out.contains("ReLU′(0) = 0"), out);
        assertTrue(out.contains("L = ½Σ(y − ŷ)²"), out);
        assertTrue(out.contains("η = 0.1"), out);
        // z⁽¹⁾ = [0.2 − 0.8 + 0.1, −0.3 + 1.6 − 0.2, 0.5 + 1.4 − 0.1] = [−0.5, 1.1, 1.8]
        assertTrue(out.contains("z⁽¹⁾ = [−0.5, 1.1, 1.8]"), out);
        assertTrue(out.contains("a⁽¹⁾ = [0, 1.1, 1.8]"), out);
        // ŷ = 0.9·1.1 − 0.3·1.8 + 0.05 = 0.5, L = ½(1.5 − 0.5)² = 0.5
        assertTrue(out.contains("ŷ = a⁽²⁾ = [0.5]"), out);
        assertTrue(out.contains("= 0.5   with y = [1.5]"), out);
        assertEquals("yhat.0  ∂L/∂ŷ = ŷ − y = 0.5 − 1.5 = −1", r.line("yhat.0"));
        assertTrue(r.line("W2.0.1").endsWith("δ⁽²⁾ · a⁽¹⁾₁ = (−1)(1.1) = −1.1"), r.line("W2.0.1"));
        // δ⁽¹⁾₁ = (−1)(0.9)·1 = −0.9; ∂L/∂W⁽¹⁾₁₁ = −0.9 · x₁ = −0.9 · 2
        assertTrue(r.line("W1.1.1").endsWith("(−0.9)(2) = −1.8"), r.line("W1.1.1"));
        // Functions: 3 z + 3 ReLU + z⁽²⁾ + ReLU + L = 9; weights 6 + 3; biases 3 + 1.
        assertTrue(out.contains("9 functions"), out);
        assertTrue(out.contains("9 weights, 4 biases"), out);
        // W⁽²⁾₀₁′ = 0.9 − 0.1·(−1.1) = 1.01
        assertEquals("new.W2.0.1  W⁽²⁾₀₁′ = W⁽²⁾₀₁ − η·∂L/∂W⁽²⁾₀₁ = 0.9 − 0.1·(−1.1) = 1.01", r.line("new.W2.0.1"));
        // New ŷ = 1.01·1.64 − 0.12·1.62 + 0.15 = 1.612, L = ½(0.112)² = 0.006272
        assertTrue(out.contains("ŷ = a⁽²⁾ = [1.612]"), out);
        assertTrue(out.contains("Loss: 0.5 → 0.006272, change −0.493728: the loss went down."), out);
        assertTrue(out.contains("Notes\n  - The sheet leaves the bias b⁽¹⁾₂ out of z⁽¹⁾₂"), out);
        // The asked forward cells with their ids: z⁽¹⁾₂ = 0.5·1 + 0.7·2 − 0.1 = 1.8
        assertTrue(out.contains("fwd.z1.2    z⁽¹⁾₂ = W⁽¹⁾₂₀ · x₀ + W⁽¹⁾₂₁ · x₁ + b⁽¹⁾₂ = (0.5)(1) + (0.7)(2) − 0.1 = 1.8"), out);
        assertTrue(out.contains("new.loss  L′ = ½(y − ŷ′)² = ½(1.5 − 1.612)² = 0.006272"), out);
        assertFalse(out.contains("Warnings"), out);
    }

    @Test
    void theOrderIsForwardWarningsBackwardStructureUpdateSecondPassNotes() {
        String out = CliRun.of("solve", "--preset", "000-given-values").out();
        int[] at = {out.indexOf("Conventions"), out.indexOf("Forward pass"), out.indexOf("Warnings"),
            out.indexOf("Backward pass"), out.indexOf("Structure"), out.indexOf("SGD step"),
            out.indexOf("Forward pass after the step"), out.indexOf("Loss: "), out.indexOf("Notes")};
        for (int k = 0; k < at.length; k++) {
            assertTrue(at[k] >= 0, "section " + k + " missing\n" + out);
            if (k > 0) assertTrue(at[k] > at[k - 1], "section " + k + " out of order\n" + out);
        }
    }

    @Test
    void worksheet000MarksGivenValuesAndSaysWhatTheLossChangeIsMeasuredAgainst() {
        CliRun r = CliRun.of("solve", "--preset", "000-given-values");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("a⁽¹⁾ = [4, 5]   (given)"), out);
        assertTrue(out.contains("ŷ = a⁽³⁾ = [8]   (given)"), out);
        // W⁽¹⁾x + b⁽¹⁾ = [0.1 + 0.4 + 0.9 + 0.1, 0.4 + 1 + 1.8 + 0.2] = [1.5, 3.4]
        assertTrue(out.contains("! a⁽¹⁾ is given as [4, 5], but from the weights it would be [1.5, 3.4]"), out);
        // L = ½(10 − 8)² = 2 from the given ŷ
        assertTrue(out.contains("= 2   with y = [10]"), out);
        assertTrue(out.contains("The first forward pass used the given values (L = 2)"), out);
        assertTrue(out.contains("measured against the loss computed from the weights"), out);
        assertTrue(out.contains("the loss went up."), out);
        // ∂L/∂a⁽¹⁾₁ = δ⁽²⁾₁·W⁽²⁾₁₁ + δ⁽²⁾₂·W⁽²⁾₂₁ = (−2.2)(0.7) + (−2.4)(0.9) = −3.7
        assertTrue(r.line("a1.0").endsWith("(−2.2)(0.7) + (−2.4)(0.9) = −3.7"), r.line("a1.0"));
    }

    @Test
    void worksheet001UsesTheNaturalLogAndTheInputRowsLayout() {
        CliRun r = CliRun.of("solve", "--preset", "001-sigmoid-bce");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("weight layout: input-rows"), out);
        // σ(−0.4) = 1/(1 + e^0.4) = 1/2.491825 = 0.401312; L = −ln(1 − 0.401312) = −ln 0.598688 = 0.513015
        assertTrue(out.contains("ŷ = a⁽²⁾ = [0.401312]"), out);
        assertTrue(out.contains("= 0.513015   with y = [0]"), out);
        // Row 0, column 1 in the input-rows file is the weight from x₁ into hidden unit 2:
        // ∂L/∂W⁽¹⁾₁₂ = δ⁽¹⁾₂ · x₁ with δ⁽¹⁾₂ = 0.401312·(−0.5)·1 = −0.200656
        assertTrue(r.line("W1.0.1").endsWith("δ⁽¹⁾₂ · x₁ = (−0.200656)(1) = −0.200656"), r.line("W1.0.1"));
        // b⁽²⁾′ = 0 − 0.01·0.401312
        assertTrue(r.line("new.b2.0").endsWith("= 0 − 0.01·0.401312 = −0.00401312"), r.line("new.b2.0"));
    }

    @Test
    void worksheet002ListsTheLocalDerivativesAndTheStructure() {
        CliRun r = CliRun.of("solve", "--preset", "002-scalar-chain");
        assertEquals(0, r.code(), r.err());
        // z₁ = 1.5, ŷ = z₂ = 0.8·1.5 = 1.2, ReLU′ = 1: ∂ŷ/∂z₂ = 1, ∂z₂/∂a₁ = w₂ = 0.8, ∂z₁/∂w₁ = x = 3
        assertTrue(r.line("yhat.0/z2.0").endsWith("= 1"), r.line("yhat.0/z2.0"));
        assertTrue(r.line("z2.0/a1.0").endsWith("= 0.8"), r.line("z2.0/a1.0"));
        assertTrue(r.line("z1.0/W1.0.0").endsWith("= 3"), r.line("z1.0/W1.0.0"));
        // J = (2 − 1.2)²/2 = 0.32; five functions z₁, a₁, z₂, ŷ, J; two weights, no biases
        assertTrue(r.out().contains("= 0.32   with y = [2]"), r.out());
        assertTrue(r.out().contains("5 functions"), r.out());
        assertTrue(r.out().contains("2 weights, 0 biases"), r.out());
    }

    @Test
    void frozenParametersAreMarkedAndKeptInTheUpdate(@TempDir Path dir) {
        // 1 → 1 linear, w = 2, b = 1 frozen: ŷ = 2·1 + 1 = 3, ∂L/∂ŷ = 3 − 1 = 2, ∂L/∂b = 2.
        Path f = CliRun.write(dir, "frozen.json", """
            {"title": "frozen bias", "input": [1], "target": [1], "loss": "half-sum-squared", "learningRate": 0.5,
             "conventions": {"frozen": ["biases"]},
             "layers": [{"activation": "linear", "weights": [[2]], "bias": [1]}]}
            """);
        CliRun r = CliRun.of("solve", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("frozen: biases"), r.out());
        assertTrue(r.line("b1.0").contains("= 2   (frozen: not updated)"), r.line("b1.0"));
        assertTrue(r.out().contains("b1.0        b⁽¹⁾ is frozen: it stays 1"), r.out());
        // w′ = 2 − 0.5·2 = 1; ŷ = 1 + 1 = 2, L = ½(1 − 2)² = 0.5 from L = 2
        assertTrue(r.line("new.W1.0.0").endsWith("= 2 − 0.5·2 = 1"), r.line("new.W1.0.0"));
        assertTrue(r.out().contains("Loss: 2 → 0.5, change −1.5"), r.out());
    }
}

package backprop.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Worksheet 003 cell by cell as the sheet writes it, and worksheet 004's step ③ formulas, each judged right
 * in several written forms. The sheet's answers (003, its boxed lines):
 * ∂L/∂z₂ = ∂L/∂ŷ·1; ∂L/∂h₁ = ∂L/∂z₂·w₂; ∂L/∂z₁ = ∂L/∂h₁·ReLU′(z₁); ∂L/∂h₀ = ∂L/∂z₁·w₁ + ∂L/∂z₂·w₃;
 * ∂L/∂z₀ = ∂L/∂h₀·ReLU′(z₀); ∂L/∂w₀ = ∂L/∂z₀·x; ∂L/∂w₁ = ∂L/∂z₁·a₀; ∂L/∂w₂ = ∂L/∂z₂·a₁; ∂L/∂w₃ = ∂L/∂z₂·a₀.
 */
class WorksheetSymbolicTest {

    private static void right(SymbolicExercise sx, String cell, String... forms) {
        for (String f : forms) {
            SymbolicVerdict v = sx.judge(cell, f);
            assertEquals(SymbolicKind.CORRECT, v.kind(), cell + " «" + f + "»: " + v.message());
        }
    }

    @Test
    void worksheet003InTheSheetsNumbering() {
        SymbolicExercise sx = Fixtures.w003sheet();
        right(sx, "z3.0", "dL/dyhat * 1", "∂L/∂ŷ · 1", "dL/dyhat", "dL/dyhat * dyhat/dz2");
        right(sx, "a2.0", "dL/dz2 * w2", "∂L/∂z₂ · w₂", "w2 dL/dz2");
        right(sx, "z2.0", "dL/dh1 * relu'(z1)", "∂L/∂h₁ · ReLU′(z₁)", "relu'(z1) * dL/da1");
        right(sx, "a1.0", "dL/dz1 * w1 + dL/dz2 * w3", "∂L/∂z₁ · w₁ + ∂L/∂z₂ · w₃", "dL/dz2 * w3 + dL/dz1 * w1");
        right(sx, "z1.0", "dL/dh0 * relu'(z0)", "∂L/∂h₀ · ReLU′(z₀)");
        right(sx, "W1.0.0", "dL/dz0 * x", "∂L/∂z₀ · x", "x * delta0");
        right(sx, "W2.0.0", "dL/dz1 * a0", "∂L/∂z₁ · h₀");
        right(sx, "W3.0.0", "dL/dz2 * a1", "∂L/∂z₂ · a₁");
        right(sx, "W3from1.0.0", "dL/dz2 * a0", "∂L/∂z₂ · a₀", "dL/dz2 * h0");
        // The page's own notation works there too.
        right(sx, "a1.0", "∂L/∂z⁽²⁾ · w⁽²⁾ + ∂L/∂z⁽³⁾ · w⁽³←¹⁾", "δ⁽²⁾ · w⁽²⁾ + δ⁽³⁾ · w⁽³←¹⁾");
    }

    @Test
    void worksheet003AsBuiltInCountsFromOne() {
        SymbolicExercise sx = Fixtures.w003base1();
        right(sx, "a1.0", "dL/dz2 * w2 + dL/dz3 * w4", "∂L/∂z₂ · w₂ + ∂L/∂z₃ · w₄");
        right(sx, "W3from1.0.0", "dL/dz3 * a1");
    }

    /** δ⁽²⁾ = (a⁽²⁾ − y)·ReLU′(z⁽²⁾). */
    @Test
    void worksheet004OutputDelta() {
        SymbolicExercise sx = Fixtures.preset("004-relu-231");
        right(sx, "z2.0", "(a2 - y) * relu'(z2)", "(a⁽²⁾ − y)·ReLU′(z⁽²⁾)", "(aᴸ − y)·ReLU′(zᴸ)", "ReLU'(z2)*(yhat-y)",
                "dL/dyhat * relu'(z2)", "(ŷ − y)ReLU′(z⁽²⁾)", "-(y - a2) relu'(z2)");
    }

    /** δ⁽¹⁾ⱼ = W⁽²⁾₀ⱼ·δ⁽²⁾·ReLU′(z⁽¹⁾ⱼ) for every j, the dead unit j = 0 included. */
    @Test
    void worksheet004HiddenDelta() {
        SymbolicExercise sx = Fixtures.preset("004-relu-231");
        for (int j = 0; j < 3; j++) {
            right(sx, "z1." + j, "W2_0" + j + " * delta2 * relu'(z1_" + j + ")",
                    "W⁽²⁾₀" + sub(j) + "·δ⁽²⁾·ReLU′(z⁽¹⁾" + sub(j) + ")",
                    "δᴸ·W⁽ᴸ⁾₀" + sub(j) + "·ReLU′(z⁽ᴸ⁻¹⁾" + sub(j) + ")",
                    "dL/da1_" + j + " * relu'(z1_" + j + ")",
                    "relu'(z1_" + j + ")(W2_0" + j + ")(dL/dz2)",
                    "W2_0" + j + " * (a2 - y) * relu'(z2) * relu'(z1_" + j + ")");
        }
        // Wᵀ left out: W⁽²⁾ⱼ₀ for W⁽²⁾₀ⱼ does not exist here (W⁽²⁾ is 1 × 3), and the message says why.
        SymbolicVerdict v = sx.judge("z1.1", "W2_10 * delta2 * relu'(z1_1)");
        assertEquals(SymbolicKind.UNREADABLE, v.kind());
        assertEquals("transposed", v.hintKey());
        // ReLU′ left out for the active unit holds on this side only; for the dead unit it is wrong.
        assertEquals("kink-side", sx.judge("z1.1", "W2_01 * delta2").hintKey());
        assertEquals("activation-derivative-left-out", sx.judge("z1.0", "W2_00 * delta2").hintKey());
    }

    /** ∂L/∂W⁽¹⁾ⱼₖ = δ⁽¹⁾ⱼ·a⁽⁰⁾ₖ for every j, k. */
    @Test
    void worksheet004FirstLayerWeights() {
        SymbolicExercise sx = Fixtures.preset("004-relu-231");
        for (int j = 0; j < 3; j++) {
            for (int k = 0; k < 2; k++) {
                right(sx, "W1." + j + "." + k, "delta1_" + j + " * a0_" + k, "δ⁽¹⁾" + sub(j) + "·a⁽⁰⁾" + sub(k),
                        "x_" + k + " * dL/dz1_" + j, "δᴸ⁻¹" + sub(j) + " x" + sub(k),
                        "W2_0" + j + " * delta2 * relu'(z1_" + j + ") * x_" + k);
            }
        }
        SymbolicVerdict swapped = sx.judge("W1.1.0", "delta1_0 * a0_1");
        assertTrue(swapped.kind() != SymbolicKind.CORRECT, swapped.message());
    }

    private static String sub(int k) {
        return backprop.notation.SymText.subscript(Integer.toString(k));
    }
}

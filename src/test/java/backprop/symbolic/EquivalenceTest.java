package backprop.symbolic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.generate.ExerciseGenerator;
import backprop.generate.GeneratorOptions;
import backprop.solve.Solver;
import org.junit.jupiter.api.Test;

/**
 * Right is equal as a function, not as text; each diagnosed mistake is the one made. Worksheet 003 in the
 * sheet's numbering: ∂L/∂h₀ = ∂L/∂z₁·w₁ + ∂L/∂z₂·w₃ with w₁ = 1.5 (w⁽²⁾), w₃ = −0.4 (the skip weight), and at
 * the sheet's numbers ∂L/∂z₁ = −0.96, ∂L/∂z₂ = −1.2, so ∂L/∂h₀ = −1.44 + 0.48 = −0.96.
 */
class EquivalenceTest {

    private final SymbolicExercise w003 = Fixtures.w003sheet();

    private static SymbolicVerdict judge(SymbolicExercise sx, String cell, String typed) {
        return sx.judge(cell, typed);
    }

    private static void assertVerdict(SymbolicKind kind, String hint, SymbolicVerdict v, String typed) {
        assertEquals(kind, v.kind(), typed + ": " + v.message());
        assertEquals(hint, v.hintKey(), typed + ": " + v.message());
    }

    @Test
    void commutedAndRegroupedSumsAreRight() {
        String[] forms = {
            "dL/dz1 * w1 + dL/dz2 * w3", "dL/dz2 * w3 + dL/dz1 * w1", "w3 * dL/dz2 + w1 * dL/dz1", "(w1·dL/dz1) + (dL/dz2·w3)",
            "dL/dz1*w1 - (-dL/dz2*w3)", "dL/dz1 * w1 + dL/dz2 * w3 * 1 + 0", "(dL/dz1 * w1 * 2 + 2 * dL/dz2 * w3)/2",
            "∂L/∂z₁ · w₁ + ∂L/∂z₂ · w₃", "delta1 w1 + delta2 w3", "dL/dz1 * dz1/dh0 + dL/dz2 * dz2/dh0",
        };
        for (String f : forms) assertVerdict(SymbolicKind.CORRECT, null, judge(w003, "a1.0", f), f);
    }

    @Test
    void writingOutEarlierCellsIsRightAndSaysSo() {
        // ∂L/∂z₂ = ∂L/∂ŷ · 1 and ∂L/∂ŷ = ŷ − y: substituting either is the same function of the exercise.
        assertVerdict(SymbolicKind.CORRECT, "expanded", judge(w003, "a1.0", "dL/dz1 * w1 + (yhat - y) * w3"), "");
        assertVerdict(SymbolicKind.CORRECT, "expanded", judge(w003, "z3.0", "yhat - y"), "");
    }

    @Test
    void aDroppedTermIsNamedAndTheSkipPathSaysSo() {
        SymbolicVerdict skip = judge(w003, "a1.0", "dL/dz1 * w1");
        assertVerdict(SymbolicKind.WRONG, "skip-path-left-out", skip, "skip left out");
        assertTrue(skip.message().startsWith("The skip path term δ⁽³⁾ · w⁽³←¹⁾ is missing"), skip.message());
        SymbolicVerdict main = judge(w003, "a1.0", "dL/dz2 * w3");
        assertVerdict(SymbolicKind.WRONG, "term-missing", main, "main path left out");
        assertTrue(main.message().contains("δ⁽²⁾ · w⁽²⁾ (via z⁽²⁾) is missing"), main.message());
    }

    @Test
    void aDoubledTermIsCountedTwice() {
        SymbolicVerdict v = judge(w003, "a1.0", "dL/dz2 * w3 + dL/dz1 * w1 + dL/dz2 * w3");
        assertVerdict(SymbolicKind.WRONG, "term-twice", v, "");
        assertTrue(v.message().startsWith("δ⁽³⁾ · w⁽³←¹⁾ is counted twice"), v.message());
        SymbolicVerdict once = judge(w003, "z3.0", "dL/dyhat + dL/dyhat");
        assertTrue(once.message().startsWith("∂L/∂ŷ · 1 is counted twice"), once.message());
    }

    @Test
    void aWrongWeightIsNamed() {
        SymbolicVerdict v = judge(w003, "a1.0", "dL/dz2 * w2 + dL/dz1 * w1");
        assertVerdict(SymbolicKind.WRONG, "wrong-symbol", v, "");
        assertEquals("w⁽³⁾ stands where w⁽³←¹⁾ belongs.", v.message());
        assertVerdict(SymbolicKind.WRONG, "wrong-symbol", judge(w003, "W3from1.0.0", "dL/dz2 * a1"), "a₁ for a₀");
    }

    @Test
    void aConstantForASymbolIsRightNumberWrongExpression() {
        // −0.6 is w₃'s number: the value is right, the expression is not a chain rule of the quantities.
        // (−1.532)(−0.6) + (−1.0724)(1.6) = 0.9192 − 1.71584 = −0.79664
        SymbolicVerdict v = judge(w003, "a1.0", "dL/dz2 * -0.6 + dL/dz1 * w1");
        assertVerdict(SymbolicKind.RIGHT_NUMBER, "constant-for-symbol", v, "");
        assertTrue(v.message().startsWith("−0.6 (at character 11) is the number of w⁽³←¹⁾"), v.message());
        assertEquals(-0.79664, v.typedValue(), 1e-12);
        // Two numbers for two symbols (w₃ = −0.6, w₁ = 1.6): right number, wrong expression, no single fix to name.
        assertVerdict(SymbolicKind.RIGHT_NUMBER, null, judge(w003, "a1.0", "dL/dz2 * -0.6 + dL/dz1 * 1.6"), "");
        // Just the number: not an expression at all (−0.8 is within 1 % of −0.79664, −0.7 is not).
        assertVerdict(SymbolicKind.RIGHT_NUMBER, "not-an-expression", judge(w003, "a1.0", "-0.79664"), "");
        assertVerdict(SymbolicKind.RIGHT_NUMBER, "not-an-expression", judge(w003, "a1.0", "-0.8"), "");
        assertVerdict(SymbolicKind.WRONG, "not-an-expression", judge(w003, "a1.0", "-0.7"), "");
    }

    /** Equal at the exercise's numbers only: w₁ − 1.6 is 0 there (w₁ = 1.6) and nowhere else; x = 1.5. */
    @Test
    void aDifferentFunctionWithTheRightNumberIsCaught() {
        SymbolicVerdict extra = judge(w003, "a1.0", "dL/dz1 * w1 + dL/dz2 * w3 + 1e-6 * (w1 - 1.6)");
        assertVerdict(SymbolicKind.RIGHT_NUMBER, "term-extra", extra, "");
        assertTrue(extra.message().startsWith("The term 0.000001 · (w⁽²⁾ − 1.6) does not belong"), extra.message());
        // x·x/2.25 is 1 at x = 1.5 only; no one number or name put right repairs it.
        assertVerdict(SymbolicKind.RIGHT_NUMBER, null, judge(w003, "a1.0", "dL/dz1 * w1 + dL/dz2 * w3 * x * x / 2.25"), "");
        // w₁·w₁/1.6 is w₁ at w₁ = 1.6: putting w₁ back for its number 1.6 is the repair, and it is named.
        assertVerdict(SymbolicKind.RIGHT_NUMBER, "constant-for-symbol", judge(w003, "a1.0", "dL/dz1 * w1 * w1/1.6 + dL/dz2 * w3"), "");
    }

    @Test
    void signAndReluMisconceptions() {
        assertVerdict(SymbolicKind.WRONG, "sign", judge(w003, "z3.0", "y - yhat"), "");
        assertVerdict(SymbolicKind.WRONG, "sign", judge(w003, "a1.0", "dL/dz1 * w1 - dL/dz2 * w3"), "one term's sign");
        // The sheet's own slip: ReLU′(z₁) written as z₁ (z₁ = 1.44 here, so the value is wrong too).
        SymbolicVerdict v = judge(w003, "z2.0", "dL/dh1 * z1");
        assertVerdict(SymbolicKind.WRONG, "relu-as-z", v, "");
        assertTrue(v.message().startsWith("ReLU′(z⁽²⁾) is written as z⁽²⁾"), v.message());
        // z₀ = 0.9: ReLU′ written as z₀ gives (−0.79664)(0.9) = −0.716976, 10 % off, and the same hint.
        assertVerdict(SymbolicKind.WRONG, "relu-as-z", judge(w003, "z1.0", "dL/dh0 * z0"), "");
    }

    @Test
    void leavingOutAConstantReluDerivativeIsRightOnlyOnThisSide() {
        // z₀ > 0, so ReLU′(z₀) = 1 and ∂L/∂z₀ = ∂L/∂h₀ here, as the sheet writes; not for a z₀ < 0.
        SymbolicVerdict v = judge(w003, "z1.0", "dL/dh0");
        assertVerdict(SymbolicKind.CORRECT, "kink-side", v, "");
        assertTrue(v.message().contains("∂L/∂z⁽¹⁾ = ∂L/∂a⁽¹⁾ · ReLU′(z⁽¹⁾)"), v.message());
    }

    @Test
    void aLaterCellOrTheCellItselfIsCircular() {
        assertVerdict(SymbolicKind.WRONG, "circular", judge(w003, "z3.0", "dL/dz2"), "itself");
        SymbolicVerdict later = judge(w003, "z3.0", "dL/dw2 / h1");
        assertVerdict(SymbolicKind.WRONG, "circular", later, "later");
        assertTrue(later.message().startsWith("∂L/∂w⁽³⁾ comes after ∂L/∂z⁽³⁾"), later.message());
    }

    /** Worksheet 001: σ output with binary cross-entropy. δ⁽²⁾ = ∂L/∂ŷ · σ′(z⁽²⁾), and σ′(z) = a(1 − a). */
    @Test
    void sigmoidForms() {
        SymbolicExercise w001 = Fixtures.preset("001-sigmoid-bce");
        for (String f : new String[] {"dL/dyhat * sigma'(z2)", "dL/dyhat * sigma(z2)*(1-sigma(z2))", "dL/dyhat * yhat*(1-yhat)",
            "∂L/∂ŷ · ŷ(1 − ŷ)", "yhat - y", "dL/dyhat * dyhat/dz2"}) {
            assertEquals(SymbolicKind.CORRECT, judge(w001, "z2.0", f).kind(), f);
        }
        assertVerdict(SymbolicKind.WRONG, "sigmoid-as-sigma", judge(w001, "z2.0", "dL/dyhat * sigma(z2)"), "");
        assertVerdict(SymbolicKind.WRONG, "sigmoid-from-z", judge(w001, "z2.0", "dL/dyhat * z2*(1-z2)"), "");
        assertVerdict(SymbolicKind.WRONG, "activation-derivative-left-out", judge(w001, "z2.0", "dL/dyhat"), "");
    }

    /** tanh′(z) = 1 − tanh²(z) = 1 − a². */
    @Test
    void tanhForms() {
        SymbolicExercise sx = SymbolicExercise.of(Solver.solve(ExerciseGenerator.generate(5, GeneratorOptions.parse("2-2-1,tanh,linear"))));
        for (String f : new String[] {"dL/da1_1 * tanh'(z1_1)", "dL/da1_1 * (1 - a1_1^2)", "dL/da1_1 (1 − a⁽¹⁾₁²)",
            "dL/da1_1 * (1 - tanh(z1_1)^2)"}) {
            assertEquals(SymbolicKind.CORRECT, judge(sx, "z1.0", f).kind(), f);
        }
        assertVerdict(SymbolicKind.WRONG, "activation-derivative-left-out", judge(sx, "z1.0", "dL/da1_1"), "");
    }

    /** Worksheet 000: W⁽²⁾ is 2 × 2, so W δ in place of Wᵀ δ has numbers, and the swap is named. */
    @Test
    void theTransposeLeftOutIsNamed() {
        SymbolicExercise w000 = Fixtures.preset("000-given-values");
        assertEquals(SymbolicKind.CORRECT, judge(w000, "a1.0", "delta2_1 * W2_11 + delta2_2 * W2_21").kind());
        SymbolicVerdict v = judge(w000, "a1.0", "delta2_1 * W2_11 + delta2_2 * W2_12");
        assertEquals("transposed", v.hintKey(), v.message());
        assertTrue(v.message().startsWith("W⁽²⁾₁₂ has its indices swapped: the weight that belongs here is W⁽²⁾₂₁"), v.message());
    }

    @Test
    void halfOfTheLossDropped() {
        SymbolicExercise w004 = Fixtures.preset("004-relu-231");
        assertVerdict(SymbolicKind.WRONG, "loss-half", judge(w004, "yhat.0", "2(yhat - y)"), "");
        assertVerdict(SymbolicKind.CORRECT, null, judge(w004, "yhat.0", "yhat - y"), "");
        assertVerdict(SymbolicKind.CORRECT, null, judge(w004, "yhat.0", "-(y - a2)"), "");
    }

    @Test
    void emptyUnreadableAndUnknownCells() {
        SymbolicVerdict empty = judge(w003, "a1.0", "  ");
        assertEquals(SymbolicKind.EMPTY, empty.kind());
        assertEquals("δ⁽²⁾ · w⁽²⁾ + δ⁽³⁾ · w⁽³←¹⁾", empty.trueExpression());
        assertEquals("dL/dz1 * w1 + dL/dz2 * w3", empty.trueAscii());
        assertEquals(-0.79664, empty.value(), 1e-12);
        SymbolicVerdict bad = judge(w003, "a1.0", "dL/dz1 * ");
        assertEquals(SymbolicKind.UNREADABLE, bad.kind());
        assertEquals(8, bad.position());
        assertNull(bad.readAs());
        assertThrows(IllegalArgumentException.class, () -> judge(w003, "z9.0", "1"));
    }

    /** The points come from a seeded SplitMix64: the same exercise gives the same points every time. */
    @Test
    void pointsAreReproducible() {
        SymbolicExercise again = Fixtures.w003sheet();
        for (int k = 0; k < Points.COUNT; k++) {
            assertArrayEquals(w003.points().free[k], again.points().free[k]);
            assertArrayEquals(w003.points().derived[k], again.points().derived[k]);
        }
    }

    @Test
    void publicApi() {
        var sol = Solver.solve(backprop.exercise.Presets.byId("004-relu-231").exercise());
        assertEquals("∂L/∂z⁽²⁾ = ∂L/∂ŷ · ReLU′(z⁽²⁾)", SymbolicCell.trueExpression(sol, "z2.0"));
        assertNull(SymbolicCell.trueExpression(sol, "nope"));
        boolean found = false;
        for (Quantity q : SymbolicCell.symbols(sol)) found |= q.ascii().equals("W2_01") && q.text().equals("W⁽²⁾₀₁");
        assertTrue(found);
        assertTrue(SymbolicCell.knownNames(sol).contains("b⁽¹⁾₀ … b⁽¹⁾₂ (b1_0 … b1_2)"));
        assertEquals(SymbolicKind.CORRECT, SymbolicCell.judge(sol, "W2.0.1", "delta2 * a1_1").kind());
    }
    @Test
    void thePagesLayerNumbersInASheetNumberedChainAreExplainedNotDiagnosed() {
        // ∂L/∂w⁽²⁾ = δ⁽²⁾ · a⁽¹⁾: the sheet (from 0) writes it dL/dz1 * h0. "delta2 * a1" is the page's numbering, and
        // in the sheet's it reads δ⁽³⁾ · a⁽²⁾, the wrong cell: the verdict stands, and says why.
        SymbolicVerdict v = judge(w003, "W2.0.0", "delta2 * a1");
        assertVerdict(SymbolicKind.WRONG, "sheet-numbering", v, "delta2 * a1");
        assertEquals("Plain names in this chain count from 0, as its sheet does, so this reads as δ⁽³⁾ · a⁽²⁾. Read with"
                + " the page's layer numbers it would be right: write dL/dz1 * a0, or δ⁽²⁾ · a⁽¹⁾ in the page's symbols.", v.message());
        // z3 is no name in the sheet's numbering (z0 to z2), but is the page's z⁽³⁾.
        SymbolicVerdict u = judge(w003, "W3.0.0", "dL/dz3 * a2");
        assertVerdict(SymbolicKind.UNREADABLE, "sheet-numbering", u, "dL/dz3 * a2");
        assertTrue(u.message().startsWith("Plain names in this chain count from 0, as its sheet does. Read with the page's"), u.message());
        // The page's own symbols and the sheet's names are right as before; a plain mistake is still diagnosed.
        assertVerdict(SymbolicKind.CORRECT, null, judge(w003, "W2.0.0", "δ⁽²⁾ · a⁽¹⁾"), "");
        assertVerdict(SymbolicKind.CORRECT, null, judge(w003, "W2.0.0", "delta1 * h0"), "");
        assertVerdict(SymbolicKind.WRONG, "sign", judge(w003, "W2.0.0", "-delta1 * h0"), "");
        // Counted from 1, plain numbers are the layer numbers: nothing to explain.
        SymbolicExercise base1 = Fixtures.w003base1();
        assertVerdict(SymbolicKind.CORRECT, null, judge(base1, "W2.0.0", "delta2 * a1"), "");
    }

    @Test
    void aWrongSymbolHintNamesTheQuantityTheTrueExpressionShows() {
        // ∂L/∂w⁽¹⁾ = δ⁽¹⁾ · x. ReLU′(z⁽¹⁾) = 1 here, so ∂L/∂a⁽¹⁾ in place of ∂L/∂z⁽²⁾ would also repair it; the hint
        // names δ⁽¹⁾ = ∂L/∂z⁽¹⁾, which the true expression beside it shows.
        SymbolicVerdict v = judge(Fixtures.w003base1(), "W1.0.0", "dL/dz2 * x");
        assertVerdict(SymbolicKind.WRONG, "wrong-symbol", v, "dL/dz2 * x");
        assertEquals("∂L/∂z⁽²⁾ stands where ∂L/∂z⁽¹⁾ belongs.", v.message());
    }
    @Test
    void onlyAChainNumberedFromOtherThanOneSaysHowItsPlainNamesCount() {
        assertEquals("Plain names count as the sheet does, from 0: z0 is z⁽¹⁾, a0 (or h0) is a⁽¹⁾, and the weights are"
                + " w₀ = w⁽¹⁾, w₁ = w⁽²⁾, w₂ = w⁽³⁾, w₃ = w⁽³←¹⁾. The page's own symbols, such as z⁽¹⁾ and δ⁽¹⁾, work too.",
                w003.symbols().numberingNote());
        assertNull(Fixtures.w003base1().symbols().numberingNote());
        assertNull(Fixtures.preset("004-relu-231").symbols().numberingNote());
    }
}

package backprop.symbolic;

import static backprop.symbolic.Fixtures.error;
import static backprop.symbolic.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Every documented spelling, ASCII and Unicode, read in the notation of worksheet 004 (layered, indices from
 * 0), worksheet 003 (a scalar chain, numbered as its sheet) and worksheet 002; precedence and implicit
 * grouping checked on numbers worked out by hand; hostile input gets a message with its position.
 */
class ExprParserTest {

    private final SymbolicExercise w004 = Fixtures.preset("004-relu-231");
    private final SymbolicExercise w003 = Fixtures.w003sheet();

    @Test
    void layeredNamesAsciiAndUnicode() {
        String[][] same = {
            {"W⁽²⁾₀₁", "W2_01", "w2_01", "W2_0,1", "W2_0_1", "W2_{0,1}", "W⁽²⁾_01"},
            {"z⁽¹⁾₀", "z1_0", "z⁽¹⁾₀"},
            {"a⁽¹⁾₂", "a1_2", "h1_2", "a⁽¹⁾₂"},
            {"x₁", "x_1", "x1", "a0_1", "a⁽⁰⁾₁", "X_1"},
            {"ŷ", "yhat", "ŷ", "y\u0302", "a2", "a⁽²⁾", "aᴸ", "a⁽ᴸ⁾"},
            {"y", "y", "y_0", "y0"},
            {"b⁽¹⁾₁", "b1_1", "b⁽¹⁾₁"},
            {"b⁽²⁾", "b2", "b2_0"},
            {"δ⁽²⁾", "delta2", "δ2", "δ⁽²⁾", "δᴸ"},
            {"δ⁽¹⁾₁", "delta1_1", "δ⁽¹⁾₁", "δ⁽ᴸ⁻¹⁾₁", "δᴸ⁻¹₁"},
            {"∂L/∂z⁽²⁾", "dL/dz2", "dJ/dz2", "dL / dz2", "∂L/∂z⁽²⁾", "∂L/∂zᴸ", "dL/dz2_0"},
            {"∂L/∂ŷ", "dL/dyhat", "∂L/∂ŷ", "dL/da2"},
            {"∂L/∂W⁽¹⁾₂₁", "dL/dW1_21", "∂L/∂W⁽¹⁾₂₁"},
            {"∂L/∂b⁽¹⁾₀", "dL/db1_0", "∂L/∂b⁽¹⁾₀"},
            {"∂L/∂a⁽¹⁾₀", "dL/da1_0", "dL/dh1_0", "∂L/∂a⁽¹⁾₀"},
            {"ReLU′(z⁽¹⁾₁)", "relu'(z1_1)", "ReLU′(z⁽¹⁾₁)", "ReLU'(z1_1)", "Relu’(z1_1)", "relu′ (z1_1)"},
            {"ReLU(z⁽²⁾)", "relu(z2)", "ReLU(z2)"},
            {"σ(z⁽²⁾)", "sigma(z2)", "sigmoid(z2)", "σ(z⁽²⁾)"},
            {"σ′(z⁽²⁾)", "sigma'(z2)", "sigmoid'(z2)", "σ′(z⁽²⁾)", "σ'(z2)"},
            {"tanh(z⁽²⁾)", "tanh(z2)"}, {"tanh′(z⁽²⁾)", "tanh'(z2)"},
            {"exp(z⁽²⁾)", "exp(z2)"}, {"ln(y)", "ln(y)", "log(y)"},
            {"LeakyReLU′(z⁽²⁾)", "leakyrelu'(z2)", "LeakyReLU′(z⁽²⁾)"},
            // the number of outputs and local derivatives between neighbours
            {"N", "N"}, {"ReLU′(z⁽²⁾)", "dyhat/dz2", "∂ŷ/∂z⁽²⁾", "da2/dz2"}, {"W⁽²⁾₀₁", "dz2/da1_1", "∂z⁽²⁾/∂a⁽¹⁾₁"},
            {"a⁽¹⁾₁", "dz2/dW2_01"}, {"1", "dz2/db2"},
        };
        for (String[] row : same) for (int k = 1; k < row.length; k++) assertEquals(row[0], read(w004, row[k]), row[k]);
    }

    @Test
    void scalarChainNamesFollowTheSheet() {
        // Worksheet 003 numbers from 0: z₀, h₀ are layer 1; w₀, w₁, w₂ the layers' weights and w₃ the skip.
        String[][] sheet = {
            {"z⁽¹⁾", "z0", "z₀", "z⁽¹⁾"}, {"a⁽¹⁾", "h0", "a0", "h₀", "a₀"}, {"ŷ", "h2", "yhat"}, {"z⁽³⁾", "z2", "z₂"},
            {"w⁽¹⁾", "w0", "w₀"}, {"w⁽³⁾", "w2"}, {"w⁽³←¹⁾", "w3", "w₃", "w⁽³←¹⁾", "w3<-1", "W3from1", "w⁽³<¹⁾"},
            {"x", "x", "X"}, {"∂L/∂a⁽¹⁾", "dL/dh0", "∂L/∂h₀"}, {"∂L/∂z⁽³⁾", "dL/dz2", "∂L/∂z₂"},
            {"∂L/∂w⁽³←¹⁾", "dL/dw3"}, {"δ⁽²⁾", "delta1", "δ₁"},
        };
        for (String[] row : sheet) for (int k = 1; k < row.length; k++) assertEquals(row[0], read(w003, row[k]), row[k]);
        // Counted from 1 (the default base): z₁ is layer 1, and the skip weight is the fourth, w₄.
        SymbolicExercise base1 = Fixtures.w003base1();
        assertEquals("z⁽¹⁾", read(base1, "z1"));
        assertEquals("w⁽³←¹⁾", read(base1, "w4"));
        assertEquals("x", read(base1, "a0"));
        // Worksheet 002: a₀ is x, a₂ is ŷ, J is the loss, and the sheet's local derivatives.
        SymbolicExercise w002 = Fixtures.preset("002-scalar-chain");
        assertEquals("x", read(w002, "a0"));
        assertEquals("ŷ", read(w002, "a2"));
        assertEquals("∂L/∂w⁽²⁾", read(w002, "dJ/dw2"));
        assertEquals("∂L/∂z⁽²⁾ · a⁽¹⁾", read(w002, "dJ/dz2 * dz2/dw2"));
        assertEquals("ReLU′(z⁽¹⁾)", read(w002, "da1/dz1"));
    }

    /** Values computed by hand; no quantity involved, so the exercise does not matter. */
    @Test
    void precedenceAndImplicitGrouping() throws Exception {
        Object[][] cases = {
            {"1 + 2 * 3", 7.0}, {"(1 + 2) * 3", 9.0}, {"2^3^2", 512.0}, {"-2^2", -4.0}, {"(-2)^2", 4.0},
            {"2·3 − 4/2", 4.0}, {"(−1)(1.1)", -1.1}, {"2(3 + 1)", 8.0}, {"1 − −1", 2.0}, {"6/2/3", 1.0},
            {"2²", 4.0}, {"(1+1)³", 8.0}, {"½·4", 2.0}, {"0,5 + 1", 1.5}, {"1e-3 * 1000", 1.0}, {"8 ÷ 2 × 2", 8.0},
            {"[1 + 2]·2", 6.0}, {"−(1 − 3)", 2.0}, {"2 - 3 - 4", -5.0}, {"2·3²", 18.0}, {"-.5", -0.5}, {"+3", 3.0},
            {"1/(2·4)", 0.125}, {"1 ⊙ 2", 2.0},
            // dashes typed for a minus, as the number fields read them
            {"\u20100.9", -0.9}, {"\u20110.9", -0.9}, {"\u20120.9", -0.9}, {"\u20130.9", -0.9}, {"\uFE630.9", -0.9},
            {"\uFF0D0.9", -0.9}, {"1 \uFF0D 3", -2.0}, {"2\u2010(1 + 3)", -2.0},
        };
        for (Object[] c : cases) {
            Expr e = w004.parse((String) c[0]);
            assertEquals((double) c[1], Eval.of(e, new double[0], backprop.model.Conventions.DEFAULT), 1e-15, (String) c[0]);
        }
        // Side by side is a product: a⁽¹⁾₁(1 − a⁽¹⁾₁), 2z⁽²⁾, δ⁽²⁾ a⁽¹⁾₁; and a product binds tighter than a sum.
        assertEquals("a⁽¹⁾₁ · (1 − a⁽¹⁾₁)", read(w004, "a1_1(1 - a1_1)"));
        assertEquals("2 · z⁽²⁾", read(w004, "2z2"));
        assertEquals("δ⁽²⁾ · a⁽¹⁾₁", read(w004, "delta2 a1_1"));
        assertEquals("σ′(z⁽²⁾) · (1 − σ(z⁽²⁾))", read(w004, "σ′(z⁽²⁾)(1 − σ(z⁽²⁾))"));
        assertEquals("δ⁽²⁾ · W⁽²⁾₀₁ + δ⁽²⁾", read(w004, "delta2 W2_01 + delta2"));
        assertEquals("2 · (ŷ − y)/N", read(w004, "2(yhat − y)/N"));
    }

    @Test
    void ambiguousSideBySideIsRefused() {
        assertTrue(error(w004, "1/2 z2").getMessage().contains("after a division"));
        assertTrue(error(w004, "2 3").getMessage().contains("needs an operator"));
        assertEquals(4, error(w004, "z2 2").position());
        assertTrue(error(w004, "ax").getMessage().contains("unknown name “ax”"));
    }

    @Test
    void hostileInputGetsAMessageAndNothingHangs() {
        // A guard against a hang, not a performance target: each of these is refused in well under a millisecond.
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            String deep = "(".repeat(10_000) + "z2" + ")".repeat(10_000);
            assertTrue(error(w004, deep).getMessage().contains("characters long"));
            String deepButShort = "(".repeat(400) + "z2" + ")".repeat(400);
            SymbolicException e = error(w004, deepButShort);
            assertTrue(e.getMessage().contains("nested more than 40 deep"), e.getMessage());
            assertEquals(41, e.position());
            SymbolicException signs = error(w004, "-".repeat(900) + "z2");
            assertTrue(signs.getMessage().contains("nested"), signs.getMessage());
            SymbolicException functions = error(w004, "relu(".repeat(100) + "z2" + ")".repeat(100));
            assertTrue(functions.getMessage().contains("nested"), functions.getMessage());
            String big = "z2 + ".repeat(20_480);
            assertTrue(error(w004, big).getMessage().contains("102400 characters long"));
            assertTrue(w004.judge("z2.0", big).message().contains("at most 1000"));
            // A long flat sum is fine: 250 terms, one node, no deep recursion.
            Expr sum = w004.parse("z2 +".repeat(249) + "z2");
            assertTrue(sum instanceof Expr.Sum s && s.terms().length == 250);
        });
    }

    @Test
    void everyProblemNamesItsPlace() {
        assertEquals(0, error(w004, "").position());
        assertTrue(error(w004, "   ").getMessage().startsWith("nothing is typed"));
        Object[][] cases = {
            {"z2 +", 4, "ends with “+”"}, {"z2 *", 4, "ends with “*”"}, {"z2 ^", 4, "ends with “^”"}, {"-", 1, "ends with “-”"},
            {"(z2", 1, "never closed"}, {"relu'(z2", 1, "never closed"}, {"z2)", 3, "never opened"}, {"z2 * * z2", 6, "“*” comes where"},
            {"relu' z2", 7, "needs its argument in brackets"}, {"yhat'", 1, "only a function"}, {"foo(z2)", 1, "unknown name “foo”"},
            {"z3", 1, "no layer 3"}, {"z1", 1, "has 3 entries"}, {"x_5", 1, "x₅ does not exist"}, {"z2 # 1", 4, "unexpected “#”"},
            {"dL/dx_0", 5, "not a quantity"}, {"dL/ddelta2", 5, "not ∂L/∂δ"}, {"L", 1, "not a quantity of an answer"},
            {"dz2/dW1_00", 1, "not a local derivative"}, {"W2_0", 1, "two indices"}, {"b3", 1, "no layer 3"},
            {"z⁽²", 2, "never closed by “⁾”"}, {"W1_012", 1, "write them apart"}, {"z2 ** 2", 4, "write ^"},
        };
        for (Object[] c : cases) {
            SymbolicException e = error(w004, (String) c[0]);
            assertTrue(e.getMessage().contains((String) c[2]), c[0] + ": " + e.getMessage());
            assertEquals((int) c[1], e.position(), c[0] + ": " + e.getMessage());
        }
    }

    @Test
    void unknownNamesListTheNamesThisExerciseKnows() {
        String m = error(w004, "q * z2").getMessage();
        assertTrue(m.contains("unknown name “q” at character 1"), m);
        assertTrue(m.contains("z⁽¹⁾₀ … z⁽¹⁾₂ (z1_0 … z1_2)"), m);
        assertTrue(m.contains("W⁽²⁾₀₀ … W⁽²⁾₀₂ (W2_00 … W2_02)"), m);
        assertTrue(m.contains("∂L/∂z⁽²⁾ (dL/dz2)"), m);
        assertTrue(m.contains("ReLU′"), m);
        String chain = error(w003, "w9").getMessage();
        assertTrue(chain.contains("w₀ = w⁽¹⁾, w₁ = w⁽²⁾, w₂ = w⁽³⁾, w₃ = w⁽³←¹⁾"), chain);
    }

    /** Wᵀ left out: W⁽²⁾ is 1 × 3 in worksheet 004, so W⁽²⁾₁₀ can only be W⁽²⁾₀₁ with its indices swapped. */
    @Test
    void aTransposedWeightThatDoesNotExistIsNamed() {
        SymbolicException e = error(w004, "W2_10 * delta2");
        assertEquals("transposed", e.hintKey());
        assertTrue(e.getMessage().contains("W⁽²⁾ is 1 × 3") && e.getMessage().contains("W⁽²⁾₀₁"), e.getMessage());
    }
}

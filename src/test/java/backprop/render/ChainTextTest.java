package backprop.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backprop.backward.Cell;
import backprop.exercise.Presets;
import backprop.solve.Solution;
import backprop.solve.Solver;
import org.junit.jupiter.api.Test;

/** The worked product's text, whole and from its two sides written once (as the page writes them for its MathML). */
class ChainTextTest {

    private static final Solution WS004 = Solver.solve(Presets.byId("004-relu-231").exercise());

    @Test
    void theSidesOfWorksheet004sW201() {
        // Worksheet 004: δ⁽²⁾ = ŷ − y = 0.5 − 1.5 = −1 (linear ReLU region), a⁽¹⁾₁ = ReLU(1.1) = 1.1, so
        // ∂L/∂W⁽²⁾₀₁ = δ⁽²⁾ · a⁽¹⁾₁ = (−1)(1.1) = −1.1.
        Cell c = WS004.backward().cell("W2.0.1");
        assertEquals("δ⁽²⁾ · a⁽¹⁾₁", ChainText.symbolic(c.terms()));
        assertEquals("(−1)(1.1)", ChainText.numeric(c.terms()));
        assertEquals("∂L/∂W⁽²⁾₀₁ = δ⁽²⁾ · a⁽¹⁾₁ = (−1)(1.1) = −1.1", ChainText.of(c, "δ⁽²⁾ · a⁽¹⁾₁", "(−1)(1.1)"));
    }

    @Test
    void aSideThatOnlyRepeatsTheOneBeforeIsLeftOut() {
        // When the numbers are the symbols (a lone number), "= numbers" would repeat them; when the value is the
        // numbers, "= value" would: each is written once. Made-up sides, so only the rule is under test.
        Cell c = WS004.backward().cell("W2.0.1");
        assertEquals("∂L/∂W⁽²⁾₀₁ = 7 = −1.1", ChainText.of(c, "7", "7"));
        assertEquals("∂L/∂W⁽²⁾₀₁ = x = −1.1", ChainText.of(c, "x", "−1.1"));
    }

    @Test
    void everyCellOfWorksheet004ReadsTheSameEitherWay() {
        for (Cell c : WS004.sheet().asked()) {
            assertEquals(ChainText.of(c), ChainText.of(c, ChainText.symbolic(c.terms()), ChainText.numeric(c.terms())), c.id());
        }
    }
}

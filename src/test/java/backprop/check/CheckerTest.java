package backprop.check;

import static backprop.check.Grading.answers;
import static backprop.check.Grading.assertKind;
import static backprop.check.Grading.grade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.backward.Cell;
import backprop.exercise.ExerciseJson;
import backprop.solve.Solver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Right answers in every form are CORRECT; empty and unreadable cells; the cell list and the score. */
class CheckerTest {

    /** σ(−0.4) = 1/(1 + e^0.4): worksheet 001's ŷ. */
    private static final double S = 1 / (1 + Math.exp(0.4));

    @Test
    void worksheet004EveryCellRightIsCorrect() {
        Checker c = Grading.of("004-relu-231");
        // z⁽¹⁾ = [0.2 − 0.8 + 0.1, −0.3 + 1.6 − 0.2, 0.5 + 1.4 − 0.1] = [−0.5, 1.1, 1.8], ŷ = 0.9·1.1 − 0.3·1.8 + 0.05 = 0.5
        // δ⁽²⁾ = (0.5 − 1.5)·1 = −1; ∂L/∂a⁽¹⁾ = −1·W⁽²⁾ = [0.6, −0.9, 0.3]; δ⁽¹⁾ = [0.6·0, −0.9·1, 0.3·1]
        Map<String, String> a = answers(
                // z⁽¹⁾ = [−0.5, 1.1, 1.8], a⁽¹⁾ = [0, 1.1, 1.8], z⁽²⁾ = ŷ = 0.5, L = ½(1.5 − 0.5)² = 0.5
                "fwd.z1.0", "-0.5", "fwd.a1.0", "0", "fwd.z1.1", "1.1", "fwd.a1.1", "1.1", "fwd.z1.2", "1.8",
                "fwd.a1.2", "1.8", "fwd.z2.0", "0.5", "fwd.yhat.0", "0.5", "loss", "0.5",
                "yhat.0", "-1", "z2.0", "−1", "W2.0.0", "0", "W2.0.1", "-1.1", "W2.0.2", "-1,8", "b2.0", "-1.0",
                "a1.0", "0.6", "a1.1", "-0.9", "a1.2", ".3", "z1.0", "-0", "z1.1", "-0.90", "z1.2", "+0.3",
                "W1.0.0", "0", "W1.0.1", "0.000", "W1.1.0", "(-0.9)(1)", "W1.1.1", "(-0.9)*2", "W1.2.0", "3/10",
                "W1.2.1", "0.3 × 2", "b1.0", "0", "b1.1", "−0,9", "b1.2", "3e-1",
                // W′ = W − 0.1·∂L/∂W
                "new.W1.0.0", "0.2", "new.W1.0.1", "-0.4", "new.W1.1.0", "-0.3 - 0.1*(-0.9)", "new.W1.1.1", "0.98",
                "new.W1.2.0", "0.47", "new.W1.2.1", "0.64", "new.b1.0", "0.1", "new.b1.1", "-0.11", "new.b1.2", "-0.13",
                "new.W2.0.0", "-0.6", "new.W2.0.1", "1.01", "new.W2.0.2", "-0.12", "new.b2.0", "0.15",
                // ŷ′ = 1.612, L′ = ½(1.5 − 1.612)² = 0.006272
                "new.loss", "0.006272");
        List<Verdict> vs = c.gradeAll(a);
        assertEquals(a.size(), vs.size(), "every answerable cell is graded, in order");
        List<String> ids = new ArrayList<>(a.keySet());
        for (int k = 0; k < vs.size(); k++) {
            assertEquals(ids.get(k), vs.get(k).cellId());
            assertKind(VerdictKind.CORRECT, vs.get(k));
            assertNull(vs.get(k).hint());
            assertNull(vs.get(k).problem());
        }
        assertEquals(new Score(a.size(), 0, 0, 0, 0, a.size()), Score.of(vs));
        Verdict w = c.grade("W2.0.1", a);
        assertEquals(-1.1, w.value(), 1e-15);
        assertEquals(-1.1, w.expected(), 1e-12);
        assertTrue(Double.isNaN(w.carried()));
    }

    @Test
    void cellsAreTheUnfrozenGradientsThenTheUpdates() {
        Checker c = Grading.of("004-relu-231");
        List<Cell> cells = c.cells();
        // 8 forward values and L; 1 ∂L/∂ŷ + 1 δ⁽²⁾ + 3 + 1 (W⁽²⁾, b⁽²⁾) + 3 ∂L/∂a⁽¹⁾ + 3 δ⁽¹⁾ + 6 + 3 (W⁽¹⁾, b⁽¹⁾) = 21,
        // then 13 parameters and the new loss
        assertEquals(44, cells.size());
        assertEquals("fwd.z1.0", cells.get(0).id());
        assertEquals("yhat.0", cells.get(9).id());
        assertEquals("new.W1.0.0", cells.get(30).id());
        assertEquals("new.loss", cells.get(43).id());
        assertEquals("new.b2.0", cells.get(42).id());
    }

    @Test
    void frozenParametersAreNotAnswerable() throws Exception {
        String json = """
            {"format": "backprop-tutor/exercise@1", "title": "frozen", "input": [1, 2], "target": [1],
             "loss": "half-sum-squared", "learningRate": 0.5, "conventions": {"frozen": ["W1"]},
             "layers": [{"activation": "linear", "weights": [[1, 1]], "bias": [0]}]}
            """;
        Checker c = new Checker(Solver.solve(ExerciseJson.parse(json)));
        List<String> ids = new ArrayList<>();
        for (Cell cell : c.cells()) ids.add(cell.id());
        // ŷ = 3, ∂L/∂ŷ = 2 = δ; W is frozen: neither its gradient nor its update is asked
        assertEquals(List.of("yhat.0", "z1.0", "b1.0", "new.b1.0"), ids);
        assertThrows(IllegalArgumentException.class, () -> c.grade("W1.0.0", Map.of()));
        // b′ = 0 − 0.5·2
        assertKind(VerdictKind.CORRECT, grade(c, "new.b1.0", "new.b1.0", "-1"));
    }

    @Test
    void emptyAndUnreadable() {
        Checker c = Grading.of("004-relu-231");
        Verdict e = grade(c, "W2.0.1");
        assertKind(VerdictKind.EMPTY, e);
        assertEquals("", e.kind().key());
        assertTrue(Double.isNaN(e.value()));
        assertEquals(-1.1, e.expected(), 1e-12);
        assertKind(VerdictKind.EMPTY, grade(c, "W2.0.1", "W2.0.1", "   "));
        Verdict u = grade(c, "W2.0.1", "W2.0.1", "-1.1x");
        assertKind(VerdictKind.UNREADABLE, u);
        assertEquals("could not read “-1.1x” at character 5: unexpected “x”", u.problem());
        assertNull(u.hint());
        assertTrue(Double.isNaN(u.value()));
        Verdict z = grade(c, "W2.0.1", "W2.0.1", "1/0");
        assertKind(VerdictKind.UNREADABLE, z);
        assertTrue(z.problem().endsWith("division by zero"), z.problem());
    }

    @Test
    void oneUnreadableCellBlocksNothingElse() {
        Checker c = Grading.of("004-relu-231");
        Map<String, String> a = answers("yhat.0", "-1?", "z2.0", "-1", "W2.0.1", "-1.1", "b2.0", "-2");
        List<Verdict> vs = c.gradeAll(a);
        // The nine forward cells come first.
        assertKind(VerdictKind.UNREADABLE, vs.get(9));
        assertKind(VerdictKind.CORRECT, vs.get(10));
        assertKind(VerdictKind.CORRECT, vs.get(12));
        assertKind(VerdictKind.WRONG, vs.get(14));
        // 2 correct, 1 wrong, 1 unreadable, the other 40 cells empty
        assertEquals(new Score(2, 0, 1, 1, 40, 44), Score.of(vs));
        // an unreadable δ is not carried into ∂L/∂W: the true δ stands in
        Verdict w = grade(c, "W2.0.1", "z2.0", "-2..", "W2.0.1", "-2.2");
        assertKind(VerdictKind.WRONG, w);
    }

    @Test
    void worksheet001RoundedAtTwoThreeAndFourFigures() {
        Checker c = Grading.of("001-sigmoid-bce");
        // ∂L/∂ŷ = (ŷ − 0)/(ŷ(1 − ŷ)) = 1/(1 − ŷ) = 1.670320… (= 1 + e^−0.4); δ⁽²⁾ = ŷ − y = 0.401312…
        assertEquals(1 / (1 - S), c.cell("yhat.0").value(), 1e-12);
        for (String s : new String[] {"1.67", "1.670", "1.6703", "1/(1 - 0.401312)"}) {
            assertKind(VerdictKind.CORRECT, grade(c, "yhat.0", "yhat.0", s));
        }
        // two figures, 1.8 % off: wrong, and the hint says it is only the rounding
        Verdict two = grade(c, "yhat.0", "yhat.0", "1.7");
        assertKind(VerdictKind.WRONG, two);
        assertEquals("rounded", two.hint().key());
        assertTrue(two.hint().message().contains("2 significant figures"), two.hint().message());
        // δ⁽²⁾ = 0.401312: 0.40 is 0.33 % off, inside the default 1 %
        for (String s : new String[] {"0.40", "0.401", "0.4013", "0,4013"}) assertKind(VerdictKind.CORRECT, grade(c, "z2.0", "z2.0", s));
        // ∂L/∂a⁽¹⁾₂ = δ⁽²⁾·W⁽²⁾₂₁ = −0.5·0.401312 = −0.200656; ∂L/∂W⁽¹⁾₂₂ = δ⁽¹⁾₂·x₂ = −0.401312
        for (String s : new String[] {"-0.20", "-0.201", "-0.2007"}) assertKind(VerdictKind.CORRECT, grade(c, "a1.1", "a1.1", s));
        for (String s : new String[] {"-0.40", "-0.401", "-0.4013"}) assertKind(VerdictKind.CORRECT, grade(c, "W1.1.1", "W1.1.1", s));
        // the worksheet's own rounding σ(−0.4) ≈ 0.401 carried on: −0.2005 is still right
        assertKind(VerdictKind.CORRECT, grade(c, "W1.0.1", "W1.0.1", "-0.2005"));
        // new b⁽²⁾ = 0 − 0.01·0.401312 = −0.00401312
        for (String s : new String[] {"-0.0040", "-0.00401", "-0.004013", "-4.01e-3"}) {
            assertKind(VerdictKind.CORRECT, grade(c, "new.b2.0", "new.b2.0", s));
        }
    }
}

package backprop.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.backward.Cell;
import backprop.exercise.Presets;
import backprop.render.ChainText;
import backprop.solve.Solution;
import backprop.solve.Solver;
import backprop.stage.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every new cell of the five worksheets against the value worked by hand, and which stages each asks. */
class WorksheetStagesTest {

    private static final double EPS = 1e-12;

    private static Solution solve(String id) {
        return Solver.solve(Presets.byId(id).exercise());
    }

    private static double v(Solution s, String id) {
        Cell c = s.sheet().cell(id);
        assertNotNull(c, "no cell " + id);
        return c.value();
    }

    private static List<String> asked(Solution s, Stage st) {
        List<String> ids = new ArrayList<>();
        for (Cell c : s.sheet().asked(st)) ids.add(c.id());
        return ids;
    }

    @Test
    void worksheet004ForwardLossUpdateAndNewLoss() {
        Solution s = solve("004-relu-231");
        // z⁽¹⁾₀ = 0.2·1 − 0.4·2 + 0.1 = −0.5; z⁽¹⁾₁ = −0.3 + 1.6 − 0.2 = 1.1; z⁽¹⁾₂ = 0.5 + 1.4 − 0.1 = 1.8
        assertEquals(-0.5, v(s, "fwd.z1.0"), EPS);
        assertEquals(1.1, v(s, "fwd.z1.1"), EPS);
        assertEquals(1.8, v(s, "fwd.z1.2"), EPS);
        // a⁽¹⁾ = ReLU(z⁽¹⁾) = [0, 1.1, 1.8]
        assertEquals(0, v(s, "fwd.a1.0"), EPS);
        assertEquals(1.1, v(s, "fwd.a1.1"), EPS);
        assertEquals(1.8, v(s, "fwd.a1.2"), EPS);
        // z⁽²⁾ = −0.6·0 + 0.9·1.1 − 0.3·1.8 + 0.05 = 0.99 − 0.54 + 0.05 = 0.5 = ŷ (ReLU, active)
        assertEquals(0.5, v(s, "fwd.z2.0"), EPS);
        assertEquals(0.5, v(s, "fwd.yhat.0"), EPS);
        // L = ½(1.5 − 0.5)² = 0.5
        assertEquals(0.5, v(s, "loss"), EPS);
        // W⁽²⁾′ = W⁽²⁾ − 0.1·[0, −1.1, −1.8] = [−0.6, 1.01, −0.12]; b⁽²⁾′ = 0.05 + 0.1 = 0.15
        assertEquals(-0.6, v(s, "new.W2.0.0"), EPS);
        assertEquals(1.01, v(s, "new.W2.0.1"), EPS);
        assertEquals(-0.12, v(s, "new.W2.0.2"), EPS);
        assertEquals(0.15, v(s, "new.b2.0"), EPS);
        // W⁽¹⁾′₁₀ = −0.3 − 0.1·(−0.9) = −0.21; W⁽¹⁾′₁₁ = 0.8 + 0.18 = 0.98; W⁽¹⁾′₂₀ = 0.5 − 0.03 = 0.47; W⁽¹⁾′₂₁ = 0.7 − 0.06 = 0.64
        assertEquals(-0.21, v(s, "new.W1.1.0"), EPS);
        assertEquals(0.98, v(s, "new.W1.1.1"), EPS);
        assertEquals(0.47, v(s, "new.W1.2.0"), EPS);
        assertEquals(0.64, v(s, "new.W1.2.1"), EPS);
        // b⁽¹⁾′ = [0.1, −0.2 + 0.09, −0.1 − 0.03] = [0.1, −0.11, −0.13]
        assertEquals(-0.11, v(s, "new.b1.1"), EPS);
        assertEquals(-0.13, v(s, "new.b1.2"), EPS);
        // Second pass: z′⁽¹⁾ = [−0.5, −0.21 + 1.96 − 0.11, 0.47 + 1.28 − 0.13] = [−0.5, 1.64, 1.62]
        assertEquals(1.64, v(s, "new.fwd.z1.1"), EPS);
        assertEquals(1.62, v(s, "new.fwd.z1.2"), EPS);
        // ŷ′ = 1.01·1.64 − 0.12·1.62 + 0.15 = 1.6564 − 0.1944 + 0.15 = 1.612; L′ = ½(1.5 − 1.612)² = ½·0.012544 = 0.006272
        assertEquals(1.612, v(s, "new.fwd.yhat.0"), EPS);
        assertEquals(0.006272, v(s, "new.loss"), EPS);
        // ΔL = 0.006272 − 0.5 < 0: yes
        assertEquals(0.006272 - 0.5, v(s, "loss-change"), EPS);
        assertEquals(1, v(s, "loss-down"), 0);

        assertEquals(List.of("fwd.z1.0", "fwd.a1.0", "fwd.z1.1", "fwd.a1.1", "fwd.z1.2", "fwd.a1.2", "fwd.z2.0", "fwd.yhat.0"),
                asked(s, Stage.FORWARD));
        assertEquals(List.of("loss"), asked(s, Stage.LOSS));
        assertEquals(List.of("new.loss"), asked(s, Stage.NEW_LOSS));
        assertTrue(asked(s, Stage.NEW_FORWARD).isEmpty(), "004 asks the new loss, not the second pass's z and a");
        assertTrue(asked(s, Stage.LOSS_DOWN).isEmpty());
        assertEquals(13, asked(s, Stage.UPDATE).size());
        // Worksheet order: forward, loss, backward, update, new loss.
        List<String> ids = s.sheet().ids();
        assertEquals("fwd.z1.0", ids.get(0));
        assertEquals("new.loss", ids.get(ids.size() - 1));
        assertTrue(ids.indexOf("loss") < ids.indexOf("yhat.0") && ids.indexOf("b1.2") < ids.indexOf("new.W1.0.0"));
    }

    @Test
    void worksheet004ProductsAsOnPaper() {
        Solution s = solve("004-relu-231");
        assertEquals("z⁽¹⁾₁ = W⁽¹⁾₁₀ · x₀ + W⁽¹⁾₁₁ · x₁ + b⁽¹⁾₁ = (−0.3)(1) + (0.8)(2) − 0.2 = 1.1", ChainText.of(s.sheet().cell("fwd.z1.1")));
        assertEquals("a⁽¹⁾₀ = ReLU(z⁽¹⁾₀) = ReLU(−0.5) = 0", ChainText.of(s.sheet().cell("fwd.a1.0")));
        assertEquals("L = ½(y − ŷ)² = ½(1.5 − 0.5)² = 0.5", ChainText.of(s.sheet().cell("loss")));
        assertEquals("W′⁽²⁾₀₁ = W⁽²⁾₀₁ − η · ∂L/∂W⁽²⁾₀₁ = 0.9 − (0.1)(−1.1) = 1.01", ChainText.of(s.sheet().cell("new.W2.0.1")));
        assertEquals("L′ = ½(y − ŷ′)² = ½(1.5 − 1.612)² = 0.006272", ChainText.of(s.sheet().cell("new.loss")));
        // The gradients read the forward cells, so a student's own a carries into ∂L/∂W.
        assertTrue(s.sheet().cell("W2.0.1").dependsOn().contains("fwd.a1.1"));
        assertTrue(s.sheet().cell("z1.1").dependsOn().contains("fwd.z1.1"), "ReLU′(z) reads z");
        assertTrue(s.sheet().cell("yhat.0").dependsOn().contains("fwd.yhat.0"), "∂L/∂ŷ reads ŷ");
    }

    @Test
    void worksheet002AsksEverythingAndItsQuestions() {
        Solution s = solve("002-scalar-chain");
        // z₁ = 0.5·3 = 1.5, a₁ = 1.5, z₂ = 0.8·1.5 = 1.2, ŷ = 1.2, J = (2 − 1.2)²/2 = 0.32
        assertEquals(1.5, v(s, "fwd.z1.0"), EPS);
        assertEquals(1.5, v(s, "fwd.a1.0"), EPS);
        assertEquals(1.2, v(s, "fwd.z2.0"), EPS);
        assertEquals(1.2, v(s, "fwd.yhat.0"), EPS);
        assertEquals(0.32, v(s, "loss"), EPS);
        // w₁′ = 0.5 − 0.1·(−1.92) = 0.692, w₂′ = 0.8 − 0.1·(−1.2) = 0.92
        assertEquals(0.692, v(s, "new.W1.0.0"), EPS);
        assertEquals(0.92, v(s, "new.W2.0.0"), EPS);
        // z₁′ = 0.692·3 = 2.076 = a₁′; z₂′ = 0.92·2.076 = 1.90992 = ŷ′; J′ = (2 − 1.90992)²/2 = 0.09008²/2 = 0.0081144064/2 = 0.0040572032 (the sheet: 0.004)
        assertEquals(2.076, v(s, "new.fwd.z1.0"), EPS);
        assertEquals(2.076, v(s, "new.fwd.a1.0"), EPS);
        assertEquals(1.90992, v(s, "new.fwd.z2.0"), EPS);
        assertEquals(1.90992, v(s, "new.fwd.yhat.0"), EPS);
        assertEquals(0.0040572032, v(s, "new.loss"), 1e-15);
        assertEquals(1, v(s, "loss-down"), 0);
        for (Stage st : Stage.values()) assertTrue(s.sheet().asks(st), "002 asks " + st.key());
        assertEquals(List.of("new.fwd.z1.0", "new.fwd.a1.0", "new.fwd.z2.0", "new.fwd.yhat.0"), asked(s, Stage.NEW_FORWARD));
        // Five functions (z₁, a₁, z₂, ŷ, J) and two weights, counted by the solver.
        assertEquals(5, s.sheet().question("q.count-functions").answer());
        assertEquals(2, s.sheet().question("q.count-weights").answer());
        assertEquals("gradient", s.sheet().question("q.what-is-backpropagated").options()
                .get(s.sheet().question("q.what-is-backpropagated").rightOption()).key());
        // The sheet asks its questions first.
        assertEquals(List.of("q.what-is-backpropagated", "q.count-functions", "q.count-weights"), s.sheet().ids().subList(0, 3));
    }

    @Test
    void worksheet001ForwardLossAndNewLoss() {
        Solution s = solve("001-sigmoid-bce");
        // z⁽¹⁾₁ = 0.5·1 − 0.4·2 + 0.2 = −0.1 → a = 0; z⁽¹⁾₂ = −0.6 + 1.6 − 0.2 = 0.8 → a = 0.8
        assertEquals(-0.1, v(s, "fwd.z1.0"), EPS);
        assertEquals(0, v(s, "fwd.a1.0"), EPS);
        assertEquals(0.8, v(s, "fwd.z1.1"), EPS);
        // z⁽²⁾ = 0.3·0 − 0.5·0.8 + 0 = −0.4; ŷ = σ(−0.4) = 1/(1 + e^0.4)
        assertEquals(-0.4, v(s, "fwd.z2.0"), EPS);
        double yhat = 1 / (1 + Math.exp(0.4));
        assertEquals(yhat, v(s, "fwd.yhat.0"), EPS);
        // J = −ln(1 − ŷ) with y = 0: 0.513015…
        assertEquals(-Math.log(1 - yhat), v(s, "loss"), EPS);
        // b⁽²⁾′ = 0 − 0.01·(ŷ − 0)
        assertEquals(-0.01 * yhat, v(s, "new.b2.0"), EPS);
        assertEquals(0.507962, v(s, "new.loss"), 5e-7);
        assertTrue(s.sheet().asks(Stage.FORWARD) && s.sheet().asks(Stage.NEW_LOSS) && !s.sheet().asks(Stage.NEW_FORWARD));
    }

    @Test
    void worksheet000GivesItsForwardValues() {
        Solution s = solve("000-given-values");
        assertFalse(s.sheet().asks(Stage.FORWARD));
        assertFalse(s.sheet().asks(Stage.UPDATE), "the sheet sets no learning rate and asks no update");
        // Given values are no cells; z⁽¹⁾ from the weights is: 0.1 + 0.4 + 0.9 + 0.1 = 1.5.
        assertNull(s.sheet().cell("fwd.a1.0"));
        assertEquals(1.5, v(s, "fwd.z1.0"), EPS);
        // L from the given ŷ = 8: ½(10 − 8)² = 2
        assertEquals(2, v(s, "loss"), EPS);
        assertEquals(List.of("q.relu-backward-fix"), List.of(s.sheet().ids().get(s.sheet().ids().size() - 1)));
        assertEquals("none", s.sheet().question("q.relu-backward-fix").options()
                .get(s.sheet().question("q.relu-backward-fix").rightOption()).key());
    }

    @Test
    void worksheet003KeepsTheDefaults() {
        Solution s = solve("003-skip-connection");
        assertTrue(s.sheet().asks(Stage.BACKWARD) && s.sheet().asks(Stage.UPDATE));
        assertFalse(s.sheet().asks(Stage.FORWARD));
        // z⁽¹⁾ = 0.6·1.5 = 0.9, z⁽²⁾ = 1.6·0.9 = 1.44, ŷ = 0.7·1.44 − 0.6·0.9 = 0.468
        assertEquals(0.9, v(s, "fwd.z1.0"), EPS);
        assertEquals(1.44, v(s, "fwd.z2.0"), EPS);
        assertEquals(0.468, v(s, "fwd.yhat.0"), EPS);
    }

    @Test
    void valuesStayHiddenUntilDone() {
        Sheet sheet = solve("004-relu-231").sheet();
        assertFalse(sheet.mayShow("fwd.z1.0", Set.of()));
        assertTrue(sheet.mayShow("fwd.z1.0", Set.of("fwd.z1.0")));
        assertTrue(sheet.mayShow("new.fwd.z1.0", Set.of()), "004 does not ask the second pass's z");
        assertFalse(sheet.mayShow(Stage.LOSS, Set.of()));
        assertTrue(sheet.mayShow(Stage.LOSS, Set.of("loss")));
        assertTrue(sheet.mayShow(Stage.NEW_FORWARD, Set.of()));
        assertTrue(sheet.revealedBy(sheet.cell("W2.0.1")).contains("fwd.a1.1"));
    }
}

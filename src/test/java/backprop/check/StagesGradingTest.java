package backprop.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.exercise.Presets;
import backprop.solve.Solver;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Error carried forward from a wrong forward value through to the new loss, and the questions that are not numbers. */
class StagesGradingTest {

    private static Checker checker(String id) {
        return new Checker(Solver.solve(Presets.byId(id).exercise()));
    }

    private static VerdictKind kind(Checker c, String id, Map<String, String> answers) {
        return c.grade(id, answers).kind();
    }

    /**
     * Worksheet 004 with the sheet's own slip: b⁽¹⁾₂ left out, so z⁽¹⁾₂ = 1.9. Worked on from there by hand:
     * a⁽¹⁾₂ = 1.9; ŷ = 0.99 − 0.3·1.9 + 0.05 = 0.47; L = ½(1.5 − 0.47)² = ½·1.0609 = 0.53045;
     * ∂L/∂ŷ = 0.47 − 1.5 = −1.03; ∂L/∂W⁽²⁾₀₂ = −1.03·1.9 = −1.957; W⁽²⁾′₀₂ = −0.3 + 0.1957 = −0.1043.
     */
    @Test
    void aWrongZCarriesThroughToTheNewLoss() {
        Checker c = checker("004-relu-231");
        Map<String, String> a = new HashMap<>();
        a.put("fwd.z1.2", "1.9");
        assertEquals(VerdictKind.WRONG, kind(c, "fwd.z1.2", a));
        a.put("fwd.a1.2", "1.9");
        Verdict av = c.grade("fwd.a1.2", a);
        assertEquals(VerdictKind.CONSISTENT, av.kind(), "a = ReLU(their z)");
        assertTrue(av.problem().contains("z⁽¹⁾₂ = 1.9"), av.problem());
        a.put("fwd.z1.0", "-0.5");
        a.put("fwd.a1.0", "0");
        a.put("fwd.z1.1", "1.1");
        a.put("fwd.a1.1", "1.1");
        a.put("fwd.z2.0", "0.47");
        assertEquals(VerdictKind.CONSISTENT, kind(c, "fwd.z2.0", a));
        a.put("fwd.yhat.0", "0.47");
        assertEquals(VerdictKind.CONSISTENT, kind(c, "fwd.yhat.0", a));
        a.put("loss", "0.53045");
        assertEquals(VerdictKind.CONSISTENT, kind(c, "loss", a), "L from their ŷ");
        a.put("yhat.0", "-1.03");
        assertEquals(VerdictKind.CONSISTENT, kind(c, "yhat.0", a), "∂L/∂ŷ from their ŷ");
        a.put("z2.0", "-1.03");
        assertEquals(VerdictKind.CONSISTENT, kind(c, "z2.0", a));
        a.put("W2.0.2", "-1.957");
        assertEquals(VerdictKind.CONSISTENT, kind(c, "W2.0.2", a), "δ times their a");
        a.put("new.W2.0.2", "-0.1043");
        assertEquals(VerdictKind.CONSISTENT, kind(c, "new.W2.0.2", a));
        // A student who answers none of the rest still gets the new loss that their numbers give: every other
        // parameter keeps its true update, W⁽²⁾′₀₂ = −0.1043 goes into the second pass nobody asks for:
        // ŷ′ = 1.01·1.64 − 0.1043·1.62 + 0.15 = 1.6564 − 0.168966 + 0.15 = 1.637434; L′ = ½(1.5 − 1.637434)² = 0.0094440…
        double yhat = 1.01 * 1.64 - 0.1043 * 1.62 + 0.15;
        double lossAfter = 0.5 * (1.5 - yhat) * (1.5 - yhat);
        a.put("new.loss", Double.toString(lossAfter));
        Verdict nl = c.grade("new.loss", a);
        assertEquals(VerdictKind.CONSISTENT, nl.kind(), String.valueOf(nl));
        assertEquals(lossAfter, nl.carried(), 1e-12);
        assertEquals(VerdictKind.WRONG, kind(c, "new.loss", Map.of("new.loss", "0.0094")), "alone, 0.0094 is simply wrong");
    }

    @Test
    void theLossCellNamesTheLog10Slip() {
        Checker c = checker("001-sigmoid-bce");
        // The sheet's J = −log₁₀(1 − 0.401312) = 0.2228, the natural one divided by ln 10.
        Verdict v = c.grade("loss", Map.of("loss", "0.22280"));
        assertEquals(VerdictKind.WRONG, v.kind());
        assertNotNull(v.hint());
        assertEquals("log10", v.hint().key());
    }

    @Test
    void theDroppedBiasIsNamedInTheForwardPass() {
        Verdict v = checker("004-relu-231").grade("fwd.z1.2", Map.of("fwd.z1.2", "1.9"));
        assertEquals("bias-dropped", v.hint() == null ? null : v.hint().key());
    }

    @Test
    void lossDownIsJudgedFromTheStudentsOwnLosses() {
        Checker c = checker("002-scalar-chain");
        assertEquals(VerdictKind.CORRECT, kind(c, "loss-down", Map.of("loss-down", "yes")));
        assertEquals(VerdictKind.CORRECT, kind(c, "loss-down", Map.of("loss-down", " Y ")));
        assertEquals(VerdictKind.WRONG, kind(c, "loss-down", Map.of("loss-down", "no")));
        assertEquals(VerdictKind.UNREADABLE, kind(c, "loss-down", Map.of("loss-down", "maybe")));
        // Their L = 0.32 and L′ = 0.5 (wrong): by their own numbers the loss went up, so "no" is consistent.
        Verdict v = c.grade("loss-down", Map.of("loss", "0.32", "new.loss", "0.5", "loss-down", "no"));
        assertEquals(VerdictKind.CONSISTENT, v.kind());
        assertTrue(v.problem().contains("L′ = 0.5"), v.problem());
    }

    @Test
    void countQuestionsAreWholeNumbers() {
        Checker c = checker("002-scalar-chain");
        // 002: five functions (z₁, a₁, z₂, ŷ, J) and two weights.
        assertEquals(VerdictKind.CORRECT, kind(c, "q.count-functions", Map.of("q.count-functions", "5")));
        assertEquals(VerdictKind.WRONG, kind(c, "q.count-functions", Map.of("q.count-functions", "4")));
        assertEquals(VerdictKind.CORRECT, kind(c, "q.count-weights", Map.of("q.count-weights", " 2 ")));
        assertEquals(VerdictKind.UNREADABLE, kind(c, "q.count-weights", Map.of("q.count-weights", "2.5")));
        assertEquals(VerdictKind.UNREADABLE, kind(c, "q.count-weights", Map.of("q.count-weights", "two")));
        assertEquals(VerdictKind.EMPTY, kind(c, "q.count-weights", Map.of()));
    }

    @Test
    void choiceQuestionsGiveFeedbackPerOption() {
        Checker c = checker("002-scalar-chain");
        Verdict right = c.grade("q.what-is-backpropagated", Map.of("q.what-is-backpropagated", "gradient"));
        assertEquals(VerdictKind.CORRECT, right.kind());
        assertEquals("gradient", right.hint().key());
        Verdict wrong = c.grade("q.what-is-backpropagated", Map.of("q.what-is-backpropagated", "weights"));
        assertEquals(VerdictKind.WRONG, wrong.kind());
        assertTrue(wrong.hint().message().contains("update changes them"), wrong.hint().message());
        assertEquals(VerdictKind.UNREADABLE, kind(c, "q.what-is-backpropagated", Map.of("q.what-is-backpropagated", "x")));

        Checker c0 = checker("000-given-values");
        Verdict none = c0.grade("q.relu-backward-fix", Map.of("q.relu-backward-fix", "none"));
        assertEquals(VerdictKind.CORRECT, none.kind());
        assertTrue(none.hint().message().contains("</pre>"));
        Verdict strict = c0.grade("q.relu-backward-fix", Map.of("q.relu-backward-fix", "strict"));
        assertEquals(VerdictKind.WRONG, strict.kind());
        assertTrue(strict.hint().message().contains("ReLU′(0) = 1"));
        assertEquals(VerdictKind.WRONG, kind(c0, "q.relu-backward-fix", Map.of("q.relu-backward-fix", "times-z")));
    }

    @Test
    void gradeAllCoversCellsAndQuestionsInWorksheetOrder() {
        Checker c = checker("002-scalar-chain");
        List<Verdict> all = c.gradeAll(Map.of());
        assertEquals(c.ids().size(), all.size());
        assertEquals("q.what-is-backpropagated", all.get(0).cellId());
        assertEquals("loss-down", all.get(all.size() - 1).cellId());
        assertThrows(IllegalArgumentException.class, () -> c.grade("loss-change", Map.of()), "the loss change is never asked");
    }
}

package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Worksheet 003, where ∂L/∂a⁽¹⁾ collects two paths. Worked by hand: x = 1.5, y = 2, w⁽¹⁾ = 0.6, w⁽²⁾ = 1.6,
 * w⁽³⁾ = 0.7, skip w⁽³←¹⁾ = −0.6, ReLU, ReLU, linear output, L = ½(y − ŷ)², η = 0.1.
 * Forward: z⁽¹⁾ = a⁽¹⁾ = 0.9, z⁽²⁾ = a⁽²⁾ = 1.44, ŷ = 0.7·1.44 − 0.6·0.9 = 1.008 − 0.54 = 0.468, L = ½·1.532² = 1.173512.
 * Backward: ∂L/∂ŷ = δ⁽³⁾ = −1.532; ∂L/∂w⁽³⁾ = −1.532·1.44 = −2.20608; ∂L/∂w⁽³←¹⁾ = −1.532·0.9 = −1.3788;
 * ∂L/∂a⁽²⁾ = δ⁽²⁾ = −1.532·0.7 = −1.0724; ∂L/∂w⁽²⁾ = −1.0724·0.9 = −0.96516;
 * ∂L/∂a⁽¹⁾ = δ⁽²⁾w⁽²⁾ + δ⁽³⁾w⁽³←¹⁾ = −1.71584 + 0.9192 = −0.79664 = δ⁽¹⁾; ∂L/∂w⁽¹⁾ = −0.79664·1.5 = −1.19496.
 * Step: w⁽¹⁾ = 0.719496, w⁽²⁾ = 1.696516, w⁽³⁾ = 0.920608, w⁽³←¹⁾ = −0.46212; again: a⁽¹⁾ = 1.079244,
 * a⁽²⁾ = 1.696516·1.079244 = 1.830954713904, ŷ = 0.920608·1.830954713904 − 0.46212·1.079244 = 1.18685132…,
 * L = ½(0.81314868…)² = 0.330605….
 */
class SkipConnectionIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    private static final Map<String, String> HAND = new LinkedHashMap<>();

    static {
        HAND.put("yhat.0", "-1.532");
        HAND.put("W3.0.0", "-2.20608");
        HAND.put("W3from1.0.0", "-1.3788");
        HAND.put("a2.0", "-1.0724");
        HAND.put("z2.0", "-1.0724");
        HAND.put("W2.0.0", "-0.96516");
        HAND.put("a1.0", "-0.79664");
        HAND.put("z1.0", "-0.79664");
        HAND.put("W1.0.0", "-1.19496");
        // 003 asks the step too (η = 0.1): w′ = w − 0.1·∂L/∂w.
        HAND.put("new.W1.0.0", "0.719496");
        HAND.put("new.W2.0.0", "1.696516");
        HAND.put("new.W3.0.0", "0.920608");
        HAND.put("new.W3from1.0.0", "-0.46212");
    }

    @Test
    void bothPathsCountAndTheStepLowersTheLoss() {
        TutorPage page = new TutorPage(browser).open().choose("003-skip-connection");
        for (String id : page.cellIds()) {
            String typed = HAND.containsKey(id) ? HAND.get(id) : id.equals("z3.0") ? "-1.532" : null;
            assertTrue(typed != null, "a cell this test has no hand value for: " + id + " in " + page.cellIds());
            page.answer(id, typed);
            assertEquals("correct", page.verdict(id), id + " = " + typed + ": " + page.verdictText(id));
        }
        assertTrue(page.cellIds().containsAll(HAND.keySet()), page.cellIds().toString());
        page.waitVisible("update");
        assertEquals("0.719496", page.newValue("W1.0.0"));
        assertEquals("1.69652", page.newValue("W2.0.0"));
        assertEquals("0.920608", page.newValue("W3.0.0"));
        assertEquals("\u22120.46212", page.newValue("W3from1.0.0"));
        String newLoss = page.text("new-loss");
        assertTrue(newLoss.contains("0.330605"), newLoss);
        assertTrue(newLoss.contains("1.18685"), newLoss);
        assertTrue(page.healthy());
    }

    @Test
    void leavingOutTheSkipPathIsWrongAndNamed() {
        TutorPage page = new TutorPage(browser).open().choose("003-skip-connection");
        page.answer("a1.0", "-1.71584");
        assertEquals("wrong", page.verdict("a1.0"), "only the path through z⁽²⁾");
        assertTrue(page.hint("a1.0").isDisplayed(), "a known mistake gets a hint");
        assertEquals("skip-path-left-out", page.hint("a1.0").getAttribute("data-hint"));
        String worked = page.explanationText("a1.0");
        assertTrue(worked.contains("(\u22121.0724)(1.6)") && worked.contains("(\u22121.532)(\u22120.6)"), "the worked answer shows both terms: " + worked);
        assertTrue(page.healthy());
    }
}

package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Worksheet 003, where ∂L/∂a⁽¹⁾ collects two paths. Worked by hand: x = 2, y = 2, w⁽¹⁾ = 0.5, w⁽²⁾ = 1.5,
 * w⁽³⁾ = 0.8, skip w⁽³←¹⁾ = −0.4, ReLU, ReLU, linear output, L = ½(y − ŷ)², η = 0.1.
 * Forward: z⁽¹⁾ = a⁽¹⁾ = 1, z⁽²⁾ = a⁽²⁾ = 1.5, ŷ = 0.8·1.5 − 0.4·1 = 0.8, L = ½·1.2² = 0.72.
 * Backward: ∂L/∂ŷ = δ⁽³⁾ = −1.2; ∂L/∂w⁽³⁾ = −1.2·1.5 = −1.8; ∂L/∂w⁽³←¹⁾ = −1.2·1 = −1.2; ∂L/∂a⁽²⁾ = δ⁽²⁾ = −1.2·0.8 = −0.96;
 * ∂L/∂w⁽²⁾ = −0.96·1 = −0.96; ∂L/∂a⁽¹⁾ = δ⁽²⁾w⁽²⁾ + δ⁽³⁾w⁽³←¹⁾ = −1.44 + 0.48 = −0.96 = δ⁽¹⁾; ∂L/∂w⁽¹⁾ = −0.96·2 = −1.92.
 * Step: w⁽¹⁾ = 0.692, w⁽²⁾ = 1.596, w⁽³⁾ = 0.98, w⁽³←¹⁾ = −0.28; again: a⁽¹⁾ = 1.384, a⁽²⁾ = 2.208864,
 * ŷ = 0.98·2.208864 − 0.28·1.384 = 1.77716672, L = ½(0.22283328)² = 0.0248273….
 */
class SkipConnectionIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    private static final Map<String, String> HAND = new LinkedHashMap<>();

    static {
        HAND.put("yhat.0", "-1.2");
        HAND.put("W3.0.0", "-1.8");
        HAND.put("W3from1.0.0", "-1.2");
        HAND.put("a2.0", "-0.96");
        HAND.put("z2.0", "-0.96");
        HAND.put("W2.0.0", "-0.96");
        HAND.put("a1.0", "-0.96");
        HAND.put("z1.0", "-0.96");
        HAND.put("W1.0.0", "-1.92");
        // 003 asks the step too (η = 0.1): w′ = w − 0.1·∂L/∂w.
        HAND.put("new.W1.0.0", "0.692");
        HAND.put("new.W2.0.0", "1.596");
        HAND.put("new.W3.0.0", "0.98");
        HAND.put("new.W3from1.0.0", "-0.28");
    }

    @Test
    void bothPathsCountAndTheStepLowersTheLoss() {
        TutorPage page = new TutorPage(browser).open().choose("003-skip-connection");
        for (String id : page.cellIds()) {
            String typed = HAND.containsKey(id) ? HAND.get(id) : id.equals("z3.0") ? "-1.2" : null;
            assertTrue(typed != null, "a cell this test has no hand value for: " + id + " in " + page.cellIds());
            page.answer(id, typed);
            assertEquals("correct", page.verdict(id), id + " = " + typed + ": " + page.verdictText(id));
        }
        assertTrue(page.cellIds().containsAll(HAND.keySet()), page.cellIds().toString());
        page.waitVisible("update");
        assertEquals("0.692", page.newValue("W1.0.0"));
        assertEquals("1.596", page.newValue("W2.0.0"));
        assertEquals("0.98", page.newValue("W3.0.0"));
        assertEquals("\u22120.28", page.newValue("W3from1.0.0"));
        String newLoss = page.text("new-loss");
        assertTrue(newLoss.contains("0.0248273"), newLoss);
        assertTrue(newLoss.contains("1.77717"), newLoss);
        assertTrue(page.healthy());
    }

    @Test
    void leavingOutTheSkipPathIsWrongAndNamed() {
        TutorPage page = new TutorPage(browser).open().choose("003-skip-connection");
        page.answer("a1.0", "-1.44");
        assertEquals("wrong", page.verdict("a1.0"), "only the path through z⁽²⁾");
        assertTrue(page.hint("a1.0").isDisplayed(), "a known mistake gets a hint");
        assertEquals("skip-path-left-out", page.hint("a1.0").getAttribute("data-hint"));
        String worked = page.explanationText("a1.0");
        assertTrue(worked.contains("(\u22120.96)(1.5)") && worked.contains("(\u22121.2)(\u22120.4)"), "the worked answer shows both terms: " + worked);
        assertTrue(page.healthy());
    }
}

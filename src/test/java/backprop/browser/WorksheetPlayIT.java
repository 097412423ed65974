package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Worksheet 004 (2-3-1 ReLU net) played through by typing, as a student would. Every expected number is
 * worked by hand from the worksheet's data, not read from the solver:
 * x = [1, 2], y = 1.5, W⁽¹⁾ = [[0.2, −0.4], [−0.3, 0.8], [0.5, 0.7]], b⁽¹⁾ = [0.1, −0.2, −0.1],
 * W⁽²⁾ = [−0.6, 0.9, −0.3], b⁽²⁾ = 0.05, ReLU everywhere, L = ½(y − ŷ)², η = 0.1.
 * Forward: z⁽¹⁾ = [−0.5, 1.1, 1.8], a⁽¹⁾ = [0, 1.1, 1.8], ŷ = 0 + 0.99 − 0.54 + 0.05 = 0.5, L = 0.5.
 * Backward: ∂L/∂ŷ = ŷ − y = −1 = δ⁽²⁾ (ReLU′(0.5) = 1); ∂L/∂W⁽²⁾ = δ⁽²⁾a⁽¹⁾ = [0, −1.1, −1.8]; ∂L/∂b⁽²⁾ = −1;
 * ∂L/∂a⁽¹⁾ = δ⁽²⁾W⁽²⁾ = [0.6, −0.9, 0.3]; δ⁽¹⁾ = [0, −0.9, 0.3] (unit 0 inactive); ∂L/∂W⁽¹⁾ⱼₖ = δ⁽¹⁾ⱼxₖ; ∂L/∂b⁽¹⁾ = δ⁽¹⁾.
 */
class WorksheetPlayIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    /** Each answer in a different way a student might write it: Unicode minus, ASCII minus, trailing zeros, decimal comma, fractions. */
    private static final Map<String, String> ANSWERS = new LinkedHashMap<>();

    static {
        ANSWERS.put("yhat.0", "\u22121");
        ANSWERS.put("z2.0", "-1.0");
        ANSWERS.put("W2.0.0", "0");
        ANSWERS.put("W2.0.1", "\u22121.1");
        ANSWERS.put("W2.0.2", "-1.80");
        ANSWERS.put("b2.0", "-1");
        ANSWERS.put("a1.0", "3/5");
        ANSWERS.put("a1.1", "-0,9");
        ANSWERS.put("a1.2", " 0.3 ");
        ANSWERS.put("z1.0", "0");
        ANSWERS.put("z1.1", "\u22129/10");
        ANSWERS.put("z1.2", ".3");
        ANSWERS.put("W1.0.0", "0");
        ANSWERS.put("W1.0.1", "-0");
        ANSWERS.put("W1.1.0", "-0.9");
        ANSWERS.put("W1.1.1", "-1.8");
        ANSWERS.put("W1.2.0", "0.3");
        ANSWERS.put("W1.2.1", "0.6");
        ANSWERS.put("b1.0", "0.0");
        ANSWERS.put("b1.1", "-0.900");
        ANSWERS.put("b1.2", "0,30");
    }

    @Test
    void theWorksheetHasItsTwentyOneGradientCellsAmongItsQuestions() {
        TutorPage page = new TutorPage(browser).open();
        assertEquals("004-relu-231", page.selected(), "worksheet 004 is the default exercise");
        assertTrue(page.cellIds().containsAll(ANSWERS.keySet()), page.cellIds().toString());
        assertEquals(ANSWERS.size() + StagesIT.FORWARD.size() + StagesIT.UPDATE.size(), page.cellIds().size());
        assertEquals("Score: 0 right first time · of 44", page.text("score"));
        assertTrue(page.hidden(page.byId("update")), "the update waits for every answer");
    }

    @Test
    void aWrongAnswerGetsTheChainRuleProduct() {
        TutorPage page = new TutorPage(browser).open();
        page.choose("004-relu-231");
        assertTrue(page.hidden(page.explanation("yhat.0")), "no worked answer before the student commits to one");
        // ŷ first: the product of ∂L/∂ŷ writes ŷ out, so it waits for the forward cell.
        page.answer("fwd.yhat.0", "0.5");
        page.answer("yhat.0", "1");
        assertEquals("wrong", page.verdict("yhat.0"));
        String worked = page.explanationText("yhat.0");
        assertTrue(worked.contains("\u22121"), "the explanation ends in the true value −1: " + worked);
        assertTrue(worked.contains("0.5") && worked.contains("1.5"), "the explanation shows ŷ = 0.5 and y = 1.5: " + worked);
        assertTrue(page.text("score").contains("1 wrong"), page.text("score"));

        page.answer("yhat.0", "-1");
        assertEquals("correct", page.verdict("yhat.0"), "a corrected answer is judged again");
        assertEquals("after-feedback", page.cell("yhat.0").getAttribute("data-outcome"), "wrong, then retyped: not first-try work");
        assertEquals("Score: 1 right first time · 1 right after feedback · of 44", page.text("score"));
        assertTrue(page.healthy());
    }

    @Tag("cross-engine")
    @Test
    void everyCellRightThenTheUpdateAndNewLoss() {
        TutorPage page = new TutorPage(browser).open();
        int n = 0;
        Map<String, String> all = new LinkedHashMap<>(StagesIT.FORWARD);
        all.putAll(ANSWERS);
        all.putAll(StagesIT.UPDATE);
        for (Map.Entry<String, String> a : all.entrySet()) {
            assertTrue(page.hidden(page.byId("update")), "update shown before the last cell (" + a.getKey() + ")");
            page.answer(a.getKey(), a.getValue());
            assertEquals("correct", page.verdict(a.getKey()), a.getKey() + " typed as “" + a.getValue() + "”: " + page.verdictText(a.getKey()));
            n++;
            assertEquals("Score: " + n + " right first time · of 44", page.text("score"));
        }
        page.waitVisible("update");
        // p − η·∂L/∂p with η = 0.1, worked by hand.
        assertEquals("\u22120.6", page.newValue("W2.0.0"), "inactive unit: 0 gradient");
        assertEquals("1.01", page.newValue("W2.0.1"), "0.9 − 0.1·(−1.1)");
        assertEquals("\u22120.12", page.newValue("W2.0.2"), "−0.3 − 0.1·(−1.8)");
        assertEquals("0.15", page.newValue("b2.0"), "0.05 − 0.1·(−1)");
        assertEquals("0.2", page.newValue("W1.0.0"));
        assertEquals("\u22120.4", page.newValue("W1.0.1"));
        assertEquals("\u22120.21", page.newValue("W1.1.0"), "−0.3 − 0.1·(−0.9)");
        assertEquals("0.98", page.newValue("W1.1.1"), "0.8 − 0.1·(−1.8)");
        assertEquals("0.47", page.newValue("W1.2.0"), "0.5 − 0.1·0.3");
        assertEquals("0.64", page.newValue("W1.2.1"), "0.7 − 0.1·0.6");
        assertEquals("0.1", page.newValue("b1.0"));
        assertEquals("\u22120.11", page.newValue("b1.1"), "−0.2 − 0.1·(−0.9)");
        assertEquals("\u22120.13", page.newValue("b1.2"), "−0.1 − 0.1·0.3");
        // New forward pass: z⁽¹⁾ = [0.2−0.8+0.1, −0.21+1.96−0.11, 0.47+1.28−0.13] = [−0.5, 1.64, 1.62];
        // ŷ = 1.01·1.64 − 0.12·1.62 + 0.15 = 1.6564 − 0.1944 + 0.15 = 1.612; L = ½(1.5 − 1.612)² = 0.006272.
        String newLoss = page.text("new-loss");
        assertTrue(newLoss.contains("0.006272"), newLoss);
        assertTrue(newLoss.contains("1.612"), newLoss);
        assertTrue(page.text("loss-change").contains("went down"), page.text("loss-change"));
        assertFalse(page.text("score").contains("wrong"));
        assertTrue(page.healthy());
    }
}

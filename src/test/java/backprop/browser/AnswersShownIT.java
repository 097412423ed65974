package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Show answer", "Show all answers", "Reset progress" and the score line on worksheet 004 (values worked by hand, see WorksheetPlayIT). */
class AnswersShownIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Test
    void showingOneAnswerFillsItInAndCountsItAsShown() {
        TutorPage page = new TutorPage(browser).open();
        page.showAnswer("W2.0.1");
        assertEquals("\u22121.1", page.input("W2.0.1").getAttribute("value"), "δ⁽²⁾·a⁽¹⁾₁ = (−1)(1.1)");
        assertNotNull(page.input("W2.0.1").getAttribute("readonly"), "a shown answer cannot be edited");
        // Its product writes a⁽¹⁾₁ out, a forward value 004 still asks: it waits for that one.
        assertTrue(page.hidden(page.explanation("W2.0.1")));
        page.answer("fwd.a1.1", "1.1");
        page.waiting().until(d -> page.explanation("W2.0.1").isDisplayed());
        assertTrue(page.explanationText("W2.0.1").contains("1.1"), page.explanationText("W2.0.1"));
        assertEquals("Score: 1 right first time · 1 shown · of 44", page.text("score"), "a shown answer is not a correct one");
        assertTrue(page.healthy());
    }

    @Test
    void showAllLeavesRightAnswersAloneAndUnlocksTheUpdate() {
        TutorPage page = new TutorPage(browser).open();
        page.answer("yhat.0", "-1");
        page.answer("a1.1", "-0.9");
        page.answer("b1.2", "7");
        assertEquals("wrong", page.verdict("b1.2"));
        assertTrue(page.text("score").contains("1 wrong"), page.text("score"));
        page.script("window.confirm = function () { return false; };");
        page.byId("show-all").click();
        assertEquals("wrong", page.verdict("b1.2"), "Show all answers asks first; declining keeps everything");
        page.script("window.confirm = function () { return true; };");
        page.byId("show-all").click();
        page.waitVisible("update");

        assertEquals("correct", page.verdict("yhat.0"));
        assertEquals("correct", page.verdict("a1.1"));
        assertEquals("-1", page.input("yhat.0").getAttribute("value"), "the student's own text stays");
        assertEquals("shown", page.verdict("b1.2"), "a wrong answer is replaced by the shown one");
        assertEquals("0.3", page.input("b1.2").getAttribute("value"), "δ⁽¹⁾₂ = 0.3");
        assertEquals("\u22121.8", page.input("W1.1.1").getAttribute("value"), "δ⁽¹⁾₁·x₁ = (−0.9)(2)");
        assertEquals("0", page.input("W1.0.0").getAttribute("value"), "inactive unit");
        assertEquals("0.6", page.input("a1.0").getAttribute("value"), "δ⁽²⁾·W⁽²⁾₀ = (−1)(−0.6)");
        assertEquals("Score: 2 right first time · 42 shown · of 44", page.text("score"));
        assertFalse(page.text("score").contains("wrong"), page.text("score"));
        assertTrue(page.text("new-loss").contains("0.006272"), page.text("new-loss"));
        assertTrue(page.healthy());
    }

    @Test
    void resetClearsEverythingAfterConfirmation() {
        TutorPage page = new TutorPage(browser).open();
        page.answer("yhat.0", "-1");
        page.showAnswer("z2.0");
        page.script("window.confirm = function () { return false; };");
        page.byId("reset-progress").click();
        assertEquals("correct", page.verdict("yhat.0"), "declining the confirmation keeps the work");
        page.script("window.confirm = function () { return true; };");
        page.byId("reset-progress").click();
        page.waiting().until(d -> page.verdict("yhat.0").isEmpty() && page.verdict("z2.0").isEmpty());
        assertEquals("", page.input("yhat.0").getAttribute("value"));
        assertEquals("", page.input("z2.0").getAttribute("value"));
        assertEquals(null, page.input("z2.0").getAttribute("readonly"));
        assertEquals("Score: 0 right first time · of 44", page.text("score"));
        page.reload();
        assertEquals("", page.input("yhat.0").getAttribute("value"), "the reset is saved too");
        assertTrue(page.healthy());
    }
}

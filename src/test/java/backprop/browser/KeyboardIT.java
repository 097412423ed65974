package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Enter checks a cell and moves on, so a whole backward pass can be typed without the mouse. */
class KeyboardIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Test
    void enterChecksAndMovesToTheNextCell() {
        TutorPage page = new TutorPage(browser).open();
        List<String> ids = page.cellIds();
        // Worksheet 004 starts with its forward pass: z⁽¹⁾₀ = 0.2·1 − 0.4·2 + 0.1 = −0.5.
        assertEquals("fwd.z1.0", ids.get(0));
        page.input("fwd.z1.0").click();
        page.driver().switchTo().activeElement().sendKeys("-0.5" + Keys.ENTER);
        assertEquals("correct", page.verdict("fwd.z1.0"));
        assertEquals("answer-" + ids.get(1), page.focusedId());
        page.driver().switchTo().activeElement().sendKeys("5" + Keys.ENTER);
        assertEquals("wrong", page.verdict(ids.get(1)), "a wrong answer is checked too");
        assertEquals("answer-" + ids.get(2), page.focusedId(), "and the focus still moves on");
    }

    @Test
    void focusSkipsShownCellsAndEndsOnTheUpdate() {
        TutorPage page = new TutorPage(browser).open();
        List<String> ids = page.cellIds();
        page.showAnswer(ids.get(1));
        page.input(ids.get(0)).click();
        page.driver().switchTo().activeElement().sendKeys("-0.5" + Keys.ENTER);
        assertEquals("answer-" + ids.get(2), page.focusedId(), "a shown cell is skipped");
        String last = ids.get(ids.size() - 1);
        for (String id : ids) if (!id.equals(last) && !"shown".equals(page.verdict(id)) && page.verdict(id).isEmpty()) page.showAnswer(id);
        page.input(last).click();
        page.driver().switchTo().activeElement().sendKeys("0.006272" + Keys.ENTER);
        assertEquals("correct", page.verdict(last), "the new loss ½(1.612 − 1.5)² = 0.006272 (StagesIT works it)");
        page.waitVisible("update");
        assertEquals("update-title", page.focusedId(), "after the last cell the focus goes to the update");
    }

    /**
     * Issue 10: ∂L/∂ŷ = ŷ − y = 0.5 − 1.5 = −1 typed right, then Tab and Enter. The cell's "Show answer" is disabled
     * while it is right, so the keyboard path cannot land on it and turn the cell into "shown".
     */
    @Test
    void tabThenEnterAfterARightAnswerKeepsItRight() {
        TutorPage page = new TutorPage(browser).open();
        page.input("yhat.0").click();
        page.driver().switchTo().activeElement().sendKeys("-1" + Keys.TAB);
        assertEquals("correct", page.verdict("yhat.0"));
        WebElement show = page.cell("yhat.0").findElement(By.cssSelector("button.show-answer"));
        assertFalse(show.isEnabled(), "no Show answer on a right cell");
        assertFalse(show.equals(page.driver().switchTo().activeElement()), "Tab does not land on it");
        page.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        assertEquals("correct", page.verdict("yhat.0"));
        assertEquals("first-try", page.cell("yhat.0").getAttribute("data-outcome"));
        assertTrue(page.text("score").startsWith("Score: 1 right first time"), page.text("score"));
    }

    /** The Symbols box on worksheet 004 (one output unit, rows = neurons, indices from 0, η = 0.1), as SymbolsTextTest words it. */
    @Test
    void theSymbolsBoxSaysWhatTheSymbolsMean() {
        TutorPage page = new TutorPage(browser).open();
        assertTrue(page.byId("symbols").isDisplayed());
        String s = page.text("symbols");
        assertTrue(s.contains("δ⁽²⁾ = ∂L/∂z⁽²⁾"), s);
        assertTrue(s.contains("ŷ = a⁽²⁾"), s);
        assertTrue(s.contains("W⁽²⁾₀₁ goes from unit 1 of layer 1 to unit 0 of layer 2"), s);
        assertTrue(s.contains("η = 0.1, the learning rate"), s);
    }
}

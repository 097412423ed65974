package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;

/** Enter checks a cell and moves on, so a whole backward pass can be typed without the mouse. */
class KeyboardIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Test
    void enterChecksAndMovesToTheNextCell() {
        TutorPage page = new TutorPage(browser).open();
        List<String> ids = page.cellIds();
        assertEquals("yhat.0", ids.get(0));
        page.input("yhat.0").click();
        page.driver().switchTo().activeElement().sendKeys("-1" + Keys.ENTER);
        assertEquals("correct", page.verdict("yhat.0"));
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
        page.driver().switchTo().activeElement().sendKeys("-1" + Keys.ENTER);
        assertEquals("answer-" + ids.get(2), page.focusedId(), "a shown cell is skipped");
        String last = ids.get(ids.size() - 1);
        for (String id : ids) if (!id.equals(last) && !"shown".equals(page.verdict(id)) && page.verdict(id).isEmpty()) page.showAnswer(id);
        page.input(last).click();
        page.driver().switchTo().activeElement().sendKeys("0.3" + Keys.ENTER);
        assertEquals("correct", page.verdict(last), "b⁽¹⁾₂ = δ⁽¹⁾₂ = 0.3");
        page.waitVisible("update");
        assertEquals("update-title", page.focusedId(), "after the last cell the focus goes to the update");
    }
}

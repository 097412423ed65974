package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Answers survive a reload; whatever is found in storage, the page starts and says what it set aside. */
class ProgressIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    private static final String KEY = "backprop-tutor/progress/004-relu-231";

    @Tag("cross-engine")
    @Test
    void answersAndShownCellsSurviveAReload() {
        TutorPage page = new TutorPage(browser).open();
        page.answer("yhat.0", "\u22121");
        page.answer("W2.0.1", "-1,1");
        page.answer("b2.0", "1");
        page.showAnswer("a1.2");
        page.answer("z2.0", "-2");
        page.answer("z2.0", "-1");
        page.reload();
        assertEquals("\u22121", page.input("yhat.0").getAttribute("value"));
        assertEquals("-1,1", page.input("W2.0.1").getAttribute("value"));
        assertEquals("correct", page.verdict("yhat.0"), "verdicts are recomputed after the reload");
        assertEquals("correct", page.verdict("W2.0.1"));
        assertEquals("wrong", page.verdict("b2.0"));
        assertEquals("shown", page.verdict("a1.2"));
        assertEquals("0.3", page.input("a1.2").getAttribute("value"));
        // 44 asked items on worksheet 004: 9 forward and loss, 21 backward, 13 updated parameters, the new loss.
        assertEquals("Score: 2 right first time · 1 right after feedback · 1 wrong · 1 shown · of 44", page.text("score"));
        assertEquals("after-feedback", page.cell("z2.0").getAttribute("data-outcome"), "how a cell was reached survives a reload");
        assertEquals("1", page.byId("score").getAttribute("data-after-feedback"));
        assertTrue(page.hidden(page.byId("storage-message")));
        assertTrue(page.healthy());
    }

    @Test
    void theChosenExerciseIsRemembered() {
        TutorPage page = new TutorPage(browser).open();
        page.choose("002-scalar-chain");
        page.reload();
        assertEquals("002-scalar-chain", page.selected());
        assertTrue(page.healthy());
    }

    @Test
    void garbageInStorageGivesAMessageAndAWorkingPage() {
        TutorPage page = new TutorPage(browser).open();
        page.answer("yhat.0", "-1");
        page.script("localStorage.setItem(arguments[0], arguments[1]);", KEY, "{\"v\":1,\"answers\":<img src=x onerror=alert(1)>");
        page.reload();
        page.waitVisible("storage-message");
        assertFalse(page.text("storage-message").isBlank());
        assertEquals(0L, page.script("return document.querySelectorAll('#storage-message *, img[src=x]').length;"), "nothing of it is read as HTML");
        assertEquals("", page.input("yhat.0").getAttribute("value"), "the unreadable progress is not half-applied");
        page.answer("yhat.0", "-1");
        assertEquals("correct", page.verdict("yhat.0"), "the page still works");
        page.reload();
        assertTrue(page.hidden(page.byId("storage-message")), "the garbage was set aside, so the message does not come back");
        assertEquals("-1", page.input("yhat.0").getAttribute("value"), "new work is saved again");
        assertTrue(page.healthy());
    }

    @Test
    void wellFormedButWrongShapesAreSetAsideToo() {
        TutorPage page = new TutorPage(browser).open();
        for (String junk : new String[] {"[]", "null", "{\"v\":1,\"fp\":\"x\",\"answers\":{},\"shown\":[]}", "{\"v\":\"1\",\"fp\":7,\"answers\":[],\"shown\":{}}"}) {
            page.script("localStorage.setItem(arguments[0], arguments[1]);", KEY, junk);
            page.reload();
            page.waitVisible("storage-message");
            assertNotNull(page.cell("yhat.0"), junk);
            assertTrue(page.healthy(), junk);
        }
    }
}

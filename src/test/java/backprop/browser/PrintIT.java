package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Print worksheet" and "Print answer key" on worksheet 004. WebDriver cannot switch an engine to print media,
 * so window.print is replaced by a recorder (a real print dialog would block the test), and the site's own
 * print rules, cut out of its style.css, are then applied on screen with the body class the button set: what
 * each engine lays out is what it would print. Hand values as in WorksheetPlayIT: ∂L/∂W⁽²⁾₀₁ = δ⁽²⁾·a⁽¹⁾₁ =
 * (−1)(1.1) = −1.1; the new loss ½(1.5 − 1.612)² = 0.006272.
 */
@Tag("cross-engine")
class PrintIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    /** The body of the stylesheet's {@code @media print} block, braces matched. */
    private static String printRules() throws IOException {
        String css = Files.readString(browser.siteDir().resolve("style.css"), StandardCharsets.UTF_8);
        int at = css.indexOf("@media print");
        assertTrue(at >= 0, "style.css has print rules");
        int open = css.indexOf('{', at);
        int depth = 0;
        for (int i = open; i < css.length(); i++) {
            if (css.charAt(i) == '{') depth++;
            if (css.charAt(i) == '}' && --depth == 0) return css.substring(open + 1, i);
        }
        throw new AssertionError("unbalanced braces in the print rules");
    }

    /** Clicks a print button with window.print recorded; returns the body's classes while print() ran. */
    @SuppressWarnings("unchecked")
    private static List<String> print(TutorPage page, String button) {
        page.script("window.__printed = []; window.print = function () { window.__printed.push(document.body.className); };");
        page.press(button);
        // press() has seen the click reach the button, so a print() still missing is the page's, said with its error.
        new WebDriverWait(page.driver(), BrowserSession.WAIT)
                .withMessage(() -> "print() was not called; page-error: " + page.byId("page-error").getAttribute("textContent"))
                .until(d -> !((List<?>) page.script("return window.__printed;")).isEmpty());
        List<String> printed = (List<String>) page.script("return window.__printed;");
        page.waiting().until(d -> "".equals(page.script("return document.body.className;")));
        return printed;
    }

    /** The page as printed with the given body class. */
    private static void asPrinted(TutorPage page, String bodyClass) throws IOException {
        // A constructed stylesheet, not a <style> element: the page's Content-Security-Policy refuses inline styles.
        page.script("var s = new CSSStyleSheet(); s.replaceSync(arguments[0]);"
                + "document.adoptedStyleSheets = document.adoptedStyleSheets.concat([s]);"
                + "document.body.classList.add(arguments[1]);", printRules(), bodyClass);
    }

    /** Laid out at all (not display: none, itself or an ancestor). */
    private static boolean laidOut(TutorPage page, WebElement e) {
        return (Boolean) page.script("return arguments[0].getClientRects().length > 0;", e);
    }

    private static boolean noneLaidOut(TutorPage page, String css) {
        return (Boolean) page.script("return Array.prototype.every.call(document.querySelectorAll(arguments[0]),"
                + " function (e) { return e.getClientRects().length === 0; });", css);
    }

    @Test
    void theWorksheetPrintsEveryCellEmpty() throws IOException {
        TutorPage page = new TutorPage(browser).open();
        page.answer("yhat.0", "1");
        page.answer("z2.0", "-1");
        assertTrue(page.hint("yhat.0").isDisplayed(), "on screen the wrong answer has its hint");
        assertEquals(List.of("print-worksheet"), print(page, "print-worksheet"), "print() runs once, with the worksheet's body class");

        asPrinted(page, "print-worksheet");
        assertEquals(44, page.cellIds().size(), "worksheet 004 asks 44 cells");
        for (WebElement cell : page.driver().findElements(By.cssSelector("#cell-list .cell"))) {
            assertTrue(laidOut(page, cell), cell.getAttribute("data-cell-id"));
        }
        assertTrue(noneLaidOut(page, "#cell-list .verdict, #cell-list .hint, #cell-list .explanation"), "no verdict, hint or worked answer");
        assertTrue(noneLaidOut(page, "#show-all, #reset-progress, .show-answer, #update"), "no buttons, no update");
        assertTrue(noneLaidOut(page, "#cell-list .answer"), "no answer field prints, so no typed answer can");
        assertTrue(noneLaidOut(page, "#editor, #notes-box"), "no editor, no notes");
        assertTrue(laidOut(page, page.byId("diagram")), "the diagram prints");
    }

    @Test
    void theAnswerKeyPrintsEveryProduct() throws IOException {
        TutorPage page = new TutorPage(browser).open();
        assertEquals(List.of("print-key"), print(page, "print-answer-key"), "print() runs once, with the key's body class");
        assertTrue(page.hidden(page.explanation("W2.0.1")), "on screen nothing is given away");

        asPrinted(page, "print-key");
        for (String id : page.cellIds()) {
            WebElement worked = page.explanation(id);
            assertTrue(laidOut(page, worked), id + ": its product prints");
            assertFalse(worked.findElement(By.cssSelector(".explanation-text")).getAttribute("textContent").isBlank(), id);
        }
        String w201 = page.explanationText("W2.0.1");
        assertTrue(w201.contains("(\u22121)(1.1)") && w201.contains("\u22121.1"), w201);
        assertTrue(noneLaidOut(page, "#cell-list input.answer, #cell-list .verdict"), "no answer fields in the key");
        assertTrue(laidOut(page, page.byId("update")), "the update prints although no cell was answered");
        assertTrue(page.text("new-loss").contains("0.006272"), page.text("new-loss"));
    }

    /**
     * The printed worksheet's visible text holds none of 004's answers: z⁽¹⁾₁ = 1.1, z⁽¹⁾₂ = 1.8, δ⁽¹⁾₁ = −0.9,
     * ∂L/∂W⁽²⁾₀₂ = −1.8, W⁽²⁾′₀₁ = 1.01, b⁽²⁾′ = 0.15, ŷ′ = 1.612 and L′ = 0.006272 (none of them is a given weight,
     * input or target), although the student had typed some and the notes, which hold values, exist in the page.
     */
    @Test
    void thePrintedWorksheetShowsNoAnswerValue() throws IOException {
        TutorPage page = new TutorPage(browser).open();
        page.answer("fwd.z1.1", "1.1");
        page.answer("fwd.z1.2", "1.8");
        // The text is read while print() runs, with the print rules applied: the page shows the answered values again after.
        String printed = (String) printed(page, "print-worksheet").get("text");
        assertTrue(printed != null && printed.contains("x = [1, 2]"), "the given input prints: " + printed);
        assertTrue(page.text("forward-rows").contains("1.1"), "on screen the answered z⁽¹⁾₁ shows again after printing");
        for (String v : List.of("1.1", "1.8", "\u22120.9", "\u22121.8", "1.01", "0.15", "1.612", "0.006272")) {
            assertFalse(printed.contains(v), "the printed worksheet shows " + v);
        }
    }

    /**
     * What a print button prints, read while print() runs with the print rules applied: the page's visible text
     * ({@code text}) and the option texts of the choice lists laid out ({@code options}).
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> printed(TutorPage page, String button) throws IOException {
        page.script("var rules = arguments[0]; window.__printed = null; window.print = function () {"
                + " var s = new CSSStyleSheet(); s.replaceSync(rules);"
                + " document.adoptedStyleSheets = document.adoptedStyleSheets.concat([s]);"
                + " window.__printed = {text: document.body.innerText, options: Array.prototype.filter.call("
                + "   document.querySelectorAll('#cell-list .print-options li'), function (e) { return e.getClientRects().length > 0; })"
                + "   .map(function (e) { return e.textContent; })};"
                + " document.adoptedStyleSheets = document.adoptedStyleSheets.filter(function (x) { return x !== s; }); };", printRules());
        page.press(button);
        page.waiting().until(d -> page.script("return window.__printed;") != null);
        return (Map<String, Object>) page.script("return window.__printed;");
    }

    /**
     * Worksheet 002's choice "what is being back-propagated?" is a select, which prints only its current value: every
     * print lists its four options instead, in the select's order and none marked, and the printed worksheet gives
     * nothing away although the student has chosen a wrong option and then the right one (its verdict, the options'
     * feedback and the worked answer stay off the paper; the count questions' worked answers too).
     */
    @Test
    void everyPrintListsTheOptionsOfAChoice() throws IOException {
        TutorPage page = new TutorPage(browser).open("preset=002-scalar-chain");
        String id = "q.what-is-backpropagated";
        List<String> options = new ArrayList<>();
        for (WebElement o : new Select(page.input(id)).getOptions()) {
            if (!o.getAttribute("value").isEmpty()) options.add(o.getAttribute("textContent"));
        }
        assertEquals(4, options.size(), "worksheet 002's choice has four options");
        assertTrue(noneLaidOut(page, ".print-options"), "on screen the select alone offers the options");
        new Select(page.input(id)).selectByValue("weights");
        page.waiting().until(d -> "wrong".equals(page.verdict(id)));
        new Select(page.input(id)).selectByValue("gradient");
        page.waiting().until(d -> "correct".equals(page.verdict(id)));
        page.answer("q.count-functions", "5");
        String feedback = page.hint(id).getText();
        assertFalse(feedback.isEmpty(), "the right option's feedback is on screen");
        assertTrue((Boolean) page.script("return Array.prototype.every.call(document.querySelectorAll('.print-options li'),"
                + " function (e) { return e.attributes.length === 0; });"), "no option is marked in the page");

        Map<String, Object> sheet = printed(page, "print-worksheet");
        assertEquals(options, sheet.get("options"), "the worksheet lists every option");
        String text = (String) sheet.get("text");
        for (String o : options) assertTrue(text.contains(o), "the printed worksheet shows the option " + o);
        for (String away : List.of(feedback, "Right.", "The error signal", "Five: z", "The weights are not sent anywhere")) {
            assertFalse(text.contains(away), "the printed worksheet shows " + away);
        }
        assertTrue(noneLaidOut(page, ".print-options"), "after printing, the list is off the screen again");

        assertEquals(options, printed(page, "print-attempt").get("options"), "the attempt lists them beside the choice made");
        Map<String, Object> key = printed(page, "print-answer-key");
        assertEquals(options, key.get("options"), "the key lists them above the worked answer");
        assertTrue(((String) key.get("text")).contains("The error signal"), "the key still has the worked answer");
    }

    /**
     * "Print my attempt": the student's typed answers with how each was reached (right first time, wrong, shown, not
     * answered), and no worked products, notes or update. ∂L/∂ŷ = ŷ − y = 0.5 − 1.5 = −1 typed right; δ⁽²⁾ = −1 typed
     * as 1 (wrong); b⁽²⁾'s gradient shown.
     */
    @Test
    void myAttemptPrintsTheAnswersWithTheirOutcomes() throws IOException {
        TutorPage page = new TutorPage(browser).open();
        page.answer("yhat.0", "-1");
        page.answer("z2.0", "1");
        page.showAnswer("b2.0");
        assertEquals(List.of("print-attempt"), print(page, "print-attempt"), "print() runs once, with the attempt's body class");
        asPrinted(page, "print-attempt");
        assertEquals("right first time", outcomeWord(page, "yhat.0"));
        assertEquals("wrong", outcomeWord(page, "z2.0"));
        assertEquals("shown", outcomeWord(page, "b2.0"));
        assertEquals("not answered", outcomeWord(page, "W2.0.1"));
        WebElement typed = page.input("z2.0");
        assertTrue(laidOut(page, typed), "the typed answer prints");
        assertEquals("1", typed.getAttribute("value"));
        assertTrue(noneLaidOut(page, "#cell-list .explanation, #notes-box, #update, #editor"), "no products, notes, update or editor");
    }

    /** The outcome word the attempt's print rules write after a cell. */
    private static String outcomeWord(TutorPage page, String id) {
        String c = (String) page.script("return getComputedStyle(arguments[0], '::after').content;", page.cell(id));
        return c.replaceAll("^\"|\"$", "");
    }
}

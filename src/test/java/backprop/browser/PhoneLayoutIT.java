package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The page on a phone, 390 px wide (issue 10): every diagram label is drawn at 11 px or more, and a diagram wider
 * than the screen pans inside its own box with a visible cue (the page itself never scrolls sideways); a worked
 * product shows once, its plain-text twin kept for screen readers only; no table has a column that is empty on
 * screen; and axe finds nothing.
 */
class PhoneLayoutIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    private static final List<String> PRESETS = List.of("000-given-values", "001-sigmoid-bce", "002-scalar-chain",
            "003-skip-connection", "004-relu-231");

    @BeforeEach
    void phone() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
    }

    private static double number(TutorPage page, String script, Object... args) {
        return ((Number) page.script(script, args)).doubleValue();
    }

    @Test
    void diagramLabelsAreAtLeastElevenPixelsAndAWideDiagramPansWithACue() {
        TutorPage page = new TutorPage(browser).open();
        assertTrue(number(page, "return document.documentElement.clientWidth;") <= 400, "a phone-wide viewport");
        for (String id : PRESETS) {
            page.choose(id);
            // A label's size on screen: its font size in the SVG's units times the SVG's scale (drawn width / viewBox width).
            double smallest = number(page, "var svg = document.querySelector('#diagram svg');"
                    + "var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width; var min = 1e9;"
                    + "svg.querySelectorAll('text').forEach(function (t) {"
                    + "  if (t.getClientRects().length) min = Math.min(min, parseFloat(getComputedStyle(t).fontSize) * scale); });"
                    + "return min;");
            assertTrue(smallest >= 11 - 1e-9, id + ": the smallest diagram label is " + smallest + " px");
            WebElement box = page.byId("diagram");
            boolean pans = number(page, "return arguments[0].scrollWidth - arguments[0].clientWidth;", box) > 1;
            if (pans) {
                assertTrue(page.driver().findElement(By.cssSelector("#network .pan-cue")).isDisplayed(), id + ": the diagram pans, and says so");
                assertEquals("auto", page.script("return getComputedStyle(arguments[0]).overflowX;", box), id);
            }
            assertTrue(number(page, "return document.documentElement.scrollWidth - document.documentElement.clientWidth;") <= 0,
                    id + ": the page itself does not scroll sideways");
        }
    }

    /**
     * ∂L/∂W⁽²⁾₀₁ on worksheet 004, answered wrong: δ⁽²⁾·a⁽¹⁾₁ = (−1)(1.1) = −1.1 (a⁽¹⁾₁ answered first: a product
     * that writes out an asked forward value waits for it).
     */
    @Test
    void aWorkedProductShowsOnceWithItsPlainTextForScreenReaders() {
        TutorPage page = new TutorPage(browser).open();
        page.answer("fwd.a1.1", "1.1");
        page.answer("W2.0.1", "1.1");
        WebElement worked = page.explanation("W2.0.1");
        assertTrue(worked.isDisplayed());
        assertTrue(worked.findElement(By.tagName("math")).isDisplayed(), "the product as math");
        WebElement plain = worked.findElement(By.cssSelector(".explanation-text"));
        String text = plain.getAttribute("textContent");
        assertTrue(text.contains("(\u22121)(1.1)") && text.contains("\u22121.1"), text);
        // Visually hidden: it occupies at most one pixel and is clipped, yet stays in the accessibility tree (no display: none).
        assertTrue(number(page, "var r = arguments[0].getBoundingClientRect(); return r.width * r.height;", plain) <= 1, "not drawn");
        assertTrue(plain.getAttribute("textContent").length() > 0 && !"none".equals(page.script("return getComputedStyle(arguments[0]).display;", plain)));
    }

    /** Every column of every table on screen has something in it, on every worksheet with its update shown. */
    @Test
    void noTableHasAnEmptyColumn() {
        TutorPage page = new TutorPage(browser).open();
        for (String id : PRESETS) {
            page.choose(id);
            page.showAll();
            page.waitVisible("update");
            @SuppressWarnings("unchecked")
            List<String> empty = (List<String>) page.script("var out = [];"
                    + "document.querySelectorAll('table').forEach(function (t) {"
                    + "  if (!t.getClientRects().length || !t.tBodies.length) return;"
                    + "  var head = t.tHead && t.tHead.rows[0]; var n = head ? head.cells.length : t.tBodies[0].rows[0].cells.length;"
                    + "  for (var c = 0; c < n; c++) {"
                    + "    if (head && !head.cells[c].getClientRects().length) continue;"
                    + "    var any = false;"
                    + "    Array.prototype.forEach.call(t.tBodies[0].rows, function (r) { var d = r.cells[c];"
                    + "      if (d && d.getClientRects().length && d.textContent.trim()) any = true; });"
                    + "    if (!any) out.push((t.id || t.className) + ' column ' + c);"
                    + "  } });"
                    + "return out;");
            assertEquals(List.of(), empty, id);
        }
    }

    @Test
    void axeFindsNothingOnAPhone() {
        TutorPage page = new TutorPage(browser).open();
        page.answer("yhat.0", "1");
        page.answer("W2.0.1", "1.1");
        List<Rule> v = browser.axe().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(page.driver()).getViolations();
        String report = v.stream().map(r -> r.getId() + ": " + r.getHelp() + " at "
                + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n  "));
        assertTrue(v.isEmpty(), "accessibility violations at 390 px:\n  " + report);
    }
}

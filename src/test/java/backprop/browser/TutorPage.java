package backprop.browser;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The tutor page as the DOM contract (docs/DOM-CONTRACT.md) describes it: only ids, classes and data
 * attributes listed there are used, so a redesign of the page does not break the tests.
 */
final class TutorPage {

    private final BrowserSession session;
    private final WebDriver driver;
    private final WebDriverWait wait;

    TutorPage(BrowserSession session) {
        this.session = session;
        this.driver = session.driver();
        this.wait = new WebDriverWait(driver, BrowserSession.WAIT);
    }

    WebDriver driver() {
        return driver;
    }

    WebDriverWait waiting() {
        return wait;
    }

    /** A fresh load of the page (a new document even when only the hash differs from the current address). */
    TutorPage open(String hash) {
        driver.get("about:blank");
        driver.get(session.url(hash));
        return ready();
    }

    TutorPage open() {
        return open(null);
    }

    TutorPage reload() {
        driver.navigate().refresh();
        return ready();
    }

    /** The script has started and an exercise with its cells is on screen. */
    TutorPage ready() {
        try {
            // An exception on start-up shows in #page-error: stop waiting at once and report it below.
            wait.until(d -> (hidden(byId("boot-message")) && !d.findElements(By.cssSelector("#cell-list .cell")).isEmpty())
                    || !healthy());
            if (!healthy()) throw new TimeoutException("page-error shown");
        } catch (TimeoutException e) {
            // Say why, rather than only that a wait ran out: a page that never starts is the likeliest failure of all.
            throw new AssertionError("The page did not show an exercise (waited up to " + BrowserSession.WAIT.toSeconds() + " s). "
                    + "boot-message " + (hidden(byId("boot-message")) ? "hidden" : "still shown") + "; page-error: “"
                    + byId("page-error").getAttribute("textContent") + "”; load-error: “" + byId("load-error").getAttribute("textContent")
                    + "”; browser: " + session.peekProblems(), e);
        }
        return this;
    }

    TutorPage choose(String presetId) {
        new Select(byId("exercise-select")).selectByValue(presetId);
        wait.until(d -> presetId.equals(selected()));
        return ready();
    }

    String selected() {
        return new Select(byId("exercise-select")).getFirstSelectedOption().getAttribute("value");
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    boolean exists(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** Hidden by the {@code hidden} attribute (on it or an ancestor), as the contract says. */
    boolean hidden(WebElement e) {
        return !e.isDisplayed();
    }

    String text(String id) {
        return byId(id).getText();
    }

    /**
     * Clicks a button as a user does and makes sure the click reached it. In CI WebKit's native click twice landed on
     * another element (the diagram's svg, the sticky toolbar's score) right after an answer had moved the focus: the
     * page was still scrolling the focused field into view between the driver's reading of the button's position and
     * its click. So the button is first brought to the middle of the window and the layout is left to settle (see
     * {@link #settle}). A click that the driver refused as covered, that reached nothing within a few seconds, or that
     * reached something that is not a control is made once more; a click that reached another control, or a second
     * miss, fails with what was hit and where, so a lost click is told apart from a button that does nothing.
     */
    void press(String id) {
        script("window.__clicks = []; if (!window.__clickLog) { window.__clickLog = true;"
                + " document.addEventListener('click', function (e) {"
                + " if (window.__clicks.push(e.target.id || e.target.tagName) > 1) return;"
                + " window.__clickAt = e.clientX + ',' + e.clientY + ' at scrollY ' + window.scrollY;"
                + " window.__clickControl = !!(e.target.closest"
                + " && e.target.closest('button, a, input, select, textarea, summary, [role=button]')); }, true); }");
        WebElement button = byId(id);
        settle(button);
        String intercepted = null;
        try {
            button.click();
        } catch (ElementClickInterceptedException e) {
            // The driver saw another element at the button's centre and clicked nothing: a moving page does that too.
            intercepted = e.getRawMessage();
        }
        if (intercepted != null || !clickReached(id)) {
            String first = intercepted != null ? "nothing (" + intercepted + ")" : clicks() + " (" + script("return window.__clickAt;") + ")";
            // A click that reached another control has done something of its own: clicking again would hide that.
            if (intercepted == null && !clicks().isEmpty() && Boolean.TRUE.equals(script("return window.__clickControl;"))) {
                throw new AssertionError("the click on #" + id + " reached another control, " + first
                        + "; the button was at " + settle(button));
            }
            script("window.__clicks = []; window.__clickAt = 'no click event';");
            settle(button);
            button.click();
            if (!clickReached(id)) {
                throw new AssertionError("the click on #" + id + " reached " + clicks() + " (" + script("return window.__clickAt;")
                        + "), and before that " + first + "; the button was at " + settle(button));
            }
        }
    }

    /** Whether the click recorded since {@link #press} began reached the button (within a few seconds). */
    private boolean clickReached(String id) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !clicks().isEmpty());
        } catch (TimeoutException lost) {
            return false;
        }
        return id.equals(clicks().get(0));
    }

    /**
     * Scrolls the element to the middle of the window and waits, frame by frame, until its position has stayed the
     * same for two frames and the element is what is under its centre (not the sticky toolbar or anything else).
     * Returns where it is, for messages. If it never settles (a few seconds), the click is made anyway and is checked.
     */
    private String settle(WebElement e) {
        Object where = ((JavascriptExecutor) driver).executeAsyncScript(
                "var e = arguments[0], done = arguments[arguments.length - 1], last = '', frames = 0;"
                + " e.scrollIntoView({block: 'center', inline: 'nearest'});"
                + " function look() {"
                + "   var r = e.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;"
                + "   var hit = document.elementFromPoint(x, y), on = !!hit && e.contains(hit);"
                + "   var now = Math.round(x) + ',' + Math.round(y) + ' at scrollY ' + Math.round(window.scrollY);"
                + "   if ((now === last && on) || ++frames > 180) {"
                + "     done(now + (on ? '' : ', covered by ' + (hit ? hit.id || hit.tagName : 'nothing')));"
                + "     return; }"
                + "   last = now; requestAnimationFrame(look); }"
                + " requestAnimationFrame(look);",
                e);
        return String.valueOf(where);
    }

    private List<?> clicks() {
        return (List<?>) script("return window.__clicks;");
    }

    /** "Show all answers", confirmed as the page asks. */
    void showAll() {
        script("window.confirm = function () { return true; };");
        byId("show-all").click();
    }

    /**
     * The loss line, for tests that check the exercise's numbers: where the exercise asks the loss, its answer is
     * shown first (the page writes "L = ?" until then).
     */
    String loss() {
        if (!driver.findElements(By.cssSelector(".cell[data-cell-id='loss']")).isEmpty() && verdict("loss").isEmpty()) showAnswer("loss");
        return text("loss");
    }

    List<String> cellIds() {
        return driver.findElements(By.cssSelector("#cell-list .cell")).stream()
                .map(e -> e.getAttribute("data-cell-id")).collect(Collectors.toList());
    }

    WebElement cell(String id) {
        return driver.findElement(By.cssSelector(".cell[data-cell-id='" + id + "']"));
    }

    WebElement input(String id) {
        return cell(id).findElement(By.cssSelector(".answer"));
    }

    /** Types an answer and presses Enter, which checks it at once. */
    void answer(String id, String text) {
        WebElement in = input(id);
        in.clear();
        in.sendKeys(text + Keys.ENTER);
        wait.until(d -> !verdict(id).isEmpty());
    }

    String verdict(String id) {
        return cell(id).findElement(By.cssSelector(".verdict")).getAttribute("data-verdict");
    }

    String verdictText(String id) {
        return cell(id).findElement(By.cssSelector(".verdict")).getText();
    }

    WebElement explanation(String id) {
        return cell(id).findElement(By.cssSelector(".explanation"));
    }

    /** The worked product in plain text; empty while the explanation is hidden. */
    String explanationText(String id) {
        WebElement e = explanation(id);
        // The plain-text twin is visually hidden (the math shows on screen), so it is read as text content.
        return e.isDisplayed() ? e.findElement(By.cssSelector(".explanation-text")).getAttribute("textContent") : "";
    }

    WebElement hint(String id) {
        return cell(id).findElement(By.cssSelector(".hint"));
    }

    void showAnswer(String id) {
        WebElement button = cell(id).findElement(By.cssSelector("button.show-answer"));
        settle(button);
        button.click();
        wait.until(d -> "shown".equals(verdict(id)));
    }

    String focusedId() {
        return (String) script("return document.activeElement ? document.activeElement.id : null;");
    }

    WebElement paramRow(String paramId) {
        return driver.findElement(By.cssSelector("tr.param-change[data-param-id='" + paramId + "']"));
    }

    String newValue(String paramId) {
        return paramRow(paramId).findElement(By.cssSelector("td.new")).getText();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    void waitVisible(String id) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** No unexpected exception reached the page. */
    boolean healthy() {
        return hidden(byId("page-error"));
    }

    // ---- the exercise editor ----

    /** Opens the "Edit this exercise" panel if it is closed. */
    TutorPage openEditor() {
        if (!Boolean.TRUE.equals(script("return document.getElementById('editor-box').open;"))) {
            driver.findElement(By.cssSelector("#editor-box > summary")).click();
        }
        // The form is built when the box is first opened, on its toggle event, which a busy machine may deliver late.
        wait.until(d -> !d.findElements(By.cssSelector("#editor-form [data-path]")).isEmpty());
        return this;
    }

    /** An editor field by the exercise-file path it edits ("learningRate", "layers[1].weights[0][1]"). */
    WebElement editorField(String path) {
        return driver.findElement(By.cssSelector("#editor-form [data-path='" + path + "']"));
    }

    /** The editor field of a weight or bias by its parameter id ("W2.0.1", "b1.0"). */
    WebElement editorParam(String paramId) {
        return driver.findElement(By.cssSelector("#editor-form input[data-param='" + paramId + "']"));
    }

    /** Replaces a field's text and leaves the field with Tab, which is when an edit is judged. */
    void edit(WebElement field, String text) {
        field.clear();
        field.sendKeys(text + Keys.TAB);
    }

    /** The message beside a field, found through its aria-describedby; empty when there is none. */
    String fieldError(WebElement field) {
        String id = field.getAttribute("aria-describedby");
        return id == null || id.isEmpty() ? "" : byId(id).getText();
    }

    void applyEdits() {
        byId("editor-apply").click();
    }

    /** What document.activeElement carries in the given attribute. */
    String focusedAttribute(String name) {
        return (String) script("var e=document.activeElement;return e?e.getAttribute(arguments[0]):null;", name);
    }
}

package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The after-each guards of {@link BrowserSession} are what make every browser test fail on a console
 * error, an uncaught error or a network request; these tests show that the guards see each of them, in
 * every engine, so a silent guard cannot let the other tests pass vacuously.
 */
@Tag("cross-engine")
class GuardsIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    /** Waits until the guards report a problem containing {@code probe}, then takes the report (so the after-each check passes). */
    private static List<String> caught(TutorPage page, String probe) {
        page.waiting().until(d -> browser.peekProblems().stream().anyMatch(p -> p.contains(probe)));
        return browser.problems();
    }

    @Test
    void aConsoleErrorIsCaught() {
        TutorPage page = new TutorPage(browser).open();
        page.script("console.error('guard probe');");
        List<String> problems = caught(page, "guard probe");
        assertTrue(problems.stream().anyMatch(p -> p.contains("console") && p.contains("guard probe")), problems.toString());
    }

    @Test
    void anUncaughtExceptionIsCaught() {
        TutorPage page = new TutorPage(browser).open();
        page.script("setTimeout(function(){ throw new Error('guard throw'); }, 0);");
        List<String> problems = caught(page, "guard throw");
        assertTrue(problems.stream().anyMatch(p -> p.contains("guard throw")), problems.toString());
    }

    /** The broken page the issue asks for: a click handler that throws, clicked as a student would. */
    @Test
    void aThrowInAClickHandlerIsCaught() {
        TutorPage page = new TutorPage(browser).open();
        page.script("document.getElementById('exercise-title').addEventListener('click', function () {"
                + " throw new Error('broken click handler'); });");
        page.byId("exercise-title").click();
        List<String> problems = caught(page, "broken click handler");
        assertTrue(problems.stream().anyMatch(p -> p.contains("broken click handler")), problems.toString());
    }

    @Test
    void aNetworkRequestIsCaught() {
        TutorPage page = new TutorPage(browser).open();
        // A made-up host under .invalid (RFC 2606) never resolves, so the probe leaves the machine at most as a DNS miss.
        page.script("var i = new Image(); i.onload = i.onerror = function () { window.__probeDone = true; };"
                + "i.src = 'http://guard-probe.invalid/x.png'; document.body.appendChild(i);");
        // Until the image has failed, the in-page guard may still add its own report of it (WebKit, Firefox).
        page.waiting().until(d -> Boolean.TRUE.equals(page.script("return window.__probeDone === true;")));
        List<String> problems = caught(page, "guard-probe.invalid");
        // The page's Content-Security-Policy may stop the request before it is made; then the refusal is what the
        // guard reports. Either way the attempt fails the test.
        assertTrue(problems.stream().anyMatch(p -> (p.startsWith("network request") || p.startsWith("content security policy refused"))
                && p.contains("guard-probe.invalid")), problems.toString());
    }
}

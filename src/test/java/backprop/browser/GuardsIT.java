package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The after-each guards of {@link BrowserSession} are what make every browser test fail on a console
 * error or a network request; these tests show that the guards see both, so a silent guard cannot
 * let the other tests pass vacuously.
 */
class GuardsIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Test
    void aConsoleErrorIsCaught() {
        TutorPage page = new TutorPage(browser).open();
        page.script("console.error('guard probe');");
        List<String> problems = browser.problems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("console error") && p.contains("guard probe")), problems.toString());
    }

    @Test
    void anUncaughtExceptionIsCaught() {
        TutorPage page = new TutorPage(browser).open();
        page.script("setTimeout(function(){ throw new Error('guard throw'); }, 0);");
        page.waiting().until(d -> !browser.peekProblems().isEmpty());
        List<String> problems = browser.problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains("guard throw")), problems.toString());
    }

    @Test
    void aNetworkRequestIsCaught() {
        TutorPage page = new TutorPage(browser).open();
        // A made-up host under .invalid (RFC 2606) never resolves, so the probe leaves the machine at most as a DNS miss.
        page.script("var i = new Image(); i.src = 'http://guard-probe.invalid/x.png'; document.body.appendChild(i);");
        page.waiting().until(d -> !browser.peekProblems().isEmpty());
        List<String> problems = browser.problems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("network request") && p.contains("guard-probe.invalid")), problems.toString());
    }
}

package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * axe-core's WCAG 2.x A/AA rules on the page in the states a student sees: fresh, mid-exercise with a
 * wrong answer, its hint and worked product open, finished with the update table, and with the generator's
 * choices open and its messages shown. The rules run
 * inside the test browser from the axe jar; nothing is fetched.
 */
class AccessibilityIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static void assertNoViolations(String state) {
        Results r = browser.axe().withTags(TAGS).analyze(browser.driver());
        List<Rule> v = r.getViolations();
        String report = v.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n  "));
        assertTrue(v.isEmpty(), state + ": " + v.size() + " accessibility violation(s):\n  " + report);
        // axe logs nothing on success; anything it left in the console would otherwise fail the test in the after-each guard.
    }

    @Tag("cross-engine")
    @Test
    void freshPage() {
        new TutorPage(browser).open();
        assertNoViolations("fresh page");
    }

    @Tag("cross-engine")
    @Test
    void midExerciseWithAWrongAnswer() {
        TutorPage page = new TutorPage(browser).open();
        page.answer("yhat.0", "1");
        page.answer("z2.0", "-1");
        page.answer("W2.0.1", "x");
        page.showAnswer("b2.0");
        assertNoViolations("mid-exercise");
    }

    @Tag("cross-engine")
    @Test
    void finishedWithTheUpdate() {
        TutorPage page = new TutorPage(browser).open();
        page.showAll();
        page.waitVisible("update");
        assertNoViolations("update shown");
    }

    @Test
    void generatorChoicesOpenWithMessages() {
        TutorPage page = new TutorPage(browser).open("seed=zz");
        page.waitVisible("link-error");
        page.byId("gen-choices").findElement(org.openqa.selenium.By.tagName("summary")).click();
        page.byId("gen-sizes").clear();
        page.byId("gen-sizes").sendKeys("2-0-1");
        page.byId("new-exercise").click();
        page.waitVisible("gen-error");
        assertNoViolations("generator choices open, link and generator messages shown");
    }
}

package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.backward.Cell;
import backprop.generate.ExerciseGenerator;
import backprop.generate.GeneratorOptions;
import backprop.generate.StudentSeed;
import backprop.model.Exercise;
import backprop.notation.Num;
import backprop.session.AttemptFile;
import backprop.session.Tally;
import backprop.solve.Solution;
import backprop.solve.Solver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Course use in a real browser: a class link gives each student id its own exercise, and "Download my attempt". */
class CourseIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    private static final String OPTS = "2-3-1,relu,linear,half-sum-squared,bias,noskip,nice,nodead,lr=0.1";

    private static String hashOf(TutorPage page) {
        String h = (String) page.script("return location.hash;");
        return h.startsWith("#") ? h.substring(1) : h;
    }

    /**
     * The same id gives the same exercise in the page as on the JVM: the class link asks for the id, and the exercise
     * it opens is ExerciseGenerator.generate(StudentSeed.of(class, id), options) — its title, its seed and the value of
     * its first cell. A blank id is refused in the form.
     */
    @Test
    void aClassLinkOpensTheStudentsOwnExercise() {
        GeneratorOptions o = GeneratorOptions.parse(OPTS);
        TutorPage page = new TutorPage(browser).open("seed-from=nn-week3&opts=" + OPTS);
        WebElement form = page.byId("class-form");
        assertFalse(page.hidden(form), "the page asks for the student's id");
        assertEquals("nn-week3", page.text("class-name"));
        assertEquals("seed-from=nn-week3&opts=" + OPTS, hashOf(page), "the address stays the class link while it asks");

        WebElement id = page.byId("class-id");
        id.sendKeys("   " + Keys.ENTER);
        page.waiting().until(d -> !page.hidden(page.byId("class-error")));
        assertTrue(page.text("class-error").contains("the student id is empty"), page.text("class-error"));
        assertEquals("true", id.getAttribute("aria-invalid"));
        // axe's WCAG 2.1 A/AA rules with the form and its message on screen
        java.util.List<com.deque.html.axecore.results.Rule> v = browser.axe()
                .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser.driver()).getViolations();
        assertTrue(v.isEmpty(), v.stream().map(x -> x.getId() + ": " + x.getHelp()).toList().toString());

        id.clear();
        id.sendKeys("S123" + Keys.ENTER);
        page.waiting().until(d -> "generated".equals(page.selected()));
        long seed = StudentSeed.of("nn-week3", "S123");
        // StudentSeedTest's independent FNV-1a of ("nn-week3", "S123 ")
        assertEquals(2625642051019574L, seed);
        Exercise jvm = ExerciseGenerator.generate(seed, o);
        Solution sol = Solver.solve(jvm);
        assertEquals(jvm.title(), page.text("exercise-title"));
        assertEquals(String.valueOf(seed), page.byId("seed").getAttribute("value"));
        assertTrue(page.hidden(form), "the form goes once the exercise is open");
        assertEquals("seed-from=nn-week3&id=s123&opts=" + OPTS, hashOf(page));
        Cell first = sol.sheet().asked().get(0);
        page.showAnswer(first.id());
        assertEquals(Num.format(first.value()), page.input(first.id()).getAttribute("value"));

        // A reload keeps the student's exercise; the same id typed in another case gives the same one.
        page.reload();
        assertEquals(jvm.title(), page.text("exercise-title"));
        page.script("localStorage.clear();");
        page.open("seed-from=nn-week3&opts=" + OPTS);
        page.byId("class-id").sendKeys(" s123 " + Keys.ENTER);
        page.waiting().until(d -> "generated".equals(page.selected()));
        assertEquals(jvm.title(), page.text("exercise-title"));
        assertTrue(page.healthy());
    }

    /** Worksheet 004: 3 for δ⁽²⁾ (it is −1), then −1 (after feedback), −1 for ∂L/∂ŷ = ŷ − y = 0.5 − 1.5 (first try). */
    @Test
    void theDownloadedAttemptIsReGradedTheSameOnTheJvm() throws Exception {
        TutorPage page = new TutorPage(browser).open("preset=004-relu-231");
        page.script("localStorage.clear();");
        page.open("preset=004-relu-231");
        page.answer("z2.0", "3");
        page.answer("z2.0", "-1");
        page.answer("yhat.0", "-1");
        page.byId("student-id").sendKeys("Ada (s123)");
        WebElement link = page.byId("download-attempt");
        link.click();
        page.waiting().until(d -> link.getAttribute("href").startsWith("blob:"));
        assertTrue(link.getAttribute("download").endsWith("-attempt.json"), link.getAttribute("download"));
        Object text = ((JavascriptExecutor) page.driver()).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('download-attempt').href).then(function (r) { return r.text(); })"
                + ".then(done, function (e) { done('fetch failed: ' + e); });");
        AttemptFile.Record r = AttemptFile.read((String) text);
        assertEquals("Ada (s123)", r.student());
        // Every text typed, in order (clearing a field to retype it is a step of its own, an empty answer)
        assertEquals(java.util.List.of("3", "-1", "-1"), r.log().steps().stream().map(x -> x.typed()).filter(t -> !t.isEmpty()).toList());
        AttemptFile.Regrade g = AttemptFile.regrade(r);
        assertFalse(g.tampered(), g.disagreements().toString());
        // 44 cells in 004 (8 forward values, L, 21 gradients, 13 updates, L′): 1 first try, 1 after feedback, 42 left
        assertEquals(new Tally(1, 1, 0, 0, 0, 42, 44), g.tally());
        assertTrue(page.healthy());
    }
}

package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import backprop.check.Checker;
import backprop.cli.Main;
import backprop.exercise.Presets;
import backprop.generate.ExerciseGenerator;
import backprop.generate.GeneratorOptions;
import backprop.generate.StudentSeed;
import backprop.session.Attempt;
import backprop.solve.Solver;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The SCORM package in a real SCORM 1.2 runtime: scorm-again's Scorm12API (3.4.3, checked in under
 * src/test/resources/scorm-again with its licence) plays the LMS in a harness page that opens the packaged tutor
 * in a frame, as an LMS does. Both are served from one http://127.0.0.1 origin: a file:// frame is of another
 * origin in Chromium, where the tutor could not reach window.parent.API, and an LMS serves its packages from its
 * own origin anyway. Chromium only: the runtime is the same JavaScript in every engine.
 *
 * <p>The guards are those of the other browser tests (console errors, uncaught errors, requests), with requests
 * to the local server allowed: nothing else may be asked for.
 */
class ScormIT {

    @TempDir
    static Path root;

    private static ChromiumBrowser browser;
    private static LocalServer server;
    private static WebDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        unzip(scorm("course", "--preset", "004-relu-231", "--mastery", "80"), root.resolve("course"));
        unzip(scorm("seeded", "--seeded", "2-3-1,relu,linear", "--course", "ML101"), root.resolve("seeded"));
        try (InputStream in = ScormIT.class.getResourceAsStream("/scorm-again/scorm12.min.js")) {
            Files.write(root.resolve("scorm12.min.js"), in.readAllBytes());
        }
        Files.writeString(root.resolve("harness.html"), """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>LMS harness</title><link rel="icon" href="data:,">
                <script src="scorm12.min.js"></script><script src="harness.js"></script></head>
                <body><iframe id="sco" title="lesson" width="1200" height="900"></iframe></body></html>
                """);
        // launch(): a fresh runtime with what the LMS kept (cmi JSON, or null for a first visit), then the lesson in the frame.
        Files.writeString(root.resolve("harness.js"), """
                window.calls = [];
                window.launch = function (course, cmi) {
                  window.calls = [];
                  window.API = new Scorm12API({ logLevel: 5, autocommit: false });
                  if (cmi) window.API.loadFromJSON(cmi);
                  window.sent = {};
                  ['LMSInitialize', 'LMSCommit', 'LMSFinish'].forEach(function (name) {
                    window.API.on(name, function () { window.calls.push(name); });
                  });
                  // cmi.core.exit is write-only in SCORM 1.2: what the lesson set is recorded as it is set.
                  window.API.on('LMSSetValue.cmi.*', function (element, value) { window.sent[element] = value; });
                  document.getElementById('sco').src = course + '/index.html';
                };
                """);
        server = new LocalServer(root);
        browser = new ChromiumBrowser();
        driver = browser.driver();
        wait = new WebDriverWait(driver, BrowserSession.WAIT);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    @AfterEach
    void guards() {
        driver.switchTo().defaultContent();
        server.assertNothingElse(browser);
    }

    /** The scorm command, in-process, as a user runs it; the zip it wrote. */
    private static Path scorm(String name, String... args) throws IOException {
        Path zip = root.resolve(name + ".zip");
        List<String> all = new ArrayList<>(List.of("scorm"));
        all.addAll(List.of(args));
        all.addAll(List.of("--out", zip.toString()));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(all.toArray(new String[0]), new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        if (code != 0) fail("scorm " + String.join(" ", args) + " failed: " + err.toString(StandardCharsets.UTF_8));
        return zip;
    }

    private static void unzip(Path zip, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) Files.write(dir.resolve(e.getName()), in.readAllBytes());
        }
    }

    private static Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Opens the harness, launches the lesson with what the LMS kept, and waits in the frame for the tutor. */
    private static void launch(String course, Map<String, Object> cmi) {
        driver.switchTo().defaultContent();
        driver.get(server.url("harness.html"));
        script("launch(arguments[0], arguments[1]);", course, cmi);
        driver.switchTo().frame("sco");
        wait.until(d -> !d.findElements(By.cssSelector("#cell-list .cell")).isEmpty()
                && !d.findElement(By.id("boot-message")).isDisplayed());
        assertTrue(!driver.findElement(By.id("page-error")).isDisplayed(), driver.findElement(By.id("page-error")).getAttribute("textContent"));
    }

    private static WebElement cell(String id) {
        return driver.findElement(By.cssSelector(".cell[data-cell-id='" + id + "']"));
    }

    private static void answer(String id, String text) {
        WebElement in = cell(id).findElement(By.cssSelector(".answer"));
        in.clear();
        in.sendKeys(text + Keys.ENTER);
        wait.until(d -> !cell(id).findElement(By.cssSelector(".verdict")).getAttribute("data-verdict").isEmpty());
    }

    /** A value the runtime holds, read in the harness (after LMSFinish a SCO may no longer ask for it). */
    private static String lms(String path) {
        driver.switchTo().defaultContent();
        Object v = script("return String(window.API.cmi." + path + ");");
        driver.switchTo().frame("sco");
        return (String) v;
    }

    /** The last value the lesson set for a write-only element. */
    private static String sent(String element) {
        driver.switchTo().defaultContent();
        Object v = script("return window.sent[arguments[0]];", element);
        driver.switchTo().frame("sco");
        return (String) v;
    }

    @SuppressWarnings("unchecked")
    private static List<String> calls() {
        driver.switchTo().defaultContent();
        List<String> c = (List<String>) script("return window.calls.slice();");
        driver.switchTo().frame("sco");
        return c;
    }

    @Test
    void theRuntimeReceivesScoreStatusAndSuspendDataAndTheNextVisitResumes() {
        launch("course", null);
        wait.until(d -> "incomplete".equals(lms("core.lesson_status")));
        assertEquals("0", lms("core.score.raw"));
        assertEquals("0", lms("core.score.min"));
        assertEquals("100", lms("core.score.max"));
        assertTrue(driver.findElement(By.id("lms-status")).getAttribute("hidden") != null, "connected: nothing to say");

        answer("yhat.0", "-1");
        answer("z2.0", "3");
        answer("z2.0", "-1");
        cell("W2.0.0").findElement(By.cssSelector("button.show-answer")).click();
        wait.until(d -> "shown".equals(cell("W2.0.0").findElement(By.cssSelector(".verdict")).getAttribute("data-verdict")));
        answer("b2.0", "1");
        // Of worksheet 004's 44 cells: ŷ right first time, ∂L/∂z⁽²⁾ right after feedback (both credited), ∂L/∂W⁽²⁾₀₀
        // shown, ∂L/∂b⁽²⁾ wrong: 2/44 = 4.5454… → 4.55.
        wait.until(d -> "4.55".equals(lms("core.score.raw")));
        assertEquals("incomplete", lms("core.lesson_status"));
        assertEquals("suspend", sent("cmi.core.exit"));
        String kept = lms("suspend_data");
        assertTrue(kept.length() <= 4096, kept);
        assertTrue(kept.startsWith("b1") && kept.endsWith("9=2:-1a*2:-1b~e*1:1"), kept);
        List<String> calls = calls();
        assertEquals("LMSInitialize", calls.get(0));
        assertTrue(calls.stream().filter("LMSCommit"::equals).count() >= 5, "a commit after each verdict: " + calls);

        // Leaving the lesson (the LMS closes the frame) finishes it.
        driver.switchTo().defaultContent();
        script("document.getElementById('sco').src = 'about:blank';");
        wait.until(d -> ((List<?>) script("return window.calls;")).contains("LMSFinish"));
        driver.switchTo().frame("sco");
        assertTrue(sent("cmi.core.session_time").matches("\\d\\d:\\d\\d:\\d\\d"), sent("cmi.core.session_time"));
        driver.switchTo().defaultContent();

        // The next visit, in a browser that kept nothing: the LMS hands back what it kept.
        script("localStorage.clear();");
        launch("course", Map.of("core", Map.of("student_id", "s123", "entry", "resume"), "suspend_data", kept));
        assertEquals("-1", cell("yhat.0").findElement(By.cssSelector(".answer")).getAttribute("value"));
        assertEquals("first-try", cell("yhat.0").getAttribute("data-outcome"));
        assertEquals("after-feedback", cell("z2.0").getAttribute("data-outcome"));
        assertEquals("shown", cell("W2.0.0").getAttribute("data-outcome"));
        assertEquals("wrong", cell("b2.0").getAttribute("data-outcome"));
        assertEquals("4.55", lms("core.score.raw"));
        assertEquals("1", driver.findElement(By.id("score")).getAttribute("data-first-try"));
    }

    @Test
    void showingEveryAnswerEarnsNothingAndFailsTheMasteryScore() {
        launch("course", null);
        script("window.confirm = function () { return true; };");
        driver.findElement(By.id("show-all")).click();
        // Every cell settled, none earned: 0 of 100, below the package's mastery score of 80.
        wait.until(d -> "failed".equals(lms("core.lesson_status")));
        assertEquals("0", lms("core.score.raw"));
        assertEquals("", sent("cmi.core.exit"), "a finished lesson ends normally");
    }

    @Test
    void everyCellRightFirstTimePasses() {
        launch("course", null);
        Attempt jvm = new Attempt(new Checker(Solver.solve(Presets.byId("004-relu-231").exercise())));
        for (int i = 0; i < jvm.size(); i++) answer(jvm.id(i), jvm.rightAnswer(i));
        wait.until(d -> "passed".equals(lms("core.lesson_status")));
        assertEquals("100", lms("core.score.raw"));
    }

    @Test
    void aSeededPackageGivesTheStudentTheExerciseOfTheirIdAsTheJvmMakesIt() {
        launch("seeded", Map.of("core", Map.of("student_id", "S123")));
        String expected = ExerciseGenerator.generate(StudentSeed.of("ML101", "s123"), GeneratorOptions.parse("2-3-1,relu,linear")).title();
        assertEquals(expected, driver.findElement(By.id("exercise-title")).getText());
        assertEquals("incomplete", lms("core.lesson_status"));
    }

    @Test
    void withoutAnLmsThePackagedPageWorksAndSaysItIsNotConnected() {
        driver.switchTo().defaultContent();
        driver.get(server.url("course/index.html"));
        // Opened on its own the page keeps its work in this browser: start from none.
        script("localStorage.clear();");
        driver.navigate().refresh();
        wait.until(d -> !d.findElements(By.cssSelector("#cell-list .cell")).isEmpty());
        WebElement status = driver.findElement(By.id("lms-status"));
        assertTrue(status.isDisplayed());
        assertTrue(status.getText().startsWith("Not connected to a course"), status.getText());
        answer("yhat.0", "-1");
        assertEquals("first-try", cell("yhat.0").getAttribute("data-outcome"));
        // The message is part of the page a student reads: axe's WCAG 2.1 A/AA rules hold with it shown.
        List<Rule> violations = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver).getViolations();
        assertTrue(violations.isEmpty(), violations.stream().map(Rule::getId).collect(Collectors.joining(", ")));
    }

    @Test
    void aPackageWhoseSettingsCannotBeReadWorksAsThePlainTutorAndSaysSo() {
        server.override("/course/scorm-config.js", "window.backpropScorm = 5;\n".getBytes(StandardCharsets.UTF_8));
        try {
            launch("course", null);
            WebElement status = driver.findElement(By.id("lms-status"));
            assertTrue(status.isDisplayed());
            assertTrue(status.getText().startsWith("This package's settings (scorm-config.js) are missing or cannot be read"), status.getText());
            assertEquals(List.of(), calls(), "nothing is said to the LMS");
        } finally {
            server.restore("/course/scorm-config.js");
        }
    }
}

package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The modules the page loads on demand arriving late, as over a slow network: the student has moved on by the time
 * symbolic.js or editor.js is there. The site is served over loopback http so that a module's answer can be held
 * back exactly as long as the test needs ({@link LocalServer#hold}), and with a service worker that caches nothing.
 * Chromium only.
 */
class LateModuleIT {

    private static ChromiumBrowser browser;
    private static LocalServer server;
    private static WebDriver driver;
    private static WebDriverWait wait;
    private static String dir;

    @BeforeAll
    static void start() throws Exception {
        Path site = Paths.get(System.getProperty("site.dir", "target/site")).toAbsolutePath();
        server = new LocalServer(site.getParent());
        dir = site.getFileName() + "/";
        // A worker that caches nothing: the site's own would serve the modules from its cache, past the hold.
        server.override("/" + dir + "sw.js", "/* no offline copy in this test */\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
        server.assertNothingElse(browser);
    }

    private static Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    /** Opens a worksheet with nothing asked as an expression (001), so that the page's load waits for no module. */
    private static void openPlain() {
        // A new document each time: from the last test's page an address that differs only after '#' would not load one.
        driver.get("about:blank");
        driver.get(server.url(dir + "index.html") + "#preset=001-sigmoid-bce");
        script("localStorage.clear();");
        wait.until(d -> !d.findElements(By.cssSelector("#cell-list .cell")).isEmpty() && !d.findElement(By.id("boot-message")).isDisplayed());
    }

    private static void choose(String preset, String titleStart) {
        new Select(driver.findElement(By.id("exercise-select"))).selectByValue(preset);
        wait.until(d -> d.findElement(By.id("exercise-title")).getText().startsWith(titleStart));
    }

    /** Two turns of the event loop, in which a script's load handler runs once the script has. */
    private static void settle() {
        ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "setTimeout(function () { setTimeout(function () { done(true); }, 50); }, 50);");
    }

    /**
     * Worksheet 004 asks z2.0, z1.1 and W1.1.1 as expressions; the student goes on to 001 before the checker has
     * loaded. When it arrives it draws nothing among 001's cells (before the fix it drew 004's fields there, judged
     * against 004's numbers); back on 004 its fields are there.
     */
    @Test
    void expressionFieldsThatArriveLateStayWithTheirExercise() {
        openPlain();
        server.hold("/" + dir + "symbolic.js");
        choose("004-relu-231", "Worksheet 004");
        wait.until(d -> !d.findElements(By.cssSelector("#expr-status[data-verdict='loading']")).isEmpty());
        choose("001-sigmoid-bce", "Worksheet 001");
        server.release("/" + dir + "symbolic.js");
        wait.until(d -> Boolean.TRUE.equals(script("return !!window.backpropSymbolic;")));
        settle();
        assertEquals(0L, script("return document.querySelectorAll('#cell-list .expr-cell').length;"), "no expression field on 001");
        assertTrue(driver.findElements(By.id("expr-status")).isEmpty(), "no expression status line on 001");

        choose("004-relu-231", "Worksheet 004");
        wait.until(d -> d.findElements(By.cssSelector("#cell-list .expr-cell")).size() == 3);
    }

    /** The editor box is opened on 004 and the student picks 002 while editor.js loads: the form shows 002. */
    @Test
    void anEditorThatArrivesLateShowsTheExerciseOnScreen() {
        openPlain();
        choose("004-relu-231", "Worksheet 004");
        server.hold("/" + dir + "editor.js");
        driver.findElement(By.cssSelector("#editor-box > summary")).click();
        wait.until(d -> d.findElement(By.id("editor-status")).getText().equals("The editor is loading…"));
        choose("002-scalar-chain", "Worksheet 002");
        server.release("/" + dir + "editor.js");
        wait.until(d -> !d.findElements(By.cssSelector("#editor-form [data-path='title']")).isEmpty());
        String title = driver.findElement(By.cssSelector("#editor-form [data-path='title']")).getAttribute("value");
        assertTrue(title.startsWith("Worksheet 002"), title);
        assertEquals("", driver.findElement(By.id("editor-status")).getText(), "the loading line is gone");
        assertTrue(driver.findElement(By.id("editor-message")).getText().isEmpty(), driver.findElement(By.id("editor-message")).getText());
    }


    /**
     * "New random exercise" is pressed while generator.js is still on its way, and the student picks 002 meanwhile:
     * the generated exercise, once the module arrives, does not replace 002. The next press opens one at once.
     */
    @Test
    void aGeneratorThatArrivesLateDoesNotReplaceWhatWasChosenMeanwhile() {
        openPlain();
        choose("004-relu-231", "Worksheet 004");
        server.hold("/" + dir + "generator.js");
        driver.findElement(By.id("new-exercise")).click();
        choose("002-scalar-chain", "Worksheet 002");
        server.release("/" + dir + "generator.js");
        wait.until(d -> Boolean.TRUE.equals(script("return !!window.backpropGenerator;")));
        settle();
        assertTrue(driver.findElement(By.id("exercise-title")).getText().startsWith("Worksheet 002"));
        driver.findElement(By.id("new-exercise")).click();
        wait.until(d -> !d.findElement(By.id("exercise-title")).getText().startsWith("Worksheet"));
        assertTrue(driver.findElement(By.id("page-error")).getText().isEmpty(), driver.findElement(By.id("page-error")).getText());
    }
}

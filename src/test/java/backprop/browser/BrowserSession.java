package backprop.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * One browser per test class, of the engine named by {@code -Dbrowser=chromium|firefox|webkit} (Chromium when
 * unset), opened on the built page from file://. After every test it fails the test if the page logged a console
 * error, raised an uncaught error, showed its page-error message or asked for anything over the network: the
 * tutor must work offline from a folder, so a single http(s) request is a bug even when the test passed.
 * How each engine's guards see this is up to its {@link Browser}; the tests are the same for all.
 * Register as a static field with {@code @RegisterExtension}.
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    /** Upper bound for every wait: generous for a slow CI machine, short enough that a broken page fails instead of hanging. */
    static final Duration WAIT = Duration.ofSeconds(15);

    private final Engine engine = Engine.fromProperty();
    private Browser browser;
    private final List<String> pending = new ArrayList<>();
    private Path siteDir;

    WebDriver driver() {
        return browser.driver();
    }

    Engine engine() {
        return engine;
    }

    /** The page's file:// address, with an optional hash (without the '#'). */
    String url(String hash) {
        String base = siteDir.resolve("index.html").toUri().toString();
        return hash == null ? base : base + "#" + hash;
    }

    Path siteDir() {
        return siteDir;
    }

    /** A copy of the site without one of its files (a partial copy, as a careless upload makes): its index.html. */
    URI siteWithout(String file) throws IOException {
        Path copy = Files.createTempDirectory("site-without-" + file.replace('.', '-'));
        try (Stream<Path> files = Files.list(siteDir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f) && !f.getFileName().toString().equals(file)) {
                    Files.copy(f, copy.resolve(f.getFileName()));
                }
            }
        }
        return copy.resolve("index.html").toUri();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        siteDir = Paths.get(System.getProperty("site.dir", "target/site")).toAbsolutePath();
        if (!Files.isRegularFile(siteDir.resolve("index.html")) || !Files.isRegularFile(siteDir.resolve("tutor.js"))) {
            fail("No built page in " + siteDir + ": run `mvn package` (the site is built in prepare-package) before the browser tests");
        }
        browser = start(engine);
        driver().manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // Async scripts are axe's runs: on the finished page WebKit took over 15 s when the two cores were busy.
        driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    private static Browser start(Engine engine) throws IOException {
        if (engine == Engine.FIREFOX) return new FirefoxBrowser();
        if (engine == Engine.WEBKIT) return new WebKitBrowser();
        return new ChromiumBrowser();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) browser.close();
        browser = null;
    }

    /** Every test starts from a clean browser: no saved progress, no leftover log lines. */
    @Override
    public void beforeEach(ExtensionContext context) {
        driver().get(url(null));
        ((JavascriptExecutor) driver()).executeScript("localStorage.clear();");
        drain();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> problems = problems();
        String shown = pageErrorShown();
        if (shown != null) problems.add("page error shown: " + shown);
        if (!problems.isEmpty()) fail("The page misbehaved during the test (" + engine.key() + "):\n  " + String.join("\n  ", problems));
    }

    /** The text of the page's own error message when it is shown, else null. */
    private String pageErrorShown() {
        try {
            List<WebElement> e = driver().findElements(By.id("page-error"));
            return !e.isEmpty() && e.get(0).isDisplayed() ? e.get(0).getAttribute("textContent") : null;
        } catch (WebDriverException e) {
            return null;
        }
    }

    /** Console errors, uncaught errors and non-local requests since the last call; each is reported once. */
    List<String> problems() {
        List<String> out = new ArrayList<>(pending);
        pending.clear();
        out.addAll(browser.read());
        return out;
    }

    /** The problems so far, kept for the after-each check; for waiting until a probe shows up. */
    List<String> peekProblems() {
        pending.addAll(browser.read());
        return List.copyOf(pending);
    }

    void drain() {
        browser.read();
        pending.clear();
    }

    /** The page's pixels in a rectangle of CSS pixels of the document (PNG), however the engine takes them. */
    byte[] screenshot(long x, long y, long width, long height) {
        return browser.screenshot(x, y, width, height);
    }

    /**
     * An axe-core run for this engine. axe normally opens a blank window to reach cross-origin frames; MiniBrowser
     * under WebKitWebDriver cannot switch to it, so WebKit runs axe in the page alone (legacy mode), which for
     * this page (no frames) checks the same rules on the same nodes.
     */
    AxeBuilder axe() {
        AxeBuilder axe = new AxeBuilder();
        if (engine == Engine.WEBKIT) axe.setLegacyMode(true);
        return axe;
    }

    /** What a page opened from a folder may load: its own files and inline data. */
    static boolean isLocal(String url) {
        return url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:");
    }
}

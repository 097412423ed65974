package backprop.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Chromium per test class, opened on the built page from file://. After every test it
 * fails the test if the page logged a console error or asked for anything over the network: the tutor
 * must work offline from a folder, so a single http(s) request is a bug even when the test passed.
 * Register as a static field with {@code @RegisterExtension}.
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    /** Upper bound for every wait: generous for a slow CI machine, short enough that a broken page fails instead of hanging. */
    static final Duration WAIT = Duration.ofSeconds(15);

    private ChromeDriver driver;
    private final List<String> pending = new ArrayList<>();
    private Path siteDir;

    ChromeDriver driver() {
        return driver;
    }

    /** The page's file:// address, with an optional hash (without the '#'). */
    String url(String hash) {
        String base = siteDir.resolve("index.html").toUri().toString();
        return hash == null ? base : base + "#" + hash;
    }

    Path siteDir() {
        return siteDir;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        siteDir = Paths.get(System.getProperty("site.dir", "target/site")).toAbsolutePath();
        if (!Files.isRegularFile(siteDir.resolve("index.html")) || !Files.isRegularFile(siteDir.resolve("tutor.js"))) {
            fail("No built page in " + siteDir + ": run `mvn package` (the site is built in prepare-package) before the browser tests");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .withTimeout(WAIT)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--allow-file-access-from-files");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // Download buttons save into target/, not the user's Downloads folder.
        Path downloads = Paths.get("target", "browser-downloads").toAbsolutePath();
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) driver.quit();
        driver = null;
    }

    /** Every test starts from a clean browser: no saved progress, no leftover log lines. */
    @Override
    public void beforeEach(ExtensionContext context) {
        driver.get(url(null));
        ((JavascriptExecutor) driver).executeScript("localStorage.clear();");
        drain();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> problems = problems();
        if (!problems.isEmpty()) fail("The page misbehaved during the test:\n  " + String.join("\n  ", problems));
    }

    /** Console errors and non-local requests since the last call; the browser's logs are emptied by reading. */
    List<String> problems() {
        List<String> out = new ArrayList<>(pending);
        pending.clear();
        out.addAll(read());
        return out;
    }

    /** The problems so far, kept for the after-each check; for waiting until a probe shows up. */
    List<String> peekProblems() {
        pending.addAll(read());
        return List.copyOf(pending);
    }

    void drain() {
        read();
        pending.clear();
    }

    private List<String> read() {
        List<String> out = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) out.add("console error: " + e.getMessage());
        }
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String url = requestedUrl(e.getMessage());
            if (url != null && !isLocal(url)) out.add("network request: " + url);
        }
        return out;
    }

    /** The URL of a Network.requestWillBeSent event in a performance-log line, else null. */
    static String requestedUrl(String logLine) {
        JsonValue root = Json.parse(logLine);
        JsonObject message = root.asObject().get("message").asObject();
        if (!"Network.requestWillBeSent".equals(message.getString("method", ""))) return null;
        return message.get("params").asObject().get("request").asObject().getString("url", "?");
    }

    /** What a page opened from a folder may load: its own files and inline data. */
    static boolean isLocal(String url) {
        return url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:");
    }
}

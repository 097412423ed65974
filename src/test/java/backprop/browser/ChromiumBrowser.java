package backprop.browser;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium through Debian's chromedriver. Its guards are the driver's own: console errors and uncaught
 * errors (load-time ones too) from the browser log, every request from the performance log.
 */
final class ChromiumBrowser implements Browser {

    private final ChromeDriver driver;

    ChromiumBrowser() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .withTimeout(BrowserSession.WAIT)
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
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        driver = new ChromeDriver(service, options);
    }

    @Override
    public WebDriver driver() {
        return driver;
    }

    @Override
    public List<String> read() {
        List<String> out = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) out.add("console error: " + e.getMessage());
        }
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String url = requestedUrl(e.getMessage());
            if (url != null && !BrowserSession.isLocal(url)) out.add("network request: " + url);
        }
        return out;
    }

    /** The page's pixels in a rectangle of CSS pixels, whether or not it is inside the window. */
    @Override
    public byte[] screenshot(long x, long y, long width, long height) {
        Map<String, Object> clip = new HashMap<>();
        clip.put("x", x);
        clip.put("y", y);
        clip.put("width", width);
        clip.put("height", height);
        clip.put("scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "clip", clip));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** The URL of a Network.requestWillBeSent event in a performance-log line, else null. */
    static String requestedUrl(String logLine) {
        JsonValue root = Json.parse(logLine);
        JsonObject message = root.asObject().get("message").asObject();
        if (!"Network.requestWillBeSent".equals(message.getString("method", ""))) return null;
        return message.get("params").asObject().get("request").asObject().getString("url", "?");
    }

    @Override
    public void close() {
        driver.quit();
    }
}

package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The service worker, as on GitHub Pages: the built site served over http://127.0.0.1 registers sw.js, which
 * caches the three files under a name carrying their hash; with the server gone the page still loads and works;
 * a new build's worker replaces the old cache. Chromium only (headless Chromium runs service workers on loopback
 * http, a secure context).
 */
class OfflineIT {

    private static ChromiumBrowser browser;
    private static LocalServer server;
    private static WebDriver driver;
    private static WebDriverWait wait;
    private static Path site;

    @BeforeAll
    static void start() throws Exception {
        site = Paths.get(System.getProperty("site.dir", "target/site")).toAbsolutePath();
        server = new LocalServer(site.getParent());
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

    private static Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    private static Object async(String js) {
        return ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];" + js);
    }

    private static void ready() {
        wait.until(d -> !d.findElements(By.cssSelector("#cell-list .cell")).isEmpty() && !d.findElement(By.id("boot-message")).isDisplayed());
    }

    @SuppressWarnings("unchecked")
    private static List<String> caches() {
        return (List<String>) async("caches.keys().then(done, function (e) { done(['failed: ' + e]); });");
    }

    @Test
    void theSiteIsCachedUnderItsHashAndLoadsWithTheServerGone() throws Exception {
        String sw = Files.readString(site.resolve("sw.js"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("var CACHE = PREFIX \\+ '([0-9a-f]{12})';").matcher(sw);
        assertTrue(m.find(), "the build wrote the hash into sw.js: " + sw);
        String version = m.group(1);
        String scope = server.url(site.getFileName() + "/");

        driver.get(scope + "index.html");
        ready();
        // Registered, installed (the site's files, the expression checker with them, and the folder's address cached), active, and in control after a reload.
        async("navigator.serviceWorker.ready.then(function () { done(true); });");
        driver.navigate().refresh();
        ready();
        wait.until(d -> Boolean.TRUE.equals(script("return !!navigator.serviceWorker.controller;")));
        String cache = "backprop-tutor " + scope + " " + version;
        assertEquals(List.of(cache), caches());
        @SuppressWarnings("unchecked")
        List<String> cached = (List<String>) async("caches.open('" + cache + "').then(function (c) { return c.keys(); })"
                + ".then(function (keys) { done(keys.map(function (r) { return r.url; }).sort()); });");
        assertEquals(List.of(scope, scope + "editor.js", scope + "generator.js", scope + "index.html", scope + "style.css", scope + "symbolic.js", scope + "tutor.js"), cached);

        // A new build: its sw.js names another cache; the new worker takes over and the old cache goes.
        String next = "ffffffffffff".equals(version) ? "eeeeeeeeeeee" : "ffffffffffff";
        server.override("/" + site.getFileName() + "/sw.js", sw.replace(version, next).getBytes(StandardCharsets.UTF_8));
        async("navigator.serviceWorker.getRegistration().then(function (r) { return r.update(); }).then(function () { done(true); },"
                + " function (e) { done('update failed: ' + e); });");
        String nextCache = "backprop-tutor " + scope + " " + next;
        wait.until(d -> List.of(nextCache).equals(caches()));

        // Offline: the server is gone; the page comes from the cache and works.
        server.close();
        driver.navigate().refresh();
        ready();
        driver.findElement(By.cssSelector(".cell[data-cell-id='yhat.0'] .answer")).sendKeys("-1\n");
        wait.until(d -> "correct".equals(d.findElement(By.cssSelector(".cell[data-cell-id='yhat.0'] .verdict")).getAttribute("data-verdict")));
        assertTrue(!driver.findElement(By.id("page-error")).isDisplayed());
    }
}

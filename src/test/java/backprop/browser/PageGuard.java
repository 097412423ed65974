package backprop.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * The guard for engines whose driver cannot hand over the page's console: a script in the page that records
 * uncaught errors (the window's error event, which is what onerror sees, and failed resource loads),
 * unhandled promise rejections and console.error calls. The decorated driver reads it, and installs it
 * again in each new document, after every step of a test (a navigation, a click, typed keys, a script), and
 * reads the old document before each navigation leaves it. What it cannot see: an error before the first
 * read of a fresh document, that is during the page's start-up; {@link TutorPage#ready()} covers that
 * through the page's own state (boot-message never hidden, or page-error shown).
 * Public because Selenium calls the listener's methods by reflection.
 */
public final class PageGuard implements WebDriverListener {

    /** Installs the guard when the document has none, and returns what it recorded since the last read. */
    static final String READ = "var g = window.__bptGuard;"
            + "if (!g) {"
            + "  g = window.__bptGuard = [];"
            + "  var text = function (v) { try { return v instanceof Error ? v.name + ': ' + v.message : String(v); } catch (e) { return '?'; } };"
            + "  window.addEventListener('error', function (e) {"
            + "    if (e.target && e.target !== window && (e.target.src || e.target.href)) g.push('resource failed: ' + (e.target.src || e.target.href));"
            + "    else g.push('uncaught error: ' + (e.error ? text(e.error) : e.message) + (e.filename ? ' at ' + e.filename + ':' + e.lineno : ''));"
            + "  }, true);"
            + "  window.addEventListener('unhandledrejection', function (e) { g.push('unhandled rejection: ' + text(e.reason)); });"
            // The page's strict Content-Security-Policy: anything it refuses is a page bug, in every engine.
            + "  document.addEventListener('securitypolicyviolation', function (e) {"
            + "    g.push('content security policy refused ' + e.violatedDirective + ': ' + (e.blockedURI || 'inline'));"
            + "  });"
            + "  var original = console.error;"
            + "  console.error = function () {"
            + "    g.push('console error: ' + Array.prototype.map.call(arguments, text).join(' '));"
            + "    return original.apply(console, arguments);"
            + "  };"
            + "}"
            + "return g.splice(0, g.length);";

    private final WebDriver raw;
    private final Consumer<String> sink;

    private PageGuard(WebDriver raw, Consumer<String> sink) {
        this.raw = raw;
        this.sink = sink;
    }

    /** The driver the tests use: every step of it also reads the guard into {@code sink}. */
    static WebDriver guard(WebDriver raw, Consumer<String> sink) {
        return new EventFiringDecorator<>(new PageGuard(raw, sink)).decorate(raw);
    }

    /** Reads the guard of the current document now (installing it if needed); for the end of a test. */
    static List<String> read(WebDriver raw) {
        List<String> out = new ArrayList<>();
        try {
            Object r = ((JavascriptExecutor) raw).executeScript(READ);
            if (r instanceof List<?> list) for (Object o : list) out.add(String.valueOf(o));
        } catch (WebDriverException e) {
            // An open dialog or a document still loading: the next step reads again.
        }
        return out;
    }

    private void step() {
        read(raw).forEach(sink);
    }

    @Override public void beforeGet(WebDriver driver, String url) { step(); }
    @Override public void afterGet(WebDriver driver, String url) { step(); }
    @Override public void beforeAnyNavigationCall(WebDriver.Navigation navigation, java.lang.reflect.Method method, Object[] args) { step(); }
    @Override public void afterAnyNavigationCall(WebDriver.Navigation navigation, java.lang.reflect.Method method, Object[] args, Object result) { step(); }
    @Override public void afterClick(WebElement element) { step(); }
    @Override public void afterSendKeys(WebElement element, CharSequence... keys) { step(); }
    @Override public void afterClear(WebElement element) { step(); }
    @Override public void afterSubmit(WebElement element) { step(); }
    @Override public void afterExecuteScript(WebDriver driver, String script, Object[] args, Object result) { step(); }
    @Override public void afterExecuteAsyncScript(WebDriver driver, String script, Object[] args, Object result) { step(); }
}

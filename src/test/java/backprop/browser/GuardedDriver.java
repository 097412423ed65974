package backprop.browser;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebDriver;

/**
 * A driver wrapped in the in-page {@link PageGuard}, and what the guard has reported: for the engines whose
 * driver cannot hand over the page's console (Firefox besides its log, WebKit alone).
 */
final class GuardedDriver {

    private final WebDriver raw;
    private final WebDriver driver;
    private final List<String> seen = new ArrayList<>();

    GuardedDriver(WebDriver raw) {
        this.raw = raw;
        this.driver = PageGuard.guard(raw, this::note);
    }

    private synchronized void note(String problem) {
        seen.add(problem);
    }

    WebDriver driver() {
        return driver;
    }

    /** What the guard reported since the last call, with what the document on screen still holds. */
    synchronized List<String> read() {
        PageGuard.read(raw).forEach(this::note);
        List<String> out = new ArrayList<>(seen);
        seen.clear();
        return out;
    }
}

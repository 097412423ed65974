package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storage that fails, files past the limits and hostile links, as the page meets them: every failure is said where
 * the student looks, and nothing the student did is lost without a word. Figures are printed, not asserted: speed
 * belongs to the benchmark.
 */
class HardeningIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @TempDir
    Path dir;

    private String file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p.toString();
    }

    /** Makes localStorage throw on the given methods from now on, as a blocked or full storage does. */
    private static void breakStorage(TutorPage page, String... methods) {
        for (String m : methods) {
            page.script("Storage.prototype." + m + " = function () { throw new DOMException('blocked', 'SecurityError'); };");
        }
    }

    @Test
    void aWriteThatFailsIsSaidBesideTheScoreAndInTheFooter() {
        TutorPage page = new TutorPage(browser).open();
        assertTrue(page.hidden(page.byId("save-problem")));
        breakStorage(page, "setItem");
        page.answer("yhat.0", "-1");
        page.waiting().until(d -> !page.hidden(page.byId("save-problem")));
        assertTrue(page.text("save-problem").startsWith("Your answers can't be saved in this browser"), page.text("save-problem"));
        assertTrue(page.text("storage-promise").contains("not being kept"), page.text("storage-promise"));
        assertEquals("correct", page.verdict("yhat.0"), "the answer is judged all the same");
    }

    @Test
    void storageThatThrowsOnReadingAndRemovingIsSaidToo() {
        TutorPage page = new TutorPage(browser).open();
        page.answer("yhat.0", "-1");
        breakStorage(page, "getItem", "removeItem");
        page.choose("003-skip-connection");
        page.waiting().until(d -> !page.hidden(page.byId("save-problem")));
        assertTrue(page.healthy());
    }

    @Test
    void aFullStorageNeverSwapsTheExerciseOnReload() throws IOException {
        TutorPage page = new TutorPage(browser).open();
        page.byId("file-input").sendKeys(file("a.json", exercise("File A", 0)));
        page.waiting().until(d -> "file".equals(page.selected()));
        // Fill the origin's storage to the brim, as other pages opened from disk can.
        page.script("var big = new Array(100001).join('x'); var k = 0;"
                + "try { while (k < 1000) { localStorage.setItem('filler-' + k, big); k++; } } catch (e) {}"
                + "try { var small = new Array(1001).join('x'); while (true) { localStorage.setItem('filler-' + k, small); k++; } } catch (e) {}");
        page.byId("file-input").sendKeys(file("b.json", exercise("File B", 60_000)));
        page.waiting().until(d -> page.text("exercise-title").startsWith("File B"));
        page.answer(page.cellIds().get(0), "1");
        page.waiting().until(d -> !page.hidden(page.byId("save-problem")));
        page.reload();
        assertFalse(page.text("exercise-title").startsWith("File A"), "A must not come back in B's place");
        String message = page.text("storage-message");
        assertTrue(message.contains("could not be kept in this browser"), message);
        page.script("for (var i = localStorage.length - 1; i >= 0; i--) { var k = localStorage.key(i); if (k.indexOf('filler-') === 0) localStorage.removeItem(k); }");
    }

    @Test
    void anExerciseOverTheLimitsIsRefusedWithTheLimitNamed() throws IOException {
        TutorPage page = new TutorPage(browser).open();
        StringBuilder layers = new StringBuilder();
        int[] sizes = {40, 40, 40, 1};
        for (int l = 1; l < sizes.length; l++) {
            layers.append(l == 1 ? "" : ", ").append("{\"activation\": \"relu\", \"weights\": [");
            for (int j = 0; j < sizes[l]; j++) layers.append(j == 0 ? "" : ", ").append(row(sizes[l - 1]));
            layers.append("]}");
        }
        String text = "{\"title\": \"40-40-40-1\", \"input\": " + row(40) + ", \"target\": [1], \"loss\": \"half-sum-squared\","
                + " \"learningRate\": 0.1, \"layers\": [" + layers + "]}";
        Object supported = watchLongTasks(page);
        long t0 = System.nanoTime();
        page.byId("file-input").sendKeys(file("big.json", text));
        page.waiting().until(d -> !page.hidden(page.byId("load-error")));
        Number longest = (Number) page.script("return window.__longest;");
        System.out.println("HardeningIT: 40-40-40-1 refused after " + (System.nanoTime() - t0) / 1_000_000
                + " ms; longest task " + longest + " ms");
        // The limits are checked before any network is built: the refusal is a read of a 17 KB file. The bound is the
        // issue's "within a second", far above the ~160 ms measured, so a loaded machine does not make it flaky; before
        // the limits this file blocked the page for 7-13 s.
        if (Boolean.TRUE.equals(supported)) assertTrue(longest.doubleValue() < 1000, "a long task of " + longest + " ms");
        String message = page.text("load-error");
        assertTrue(message.contains("at most 32"), message);
        assertEquals("004-relu-231", page.selected(), "the exercise on screen stays");
    }

    @Test
    void aOneMegabyteLinkIsRefusedWithAMessage() {
        TutorPage page = new TutorPage(browser).open("ex=" + "A".repeat(1_000_000));
        String message = page.text("link-error");
        assertTrue(message.startsWith("This link could not be opened: the link is too long"), message);
        assertEquals("004-relu-231", page.selected());
    }

    /** Pasted into the address of an open page, a 1 MB link is refused before any work: no long task. */
    @Test
    void aOneMegabyteLinkBlocksNothing() {
        TutorPage page = new TutorPage(browser).open();
        Object supported = watchLongTasks(page);
        page.script("var big = 'ex=' + new Array(1000001).join('A'); var t0 = performance.now(); location.hash = big;"
                + "window.__assign = performance.now() - t0;");
        page.waiting().until(d -> !page.hidden(page.byId("link-error")));
        assertTrue(page.text("link-error").contains("too long"), page.text("link-error"));
        Number longest = (Number) page.script("return window.__longest;");
        System.out.println("HardeningIT: assigning the hash itself took " + page.script("return window.__assign;") + " ms");
        System.out.println("HardeningIT: 1 MB link pasted; longest task " + longest + " ms (long tasks reported: " + supported + ")");
        // Reading the hash and comparing its length is microseconds; 200 ms leaves room for a loaded machine.
        if (Boolean.TRUE.equals(supported)) assertTrue(longest.doubleValue() <= 200, "a long task of " + longest + " ms");
    }

    /** Starts recording the page's longest task in {@code window.__longest}; whether this engine reports them. */
    private static Object watchLongTasks(TutorPage page) {
        Object supported = page.script("return typeof PerformanceObserver !== 'undefined'"
                + " && (PerformanceObserver.supportedEntryTypes || []).indexOf('longtask') >= 0;");
        page.script("window.__longest = 0; if (arguments[0]) new PerformanceObserver(function (l) {"
                + " l.getEntries().forEach(function (e) { window.__longest = Math.max(window.__longest, e.duration); });"
                + " }).observe({entryTypes: ['longtask']});", supported);
        return supported;
    }

    private static String row(int n) {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < n; k++) sb.append(k == 0 ? "" : ", ").append("0.1");
        return sb.append(']').toString();
    }

    /** Worksheet 002's shape, with a description padded to the given length. */
    private static String exercise(String title, int padding) {
        return "{\"title\": \"" + title + "\", \"description\": \"" + "d".repeat(Math.min(padding, 3_999)) + "\","
                + " \"notes\": [" + (padding > 4_000 ? notes(padding - 4_000) : "") + "],"
                + " \"input\": [2], \"target\": [1], \"loss\": \"half-sum-squared\", \"learningRate\": 0.1,"
                + " \"layers\": [{\"activation\": \"linear\", \"weights\": [[0.25]]}]}";
    }

    private static String notes(int chars) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; chars > 0 && k < 19; k++, chars -= 3_999) sb.append(k == 0 ? "" : ", ").append('"').append("n".repeat(Math.min(chars, 3_999))).append('"');
        return sb.toString();
    }
}

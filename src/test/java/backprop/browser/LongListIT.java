package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A long exercise (276 cells), whose rows off screen the browser leaves unlaid-out until they come near
 * (content-visibility): a row comes into view at the height it was given, and a click lands on the row it aims at.
 */
@Tag("cross-engine")
class LongListIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @TempDir
    Path dir;

    /** A 9-10-10-2 ReLU net asking only its backward pass: 276 cells, past the 150 from which the list is long. */
    private static String exercise() {
        StringBuilder sb = new StringBuilder("{\"format\": \"backprop-tutor/exercise@1\", \"title\": \"Long list\", \"loss\": \"half-sum-squared\", ")
                .append("\"learningRate\": 0.1, \"stages\": [\"backward\"], \"input\": ").append(vector(9, 1)).append(", \"target\": ")
                .append(vector(2, 2)).append(", \"layers\": [");
        int[] sizes = {9, 10, 10, 2};
        for (int l = 1; l < sizes.length; l++) {
            if (l > 1) sb.append(", ");
            sb.append("{\"activation\": \"").append(l == sizes.length - 1 ? "linear" : "relu").append("\", \"weights\": [");
            for (int j = 0; j < sizes[l]; j++) sb.append(j == 0 ? "" : ", ").append(vector(sizes[l - 1], l * 31 + j));
            sb.append("], \"bias\": ").append(vector(sizes[l], l * 7)).append('}');
        }
        return sb.append("]}").toString();
    }

    /** n one-decimal numbers in [−0.5, 0.5], fixed by the seed. */
    private static String vector(int n, int seed) {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < n; k++) sb.append(k == 0 ? "" : ", ").append(((seed * 7 + k * 3) % 11 - 5) / 10.0);
        return sb.append(']').toString();
    }

    private TutorPage openLong() throws IOException {
        TutorPage page = new TutorPage(browser).open();
        Path p = dir.resolve("long.json");
        Files.writeString(p, exercise(), StandardCharsets.UTF_8);
        page.byId("file-input").sendKeys(p.toString());
        page.waiting().until(d -> d.findElements(By.cssSelector("#cell-list .cell")).size() == 276);
        return page;
    }

    private static double number(Object o) {
        return ((Number) o).doubleValue();
    }

    /** Waits two frames, so rows that came near the screen are laid out. */
    private static void settle(TutorPage page) {
        page.driver().manage().timeouts().scriptTimeout(BrowserSession.WAIT);
        ((JavascriptExecutor) page.driver()).executeAsyncScript(
                "var done=arguments[arguments.length-1];requestAnimationFrame(function(){requestAnimationFrame(function(){done();});});");
    }

    @Test
    void unseenRowsTakeTheHeightOfARowMeasuredOnOpening() throws IOException {
        TutorPage page = openLong();
        assertTrue(Boolean.TRUE.equals(page.script("return document.getElementById('cell-list').classList.contains('long');")));
        if (Boolean.TRUE.equals(page.script("return !!(window.CSS && CSS.supports('content-visibility','auto'));"))) {
            assertEquals("auto", page.script("return getComputedStyle(document.querySelector('#cell-list .cell')).contentVisibility;"));
        }
        double given = rowHeight(page);
        assertTrue(given > 20, "a row's height was measured: " + given);
        // The row measured is the middle one; a row of its kind scrolled into view has that height.
        List<String> ids = page.cellIds();
        WebElement middle = page.cell(ids.get(ids.size() / 2));
        page.script("arguments[0].scrollIntoView({block:'center'});", middle);
        settle(page);
        assertEquals(given, number(page.script("return arguments[0].getBoundingClientRect().height;", middle)), 0.5);
        assertTrue(page.healthy());
    }

    @Test
    void aNarrowerWindowMeasuresARowAgain() throws IOException {
        TutorPage page = openLong();
        Dimension before = page.driver().manage().window().getSize();
        try {
            double wide = rowHeight(page);
            // Below 40rem the label takes a line of its own (style.css): a row is taller.
            page.driver().manage().window().setSize(new Dimension(420, before.getHeight()));
            page.waiting().until(d -> rowHeight(page) != wide);
            List<String> ids = page.cellIds();
            WebElement middle = page.cell(ids.get(ids.size() / 2));
            page.script("arguments[0].scrollIntoView({block:'center'});", middle);
            settle(page);
            double narrow = rowHeight(page);
            assertTrue(narrow > wide, "a narrow row is taller: " + narrow + " against " + wide);
            assertEquals(narrow, number(page.script("return arguments[0].getBoundingClientRect().height;", middle)), 0.5);
        } finally {
            page.driver().manage().window().setSize(before);
        }
        assertTrue(page.healthy());
    }

    private static double rowHeight(TutorPage page) {
        return Double.parseDouble(String.valueOf(page.script(
                "return getComputedStyle(document.getElementById('cell-list')).getPropertyValue('--row-height');")).replace("px", "").trim());
    }

    @Test
    void aClickFarDownLandsOnTheRowItAimsAt() throws IOException {
        TutorPage page = openLong();
        List<String> ids = page.cellIds();
        String last = ids.get(ids.size() - 1);
        String far = ids.get(ids.size() - 40);
        // A value no cell of this net has: every input, target, weight and bias is within ±0.5.
        // Scrolled to first, as a student would: WebKit's driver will not click into a row it has not laid out yet.
        WebElement field = page.input(far);
        page.script("arguments[0].scrollIntoView({block:'center'});", field);
        settle(page);
        field.click();
        assertEquals("answer-" + far, page.focusedId(), "the click went into the field aimed at");
        field.sendKeys("12345" + Keys.ENTER);
        page.waiting().until(d -> !page.verdict(far).isEmpty());
        assertEquals("wrong", page.verdict(far));
        // Enter goes on to the next field, in a row the browser may not have laid out yet; it is drawn and in view.
        String next = ids.get(ids.size() - 39);
        assertEquals("answer-" + next, page.focusedId());
        settle(page);
        assertTrue(Boolean.TRUE.equals(page.script("var r=document.activeElement.getBoundingClientRect();"
                + "return r.height>0&&r.top>=0&&r.bottom<=window.innerHeight;")), "the next field is on screen");
        page.script("arguments[0].scrollIntoView({block:'center'});", page.cell(last));
        settle(page);
        page.showAnswer(last);
        assertEquals("shown", page.verdict(last));
        assertEquals(List.of(far, last), page.script("return Array.prototype.map.call(document.querySelectorAll("
                + "'#cell-list .cell .verdict:not([data-verdict=\\'\\'])'),function(v){return v.closest('.cell').getAttribute('data-cell-id');});"),
                "no other row has a verdict");
        assertFalse(page.input(last).getAttribute("value").isEmpty(), "the answer shown is in the last row's field");
        assertTrue(page.healthy());
    }
}

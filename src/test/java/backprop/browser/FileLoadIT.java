package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Exercise files chosen through the file input: a broken one is refused with a message and costs no work. */
class FileLoadIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @TempDir
    Path dir;

    /** One linear unit: ŷ = 0.25·2 = 0.5, y = 1, so ∂L/∂ŷ = ŷ − y = −0.5 and ∂L/∂w = −0.5·2 = −1. */
    private static String exercise(String learningRate, boolean withTarget) {
        return "{\"format\": \"backprop-tutor/exercise@1\", \"title\": \"Browser test · one weight\", \"input\": [2],"
                + (withTarget ? " \"target\": [1]," : "")
                + " \"loss\": \"half-sum-squared\", \"learningRate\": " + learningRate + ","
                + " \"layers\": [{\"activation\": \"linear\", \"weights\": [[0.25]]}]}";
    }

    private String file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p.toString();
    }

    /** Worksheet 004 with two answers typed, one of them wrong; returns the title to compare with later. */
    private static String workInProgress(TutorPage page) {
        page.answer("yhat.0", "-1");
        page.answer("z2.0", "2");
        assertEquals("correct", page.verdict("yhat.0"));
        assertEquals("wrong", page.verdict("z2.0"));
        return page.text("exercise-title");
    }

    private static void workKept(TutorPage page, String title) {
        assertEquals("004-relu-231", page.selected(), "the open exercise stays selected");
        assertEquals(title, page.text("exercise-title"));
        assertEquals("-1", page.input("yhat.0").getAttribute("value"));
        assertEquals("2", page.input("z2.0").getAttribute("value"));
        assertEquals("correct", page.verdict("yhat.0"));
        assertEquals("wrong", page.verdict("z2.0"));
        assertTrue(page.healthy());
    }

    private static String loadError(TutorPage page) {
        page.waitVisible("load-error");
        return page.text("load-error");
    }

    @Tag("cross-engine")
    @Test
    void aNegativeLearningRateIsRefusedAndNamed() throws IOException {
        TutorPage page = new TutorPage(browser).open();
        String title = workInProgress(page);
        page.byId("file-input").sendKeys(file("negative-rate.json", exercise("-1", true)));
        String message = loadError(page);
        assertTrue(message.contains("negative-rate.json"), "names the file: " + message);
        assertTrue(message.contains("learningRate"), "names the field: " + message);
        workKept(page, title);
    }

    @Test
    void aMissingTargetIsRefusedAndNamed() throws IOException {
        TutorPage page = new TutorPage(browser).open();
        String title = workInProgress(page);
        page.byId("file-input").sendKeys(file("no-target.json", exercise("0.5", false)));
        String message = loadError(page);
        assertTrue(message.contains("target") && message.contains("missing"), message);
        workKept(page, title);
    }

    @Test
    void textThatIsNotJsonIsRefused() throws IOException {
        TutorPage page = new TutorPage(browser).open();
        String title = workInProgress(page);
        page.byId("file-input").sendKeys(file("notes.json", "these are my notes, not an exercise <b>bold</b>"));
        String message = loadError(page);
        assertTrue(message.contains("notes.json"), message);
        assertTrue(page.script("return document.querySelector('#load-error b');") == null, "file text is never inserted as HTML");
        workKept(page, title);
    }

    @Test
    void aGoodFileOpensAfterABadOne() throws IOException {
        TutorPage page = new TutorPage(browser).open();
        page.byId("file-input").sendKeys(file("bad.json", exercise("0", true)));
        loadError(page);
        page.byId("file-input").sendKeys(file("one-weight.json", exercise("0.5", true)));
        page.waiting().until(d -> "file".equals(page.selected()));
        page.waiting().until(d -> page.hidden(page.byId("load-error")));
        assertEquals("Browser test · one weight", page.text("exercise-title"));
        assertFalse(page.cellIds().contains("z2.0"), "worksheet 004's cells are gone: " + page.cellIds());
        page.answer("yhat.0", "-0.5");
        assertEquals("correct", page.verdict("yhat.0"));
        page.answer("W1.0.0", "-1");
        assertEquals("correct", page.verdict("W1.0.0"), "∂L/∂w = (ŷ − y)·x = −0.5·2");
        page.answer("W1.0.0", "1");
        assertEquals("wrong", page.verdict("W1.0.0"));
        assertTrue(page.healthy());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() throws IOException {
        TutorPage page = new TutorPage(browser).open();
        String title = workInProgress(page);
        page.byId("file-input").sendKeys(file("video.json", " ".repeat(1_100_000)));
        String message = loadError(page);
        assertTrue(message.contains("video.json") && message.contains("262,144 bytes"), message);
        workKept(page, title);
    }

    @Test
    void deeplyNestedBracketsAreRefused() throws IOException {
        TutorPage page = new TutorPage(browser).open();
        String title = workInProgress(page);
        page.byId("file-input").sendKeys(file("nested.json", "[".repeat(100_000) + "]".repeat(100_000)));
        String message = loadError(page);
        assertTrue(message.contains("nested.json") && message.contains("nested"), message);
        workKept(page, title);
    }

    @Test
    void aFileDroppedOnTheDropZoneOpens() {
        TutorPage page = new TutorPage(browser).open();
        // A real drag from the desktop cannot be driven headless; this is the same drop event with a File in its DataTransfer.
        page.script("var dt = new DataTransfer();"
                + "dt.items.add(new File([arguments[0]], 'dropped.json', {type: 'application/json'}));"
                + "var z = document.getElementById('drop-zone');"
                + "z.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));"
                + "z.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));",
                exercise("0.5", true));
        page.waiting().until(d -> "file".equals(page.selected()));
        assertEquals("Browser test · one weight", page.text("exercise-title"));
        assertTrue(page.hidden(page.byId("load-error")), "one file dropped: nothing to say");
        page.reload();
        assertEquals("file", page.selected(), "a loaded file is reopened after a reload");
        assertEquals("Browser test · one weight", page.text("exercise-title"));
        assertTrue(page.healthy());
    }

    /** Two files dropped at once: the first opens, and the message says the second was left out. */
    @Test
    void ofTwoDroppedFilesTheFirstOpensAndTheOtherIsNamedLeftOut() {
        TutorPage page = new TutorPage(browser).open();
        page.script("var dt = new DataTransfer();"
                + "dt.items.add(new File([arguments[0]], 'a.json', {type: 'application/json'}));"
                + "dt.items.add(new File(['{}'], 'b.json', {type: 'application/json'}));"
                + "document.getElementById('drop-zone').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));",
                exercise("0.5", true));
        page.waiting().until(d -> "file".equals(page.selected()));
        assertEquals("Browser test · one weight", page.text("exercise-title"));
        assertEquals("Only the first of the 2 dropped files, “a.json”, was opened: drop one exercise file at a time.", loadError(page));
        assertTrue(page.healthy());
    }
}

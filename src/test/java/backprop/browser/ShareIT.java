package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.backward.Cell;
import backprop.exercise.ExerciseWriter;
import backprop.export.ShareLink;
import backprop.generate.ExerciseGenerator;
import backprop.generate.GeneratorOptions;
import backprop.model.Exercise;
import backprop.notation.Num;
import backprop.solve.Solution;
import backprop.solve.Solver;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/** The URL hash as a share link and the "New exercise" generator, in a real browser. */
class ShareIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    private static final String OPTS = "2-3-1,relu,linear,half-sum-squared,bias,noskip,nice,nodead,lr=0.1";

    private static String hashOf(TutorPage page) {
        String h = (String) page.script("return location.hash;");
        return h.startsWith("#") ? h.substring(1) : h;
    }

    @Tag("cross-engine")
    @Test
    void theAddressAlwaysReopensWhatIsOnScreen() {
        TutorPage page = new TutorPage(browser).open().choose("001-sigmoid-bce");
        assertEquals("preset=001-sigmoid-bce", hashOf(page));
        String title = page.text("exercise-title");
        assertTrue(page.byId("share-url").getAttribute("value").endsWith("#preset=001-sigmoid-bce"));
        // a fresh browser tab on that address, with nothing remembered
        page.script("localStorage.clear();");
        page.open("preset=001-sigmoid-bce");
        assertEquals("001-sigmoid-bce", page.selected());
        assertEquals(title, page.text("exercise-title"));
        assertTrue(page.hidden(page.byId("link-error")));
        assertTrue(page.healthy());
    }

    @Test
    void aLinkTypedIntoTheOpenPageIsFollowed() {
        TutorPage page = new TutorPage(browser).open();
        assertEquals("004-relu-231", page.selected());
        page.script("location.hash = arguments[0];", "#preset=002-scalar-chain");
        page.waiting().until(d -> "002-scalar-chain".equals(page.selected()));
        assertTrue(page.text("exercise-title").contains("002"), page.text("exercise-title"));
        assertTrue(page.healthy());
    }

    /**
     * Generator determinism across the JVM and the browser: the exercise made from a seed in the page, downloaded
     * as a file, is the same text to the byte as the one made here (every given number at full precision), and
     * its cells have the same values.
     */
    @Test
    void aSeedMakesTheSameExerciseInTheBrowserAsOnTheJvm() {
        long seed = 4711;
        GeneratorOptions o = GeneratorOptions.parse(OPTS);
        Exercise jvm = ExerciseGenerator.generate(seed, o);
        Solution sol = Solver.solve(jvm);

        TutorPage page = new TutorPage(browser).open(ShareLink.forSeed(seed, o).substring(1));
        assertEquals("generated", page.selected());
        assertEquals(jvm.title(), page.text("exercise-title"));
        assertEquals("4711", page.byId("seed").getAttribute("value"), "the seed is visible");

        page.showAll();
        List<String> expectedIds = new ArrayList<>();
        // Every cell the generated exercise asks (its gradients and its step), as the JVM's solver lists them.
        for (Cell c : sol.sheet().asked()) {
            expectedIds.add(c.id());
            String shown = page.input(c.id()).getAttribute("value");
            assertEquals(Num.format(c.value()), shown, c.id());
        }
        assertEquals(expectedIds, page.cellIds());

        assertEquals(ExerciseWriter.write(jvm, true), exported(page));
        assertTrue(page.healthy());
    }

    @Test
    void newExerciseShowsItsSeedAndSurvivesAReload() {
        TutorPage page = new TutorPage(browser).open();
        page.byId("new-exercise").click();
        page.waiting().until(d -> "generated".equals(page.selected()));
        String seed = page.byId("seed").getAttribute("value");
        assertTrue(seed.matches("[1-9][0-9]{0,5}"), "a short seed: " + seed);
        assertTrue(page.text("exercise-title").contains("seed " + seed), page.text("exercise-title"));
        assertEquals(ShareLink.forSeed(Long.parseLong(seed), GeneratorOptions.DEFAULT).substring(1), hashOf(page));
        page.answer(page.cellIds().get(0), "1");
        String title = page.text("exercise-title");
        page.reload();
        assertEquals(title, page.text("exercise-title"));
        assertEquals("1", page.input(page.cellIds().get(0)).getAttribute("value"), "the answer is kept with the exercise");

        // a typed seed with other choices: 2-2-1 sigmoid output with binary cross-entropy, two decimals
        openChoices(page);
        type(page, "gen-sizes", "2-2-1");
        pick(page, "gen-output", "sigmoid");
        pick(page, "gen-loss", "binary-cross-entropy");
        pick(page, "gen-difficulty", "two-decimals");
        type(page, "seed", "12345");
        page.byId("open-seed").click();
        GeneratorOptions chosen = GeneratorOptions.parse("2-2-1,relu,sigmoid,binary-cross-entropy,bias,noskip,two-decimals,nodead,lr=0.1");
        page.waiting().until(d -> hashOf(page).equals(ShareLink.forSeed(12345, chosen).substring(1)));
        assertEquals(ExerciseGenerator.generate(12345, chosen).title(), page.text("exercise-title"));
        assertTrue(page.healthy());
    }

    /**
     * Seed 4711 with the default 2-3-1 choices, asking only the forward pass and the loss: z and a of the three hidden
     * units, then z⁽²⁾ and ŷ, then L, 9 cells. With no stage ticked the form says why no exercise opens.
     */
    @Test
    void theStagesTickedAreTheCellsAsked() {
        TutorPage page = new TutorPage(browser).open();
        openChoices(page);
        EditorIT.tick(page, "#gen-stages", List.of("forward", "loss"));
        type(page, "seed", "4711");
        page.byId("open-seed").click();
        GeneratorOptions o = GeneratorOptions.parse("2-3-1,relu,linear,half-sum-squared,bias,noskip,nice,nodead,lr=0.1,ask=forward+loss");
        page.waiting().until(d -> hashOf(page).equals(ShareLink.forSeed(4711, o).substring(1)));
        assertEquals(List.of("fwd.z1.0", "fwd.a1.0", "fwd.z1.1", "fwd.a1.1", "fwd.z1.2", "fwd.a1.2", "fwd.z2.0", "fwd.yhat.0", "loss"),
                page.cellIds());

        EditorIT.tick(page, "#gen-stages", List.of());
        page.byId("open-seed").click();
        page.waitVisible("gen-error");
        assertTrue(page.text("gen-error").contains("choose at least one stage"), page.text("gen-error"));
        assertEquals(9, page.cellIds().size(), "the exercise on screen stays");
        assertTrue(page.healthy());
    }

    /** Commas typed as people write them: sizes "2,3,1" and a decimal comma in the learning rate. */
    @Test
    void commasInTheChoicesAreReadAsMeant() {
        TutorPage page = new TutorPage(browser).open();
        openChoices(page);
        type(page, "gen-sizes", "2, 3, 1");
        type(page, "gen-lr", "0,05");
        type(page, "seed", "7");
        page.byId("open-seed").click();
        GeneratorOptions o = GeneratorOptions.parse("2-3-1,relu,linear,half-sum-squared,bias,noskip,nice,nodead,lr=0.05");
        page.waiting().until(d -> hashOf(page).equals(ShareLink.forSeed(7, o).substring(1)));
        assertTrue(page.hidden(page.byId("gen-error")), page.text("gen-error"));
        assertTrue(page.healthy());
    }

    /**
     * Six layers of 8 with linear hidden layers and a sigmoid output: the products grow until ŷ is 0 or 1 to
     * the last bit for some seeds (seed 1 among them), where binary cross-entropy is infinite. The form says so.
     */
    @Test
    void choicesWithNoUsableExerciseForASeedAreExplained() {
        TutorPage page = new TutorPage(browser).open();
        String title = page.text("exercise-title");
        openChoices(page);
        type(page, "gen-sizes", "8-8-8-8-8-8");
        pick(page, "gen-hidden", "linear");
        pick(page, "gen-output", "sigmoid");
        pick(page, "gen-loss", "binary-cross-entropy");
        type(page, "seed", "1");
        page.byId("open-seed").click();
        page.waitVisible("gen-error");
        assertTrue(page.text("gen-error").contains("no usable exercise"), page.text("gen-error"));
        assertEquals(title, page.text("exercise-title"));
        assertTrue(page.healthy(), "no page error");
    }

    @Test
    void impossibleChoicesAreExplainedAndChangeNothing() {
        TutorPage page = new TutorPage(browser).open();
        String title = page.text("exercise-title");
        openChoices(page);
        type(page, "gen-sizes", "2-9-1");
        page.byId("new-exercise").click();
        page.waitVisible("gen-error");
        assertTrue(page.text("gen-error").contains("from 1 to 8, found 9"), page.text("gen-error"));
        type(page, "gen-sizes", "2-3-1");
        type(page, "seed", "twelve");
        page.byId("open-seed").click();
        page.waiting().until(d -> page.text("gen-error").contains("whole number"));
        // one past the largest long: still a message, not an exception
        type(page, "seed", "9223372036854775808");
        page.byId("open-seed").click();
        page.waiting().until(d -> page.text("gen-error").contains("9223372036854775808"));
        assertEquals(title, page.text("exercise-title"));
        assertEquals("004-relu-231", page.selected());
        assertTrue(page.healthy());
    }

    @Tag("cross-engine")
    @Test
    void anExerciseFromAFileTravelsWholeInTheLink() throws Exception {
        TutorPage page = new TutorPage(browser).open();
        String json = "{\"format\": \"backprop-tutor/exercise@1\", \"title\": \"Linked · one weight\", \"input\": [2], \"target\": [1],"
                + " \"loss\": \"half-sum-squared\", \"learningRate\": 0.1, \"layers\": [{\"activation\": \"linear\", \"weights\": [[0.25]]}]}";
        page.script("var dt = new DataTransfer(); dt.items.add(new File([arguments[0]], 'one.json'));"
                + "document.getElementById('drop-zone').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));", json);
        page.waiting().until(d -> "file".equals(page.selected()));
        String hash = hashOf(page);
        // the browser's TextEncoder and btoa give the same link as the JVM's codec (the title's '·' is two UTF-8 bytes)
        assertEquals(ShareLink.forExercise(backprop.exercise.ExerciseJson.parse(json)).substring(1), hash);
        page.script("localStorage.clear();");
        page.open(hash);
        assertEquals("link", page.selected());
        assertEquals("Linked · one weight", page.text("exercise-title"));
        // ŷ = 0.25·2 = 0.5, ∂L/∂ŷ = ŷ − y = −0.5, ∂L/∂w = (−0.5)(2) = −1
        page.answer("yhat.0", "-0.5");
        page.answer("W1.0.0", "-1");
        assertEquals("correct", page.verdict("W1.0.0"));
        assertTrue(page.healthy());
    }

    @Test
    void brokenOrHostileLinksGetAMessageAndTheDefaultWorksheet() {
        String[][] cases = {
            {"preset=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "there is no built-in exercise"},
            {"preset=<img src=x onerror=alert(1)>", "there is no built-in exercise"},
            {"ex=!!!!", "damaged"},
            {"ex=eyJmb3JtYXQiOiAx", "not a valid exercise file"},
            {"seed=abc&opts=2-3-1", "whole number"},
            {"seed=5&opts=2-3-1,softmax", "softmax"},
            {"opts=2-3-1", "no seed"},
            {"foo=bar", "unknown key"},
            {"preset=004-relu-231&seed=1", "mixes"},
            {"seed=%zz", "%-escape"},
            {"ex=" + "A".repeat(30_000), "too long"},
            {"<script>alert(1)</script>", "key=value"},
        };
        TutorPage page = new TutorPage(browser);
        for (String[] c : cases) {
            page.open(c[0]);
            assertEquals("004-relu-231", page.selected(), c[0]);
            String message = page.text("link-error");
            assertTrue(message.startsWith("This link could not be opened") && message.contains(c[1]), c[0] + " → " + message);
            assertEquals(0L, page.script("return document.querySelectorAll('main img, main script').length;"), c[0]);
            assertTrue(page.healthy(), c[0]);
        }
        // a good link afterwards clears the message, and so does choosing another exercise
        page.open("preset=003-skip-connection");
        assertTrue(page.hidden(page.byId("link-error")));
        page.open("preset=nope");
        page.waitVisible("link-error");
        page.choose("001-sigmoid-bce");
        assertTrue(page.hidden(page.byId("link-error")));
    }

    private static void openChoices(TutorPage page) {
        page.byId("gen-choices").findElement(By.tagName("summary")).click();
    }

    private static void type(TutorPage page, String id, String text) {
        page.byId(id).clear();
        page.byId(id).sendKeys(text);
    }

    private static void pick(TutorPage page, String id, String value) {
        new Select(page.byId(id)).selectByValue(value);
    }

    /** The text of the file the page's "Download exercise file" link saves (a blob: URL, read back without a download). */
    private static String exported(TutorPage page) {
        page.waiting().until(d -> page.byId("export-json").getAttribute("href").startsWith("blob:"));
        Object text = ((JavascriptExecutor) page.driver()).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('export-json').href).then(function (r) { return r.text(); })"
                + ".then(done, function (e) { done('fetch failed: ' + e); });");
        assertFalse(text == null);
        return (String) text;
    }

    /** A site without generator.js (a partial copy): a seed link opens worksheet 004 and says why; the rest works. */
    @Test
    void aMissingGeneratorIsSaidPlainly() throws java.io.IOException {
        java.net.URI copy = browser.siteWithout("generator.js");
        TutorPage page = new TutorPage(browser);
        page.driver().get("about:blank");
        page.driver().get(copy + ShareLink.forSeed(4711, GeneratorOptions.DEFAULT));
        page.waiting().until(d -> page.text("load-error").startsWith("The practice-exercise generator (generator.js) could not be loaded"));
        assertTrue(page.text("exercise-title").startsWith("Worksheet 004"), page.text("exercise-title"));
        page.answer("fwd.yhat.0", "0.5");
        assertEquals("correct", page.verdict("fwd.yhat.0"));
        assertTrue(page.healthy());
        for (String problem : browser.problems()) assertTrue(problem.contains("generator.js"), problem);
    }
}

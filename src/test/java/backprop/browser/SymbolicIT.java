package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Worksheet 003 and worksheet 004's step ③ played as expressions in the page (symbolic.js, loaded on demand), each
 * verdict worked by hand and then the same from {@code check} on the JVM.
 *
 * <p>003 in the sheet's numbering (from 0): z₀ = h₀ = 0.9, z₁ = h₁ = 1.44, ŷ = z₂ = 0.468, y = 2, w₀ = 0.6,
 * w₁ = 1.6, w₂ = 0.7, skip w₃ = −0.6. ∂L/∂z₁ = ∂L/∂h₁·z₁ (ReLU′ written as z, the sheet's slip) gives
 * (−1.0724)(1.44) = −1.544256 for −1.0724: wrong, relu-as-z. ∂L/∂h₀ = ∂L/∂z₁·w₁ alone gives −1.71584 for −0.79664:
 * wrong, the skip path term missing; with ∂L/∂z₂·w₃ added it is right.
 * 004: δ⁽²⁾ = (a⁽²⁾ − y)·ReLU′(z⁽²⁾) is right, writing ∂L/∂ŷ out (expanded); 0.9·δ⁽²⁾·ReLU′(z⁽¹⁾₁) has W⁽²⁾₀₁'s
 * number 0.9 for the symbol: −0.9 is the right number of the wrong expression; δ⁽¹⁾₁·x₁ is right.
 */
class SymbolicIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    /** preset, cell, typed, verdict, hint ("" for none), in the order played. */
    private static final String[][] PLAY = {
        {"003-skip-connection", "yhat.0", "yhat - y", "correct", ""},
        {"003-skip-connection", "z3.0", "dL/dyhat * 1", "correct", ""},
        {"003-skip-connection", "W3.0.0", "dL/dz2 * a1", "correct", ""},
        {"003-skip-connection", "W3from1.0.0", "dL/dz2 * h0", "correct", ""},
        {"003-skip-connection", "a2.0", "∂L/∂z₂ · w₂", "correct", ""},
        {"003-skip-connection", "z2.0", "dL/dh1 * z1", "wrong", "relu-as-z"},
        {"003-skip-connection", "W2.0.0", "dL/dz1 * a0", "correct", ""},
        {"003-skip-connection", "a1.0", "dL/dz1 * w1", "wrong", "skip-path-left-out"},
        {"003-skip-connection", "z1.0", "dL/dh0 * relu'(z0)", "correct", ""},
        {"003-skip-connection", "W1.0.0", "dL/dz0 * x", "correct", ""},
        {"004-relu-231", "z2.0", "(a2 - y) * relu'(z2)", "correct", "expanded"},
        {"004-relu-231", "z1.1", "0.9 * delta2 * relu'(z1_1)", "right-number", "constant-for-symbol"},
        {"004-relu-231", "W1.1.1", "delta1_1 * x_1", "correct", ""},
    };

    private static WebElement field(TutorPage page, String cell) {
        By by = By.cssSelector(".expr-cell[data-expr-id='expr." + cell + "'] input.expr-answer");
        page.waiting().until(d -> !d.findElements(by).isEmpty());
        return page.driver().findElement(by);
    }

    private static WebElement verdict(TutorPage page, String cell) {
        return page.driver().findElement(By.id("verdict-expr." + cell));
    }

    private static String type(TutorPage page, String cell, String text) {
        WebElement in = field(page, cell);
        in.clear();
        in.sendKeys(text + Keys.ENTER);
        page.waiting().until(d -> !verdict(page, cell).getAttribute("data-verdict").isEmpty());
        return verdict(page, cell).getAttribute("data-verdict");
    }

    @Test
    void worksheets003And004AsExpressionsAgreeWithCheck() throws IOException {
        TutorPage page = new TutorPage(browser).open().choose("003-skip-connection");
        String preset = "003-skip-connection";
        StringBuilder answers = new StringBuilder();
        for (String[] p : PLAY) {
            if (!p[0].equals(preset)) {
                assertJvmAgrees(preset, answers);
                answers.setLength(0);
                preset = p[0];
                page.choose(preset);
            }
            String kind = type(page, p[1], p[2]);
            String hint = verdict(page, p[1]).getAttribute("data-hint");
            assertEquals(p[3], kind, p[0] + " " + p[1] + " «" + p[2] + "»: " + verdict(page, p[1]).getText());
            assertEquals(p[4], hint, p[0] + " " + p[1] + " «" + p[2] + "»");
            answers.append(answers.length() == 0 ? "" : ",").append(Json.value("expr." + p[1])).append(':').append(Json.value(p[2]));
        }
        assertJvmAgrees(preset, answers);
        assertTrue(page.healthy());
    }

    @Test
    void theVerdictNamesTheMistakeAndShowsTheTrueExpression() {
        TutorPage page = new TutorPage(browser).open().choose("003-skip-connection");
        assertEquals("wrong", type(page, "a1.0", "dL/dz1 * w1"));
        String text = verdict(page, "a1.0").getText();
        assertTrue(text.contains("The skip path term δ⁽³⁾ · w⁽³←¹⁾ is missing"), text);
        String truth = page.driver().findElement(By.cssSelector(".expr-cell[data-expr-id='expr.a1.0'] .expr-truth")).getText();
        assertEquals("∂L/∂a⁽¹⁾ = δ⁽²⁾ · w⁽²⁾ + δ⁽³⁾ · w⁽³←¹⁾ = −0.79664 (typed: dL/dz1 * w1 + dL/dz2 * w3)", truth);
        assertEquals("correct", type(page, "a1.0", "dL/dz2 * w3 + dL/dz1 * w1"));
        // an unknown name lists the names this exercise knows
        assertEquals("unreadable", type(page, "a1.0", "dL/dz1 * v1"));
        assertTrue(verdict(page, "a1.0").getText().contains("This exercise knows"), verdict(page, "a1.0").getText());
        // the number still works beside it, and the status line is gone once the module is there
        page.answer("a1.0", "-0.79664");
        assertEquals("correct", page.verdict("a1.0"));
        assertEquals("", page.byId("expr-status").getText());
        assertTrue(page.healthy());
    }

    /** What a student typed as an expression is theirs: a reload gives it back judged, Reset progress clears it. */
    @Test
    void expressionsSurviveAReloadAndResetClearsThem() {
        TutorPage page = new TutorPage(browser).open().choose("003-skip-connection");
        assertEquals("wrong", type(page, "a1.0", "dL/dz1 * w1"));
        assertEquals("correct", type(page, "W1.0.0", "dL/dz0 * x"));
        page.reload();
        assertEquals("dL/dz1 * w1", field(page, "a1.0").getAttribute("value"));
        page.waiting().until(d -> "wrong".equals(verdict(page, "a1.0").getAttribute("data-verdict")));
        assertEquals("correct", verdict(page, "W1.0.0").getAttribute("data-verdict"));
        page.script("window.confirm = function () { return true; };");
        page.byId("reset-progress").click();
        assertEquals("", field(page, "a1.0").getAttribute("value"));
        assertEquals("", verdict(page, "a1.0").getAttribute("data-verdict"));
        page.reload();
        assertEquals("", field(page, "a1.0").getAttribute("value"));
        assertTrue(page.healthy());
    }

    /** A site without symbolic.js (a partial copy): the line above the cells says the checker could not be loaded. */
    @Test
    void aMissingModuleIsSaidPlainly() throws IOException {
        java.net.URI copy = browser.siteWithout("symbolic.js");
        TutorPage page = new TutorPage(browser);
        page.driver().get("about:blank");
        page.driver().get(copy + "#preset=003-skip-connection");
        page.waiting().until(d -> !d.findElements(By.cssSelector("#expr-status[data-verdict='unavailable']")).isEmpty());
        String said = page.byId("expr-status").getText();
        assertTrue(said.startsWith("The expression checker (symbolic.js) could not be loaded"), said);
        assertTrue(page.driver().findElements(By.cssSelector(".expr-cell")).isEmpty(), "no field that cannot be judged");
        // the numbers still work
        page.answer("yhat.0", "-1.532");
        assertEquals("correct", page.verdict("yhat.0"));
        assertTrue(page.healthy());
        // The one problem the guards may see is the missing file itself (an engine may log its failed load).
        for (String problem : browser.problems()) assertTrue(problem.contains("symbolic.js"), problem);
    }

    /** check --json on the JVM gives the page's verdict and hint for every expression typed. */
    private static void assertJvmAgrees(String preset, StringBuilder answers) throws IOException {
        Path file = Files.createTempFile("answers", ".json");
        Files.writeString(file, "{" + answers + "}", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = backprop.cli.Main.run(new String[] {"check", "--json", "--preset", preset, file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        JsonObject o = Json.parse(out.toString(StandardCharsets.UTF_8)).asObject();
        for (String[] p : PLAY) {
            if (!p[0].equals(preset)) continue;
            JsonObject c = null;
            for (JsonValue v : o.get("expressions").asObject().get("cells").asArray()) {
                if (v.asObject().getString("id", "").equals("expr." + p[1])) c = v.asObject();
            }
            assertTrue(c != null, "check has expr." + p[1]);
            assertEquals(p[3], c.getString("verdict", ""), "check: " + preset + " " + p[1]);
            JsonValue h = c.get("hint");
            assertEquals(p[4], h.isNull() ? "" : h.asString(), "check: " + preset + " " + p[1]);
        }
        Files.delete(file);
    }
}

package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.exercise.ExerciseJson;
import backprop.exercise.Presets;
import backprop.solve.Solver;
import backprop.stage.Stage;
import backprop.stage.Stages;
import backprop.model.Exercise;
import com.deque.html.axecore.results.Rule;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The exercise editor on worksheet 004 (x = [1, 2], W⁽¹⁾ = [[0.2, −0.4], [−0.3, 0.8], [0.5, 0.7]],
 * b⁽¹⁾ = [0.1, −0.2, −0.1], W⁽²⁾ = [[−0.6, 0.9, −0.3]], b⁽²⁾ = 0.05, ReLU both layers, L = ½(y − ŷ)², y = 1.5).
 * Unedited: z⁽¹⁾ = [−0.5, 1.1, 1.8], a⁽¹⁾ = [0, 1.1, 1.8], ŷ = 0.99 − 0.54 + 0.05 = 0.5, L = 0.5.
 */
class EditorIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    /** w⁽²⁾₀₁ = 0.9 becomes 0.5 (parameter id W2.0.1, indices from 0). */
    private static TutorPage withW201(TutorPage page, String text) {
        page.openEditor();
        page.edit(page.editorParam("W2.0.1"), text);
        return page;
    }

    /*
     * With w⁽²⁾₀₁ = 0.5: z⁽²⁾ = −0.6·0 + 0.5·1.1 − 0.3·1.8 + 0.05 = 0.55 − 0.54 + 0.05 = 0.06, ReLU active so ŷ = 0.06;
     * L = ½(1.5 − 0.06)² = ½·1.44² = ½·2.0736 = 1.0368. δ⁽²⁾ = (ŷ − y)·1 = −1.44;
     * ∂L/∂w⁽²⁾₀₂ = δ⁽²⁾·a⁽¹⁾₂ = −1.44·1.8 = −2.592; δ⁽¹⁾₁ = 0.5·(−1.44)·1 = −0.72, ∂L/∂w⁽¹⁾₁₁ = δ⁽¹⁾₁·x₁ = −0.72·2 = −1.44.
     */
    @Tag("cross-engine")
    @Test
    void aWeightChangedInTheTableChangesTheSolution() {
        TutorPage page = withW201(new TutorPage(browser).open(), "0.5");
        assertEquals("", page.fieldError(page.editorParam("W2.0.1")));
        page.applyEdits();
        page.waiting().until(d -> "custom".equals(page.selected()));
        page.ready();
        assertEquals("L = 1.0368", page.loss());
        // ŷ = 0.5·1.1 − 0.3·1.8 + 0.05 = 0.06, in the forward table once the cell that asks it is shown.
        page.showAnswer("fwd.yhat.0");
        assertTrue(page.text("forward-rows").contains("0.06"), page.text("forward-rows"));
        page.showAnswer("W2.0.2");
        assertEquals("−2.592", page.input("W2.0.2").getAttribute("value"));
        page.showAnswer("W1.1.1");
        assertEquals("−1.44", page.input("W1.1.1").getAttribute("value"));
        assertEquals("0.5", page.editorParam("W2.0.1").getAttribute("value"), "the form shows the applied exercise");
        assertTrue(page.text("editor-status").startsWith("Applied"), page.text("editor-status"));
        assertTrue(page.healthy());
    }

    /*
     * Layer 1 grows from 3 to 4 units: the new unit gets weights 0.1 from both inputs and bias 0, so
     * z⁽¹⁾₃ = 0.1·1 + 0.1·2 = 0.3 = a⁽¹⁾₃; its new weight into the output is 0.1, so z⁽²⁾ = 0.5 + 0.1·0.3 = 0.53 = ŷ,
     * L = ½(1.5 − 0.53)² = ½·0.9409 = 0.47045, and ∂L/∂w⁽²⁾₀₃ = (0.53 − 1.5)·0.3 = −0.291.
     */
    @Test
    void aLayerGrowsWithItsWeights() {
        TutorPage page = new TutorPage(browser).open().openEditor();
        WebElement size = page.editorField("layers[0].size");
        size.clear();
        size.sendKeys("4" + Keys.ENTER);
        page.waiting().until(d -> !d.findElements(By.cssSelector("#editor-form input[data-param='W1.3.1']")).isEmpty());
        assertEquals("layers[0].size", page.focusedAttribute("data-path"), "after Enter the focus stays on the size");
        assertEquals("0.1", page.editorParam("W1.3.1").getAttribute("value"));
        assertEquals("0", page.editorParam("b1.3").getAttribute("value"));
        assertEquals("0.1", page.editorParam("W2.0.3").getAttribute("value"));
        page.applyEdits();
        page.waiting().until(d -> "custom".equals(page.selected()));
        page.ready();
        assertEquals("L = 0.47045", page.loss());
        page.showAnswer("W2.0.3");
        assertEquals("−0.291", page.input("W2.0.3").getAttribute("value"));
    }

    @Test
    void invalidEditsAreExplainedBesideTheFieldAndChangeNothing() {
        TutorPage page = withW201(new TutorPage(browser).open(), "abc");
        WebElement w = page.editorParam("W2.0.1");
        assertTrue(page.fieldError(w).contains("not a number"), page.fieldError(w));
        assertEquals("true", w.getAttribute("aria-invalid"));

        WebElement rate = page.editorField("learningRate");
        page.edit(rate, "0");
        assertTrue(page.fieldError(rate).contains("greater than 0"), page.fieldError(rate));
        assertEquals("true", rate.getAttribute("aria-invalid"));

        WebElement size = page.editorField("layers[0].size");
        page.edit(size, "0");
        assertTrue(page.fieldError(size).contains("1 to 10"), page.fieldError(size));

        WebElement title = page.editorField("title");
        page.edit(title, " ");
        assertTrue(page.fieldError(title).contains("title"), page.fieldError(title));

        page.applyEdits();
        assertEquals("004-relu-231", page.selected(), "nothing was applied");
        assertEquals("abc", page.editorParam("W2.0.1").getAttribute("value"), "what was typed stays");
        assertEquals("0", page.editorField("learningRate").getAttribute("value"));
        assertEquals("true", page.focusedAttribute("aria-invalid"), "Apply takes the student to a field at fault");
        assertEquals("L = 0.5", page.loss());

        // Fixed, the messages go and the edit applies.
        page.edit(page.editorParam("W2.0.1"), "0.5");
        page.edit(page.editorField("learningRate"), "0.1");
        page.edit(page.editorField("layers[0].size"), "3");
        page.edit(page.editorField("title"), "Worksheet 004 with w⁽²⁾₀₁ = 0.5");
        assertEquals("", page.fieldError(page.editorField("learningRate")));
        page.applyEdits();
        page.waiting().until(d -> "custom".equals(page.selected()));
        assertEquals("L = 1.0368", page.loss());
        assertEquals("Worksheet 004 with w⁽²⁾₀₁ = 0.5", page.text("exercise-title"));
        assertTrue(page.healthy());
    }

    @Test
    void textThatCannotBeReadSurvivesAChangeOfShape() {
        TutorPage page = withW201(new TutorPage(browser).open(), "0,5x");
        page.edit(page.editorField("layers[0].size"), "2");
        page.waiting().until(d -> d.findElements(By.cssSelector("#editor-form input[data-param='W1.2.1']")).isEmpty());
        WebElement w = page.editorParam("W2.0.1");
        assertEquals("0,5x", w.getAttribute("value"));
        assertTrue(page.fieldError(w).contains("not a number"), page.fieldError(w));
        assertEquals("layers[0].activation", page.focusedAttribute("data-path"), "Tab still leads to the next field");
        // A decimal comma is read as in answers: ŷ = 0.5·1.1 + 0.05 = 0.6 once unit 2 is gone; L = ½·0.9² = 0.405.
        page.edit(w, "0,5");
        assertEquals("", page.fieldError(page.editorParam("W2.0.1")));
        page.applyEdits();
        page.waiting().until(d -> "custom".equals(page.selected()));
        assertEquals("L = 0.405", page.loss());
    }

    /* Without b⁽²⁾: ŷ = 0.99 − 0.54 = 0.45, L = ½·1.05² = 0.55125. */
    @Test
    void aBiasIsSwitchedOff() {
        TutorPage page = new TutorPage(browser).open().openEditor();
        page.editorField("layers[1].bias-on").click();
        page.waiting().until(d -> d.findElements(By.cssSelector("#editor-form input[data-param='b2.0']")).isEmpty());
        page.applyEdits();
        page.waiting().until(d -> "custom".equals(page.selected()));
        assertEquals("L = 0.55125", page.loss());
        assertTrue(page.cellIds().contains("b1.0") && !page.cellIds().contains("b2.0"), page.cellIds().toString());
    }

    @Test
    void aProblemFoundByTheFileRulesIsShownAtItsField() {
        TutorPage page = new TutorPage(browser).open().openEditor();
        WebElement relu = page.editorField("conventions.reluAtZero");
        page.edit(relu, "2");
        assertTrue(page.fieldError(relu).contains("between 0 and 1"), page.fieldError(relu));
        WebElement frozen = page.editorField("conventions.frozen");
        page.edit(relu, "0");
        page.edit(frozen, "W9");
        assertTrue(page.fieldError(frozen).contains("W9"), page.fieldError(frozen));
        assertEquals("004-relu-231", page.selected());
    }

    @Test
    void clickingAWeightInTheDiagramFocusesItsField() {
        TutorPage page = new TutorPage(browser).open();
        page.driver().findElement(By.cssSelector("#diagram g.edge[data-param='W1.2.1']")).click();
        // The clicked edge takes the focus first and carries data-param too: wait for the editor's field, which has a path.
        page.waiting().until(d -> page.focusedAttribute("data-path") != null);
        assertEquals("W1.2.1", page.focusedAttribute("data-param"));
        assertEquals("layers[0].weights[2][1]", page.focusedAttribute("data-path"));
        // From the keyboard: a bias of the diagram takes the focus and Enter opens its field.
        page.script("document.querySelector(\"#diagram [data-param='b1.0']\").focus();");
        page.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        page.waiting().until(d -> "layers[0].bias[0]".equals(page.focusedAttribute("data-path")));
        assertEquals("b1.0", page.focusedAttribute("data-param"));
    }

    /** Worksheet 001 writes W[i][j] (input-rows), so W1.0.1 is row 0 = input 1, column 1 = unit 2; its value is −0.6. */
    @Test
    void theTableFollowsTheExercisesLayout() {
        TutorPage page = new TutorPage(browser).open().choose("001-sigmoid-bce");
        page.driver().findElement(By.cssSelector("#diagram g.edge[data-param='W1.0.1']")).click();
        // The clicked edge takes the focus first and carries data-param too: wait for the editor's field, which has a path.
        page.waiting().until(d -> page.focusedAttribute("data-path") != null);
        assertEquals("W1.0.1", page.focusedAttribute("data-param"));
        assertEquals("layers[0].weights[0][1]", page.focusedAttribute("data-path"));
        assertEquals("-0.6", page.editorParam("W1.0.1").getAttribute("value"));
    }

    /** Worksheet 003's skip w⁽³←¹⁾ = −0.6 has its own table. */
    @Test
    void aSkipWeightIsEditedInItsOwnTable() {
        TutorPage page = new TutorPage(browser).open().choose("003-skip-connection");
        page.driver().findElement(By.cssSelector("#diagram g.edge[data-param='W3from1.0.0']")).click();
        // The clicked edge takes the focus first and carries data-param too: wait for the editor's field, which has a path.
        page.waiting().until(d -> page.focusedAttribute("data-path") != null);
        assertEquals("W3from1.0.0", page.focusedAttribute("data-param"));
        assertEquals("layers[2].skips[0].weights[0][0]", page.focusedAttribute("data-path"));
        assertEquals("-0.6", page.editorParam("W3from1.0.0").getAttribute("value"));
    }

    @Test
    void theEditedExerciseSurvivesAReload() {
        TutorPage page = withW201(new TutorPage(browser).open(), "0.5");
        page.applyEdits();
        page.waiting().until(d -> "custom".equals(page.selected()));
        page.reload();
        assertEquals("custom", page.selected());
        assertEquals("L = 1.0368", page.loss());
        page.openEditor();
        assertEquals("0.5", page.editorParam("W2.0.1").getAttribute("value"));
    }

    @Test
    void pickingAnotherExerciseRefillsTheForm() {
        TutorPage page = new TutorPage(browser).open().openEditor();
        page.edit(page.editorField("learningRate"), "0.2");
        page.choose("002-scalar-chain");
        page.waiting().until(d -> d.findElements(By.cssSelector("#editor-form input[data-param='W2.0.1']")).isEmpty());
        assertTrue(page.editorField("title").getAttribute("value").startsWith("Worksheet 002"));
        assertTrue(page.text("editor-status").contains("not applied were dropped"), page.text("editor-status"));
    }

    @Test
    void exportGivesTheExerciseOnScreenAsAFile() throws Exception {
        TutorPage page = withW201(new TutorPage(browser).open(), "0.5");
        page.applyEdits();
        page.waiting().until(d -> "custom".equals(page.selected()));
        WebElement link = page.byId("export-json");
        page.waiting().until(d -> link.getAttribute("href").startsWith("blob:"));
        assertTrue(link.getAttribute("download").endsWith(".json"), link.getAttribute("download"));
        String text = (String) ((JavascriptExecutor) page.driver()).executeAsyncScript(
                "var done=arguments[arguments.length-1];fetch(document.getElementById('export-json').href)"
                        + ".then(function(r){return r.text();}).then(done,function(e){done('failed: '+e);});");
        Exercise ex = ExerciseJson.parse(text);
        assertEquals(0.5, ex.network().layer(2).weights()[0][1]);
        assertEquals(-0.6, ex.network().layer(2).weights()[0][0]);
        assertEquals(0.1, ex.learningRate());
    }

    @Test
    void theEditorPassesAxeWithAMessageShown() {
        TutorPage page = withW201(new TutorPage(browser).open(), "abc");
        page.edit(page.editorField("learningRate"), "0");
        page.applyEdits();
        List<Rule> v = browser.axe().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(page.driver()).getViolations();
        String report = v.stream().map(r -> r.getId() + ": " + r.getHelp() + " at "
                + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n  "));
        assertTrue(v.isEmpty(), "accessibility violations with the editor open:\n  " + report);
    }

    /**
     * Answers typed on an edited exercise survive the next Apply and are judged against the new numbers:
     * with W⁽²⁾₀₁ = 0.5, ŷ = 0.5·1.1 − 0.3·1.8 + 0.05 = 0.06, ∂L/∂ŷ = 0.06 − 1.5 = −1.44 and ∂L/∂W⁽²⁾₀₀ = δ·a⁽¹⁾₀ = 0
     * (a⁽¹⁾₀ = 0); a learning rate of 0.5 changes neither, a weight of 0.9 again makes ∂L/∂ŷ = −1.
     */
    @Test
    void answersSurviveTheNextApply() {
        TutorPage page = withW201(new TutorPage(browser).open(), "0.5");
        page.applyEdits();
        page.waiting().until(d -> "custom".equals(page.selected()));
        page.answer("yhat.0", "-1.44");
        page.answer("W2.0.0", "0");
        page.edit(page.editorField("learningRate"), "0.5");
        page.applyEdits();
        page.waiting().until(d -> page.text("exercise-facts").contains("η = 0.5"));
        assertEquals("-1.44", page.input("yhat.0").getAttribute("value"));
        assertEquals("correct", page.verdict("yhat.0"));
        assertEquals("correct", page.verdict("W2.0.0"));
        page.edit(page.editorParam("W2.0.1"), "0.9");
        page.applyEdits();
        page.waiting().until(d -> "wrong".equals(page.verdict("yhat.0")));
        assertTrue(page.text("storage-message").contains("kept and judged against the new numbers"), page.text("storage-message"));
        assertEquals("-1.44", page.input("yhat.0").getAttribute("value"), "kept, and now judged against ∂L/∂ŷ = −1");
        page.reload();
        assertEquals("custom", page.selected());
        assertEquals("-1.44", page.input("yhat.0").getAttribute("value"));
        assertTrue(page.healthy());
    }

    /**
     * Worksheet 004 (2-3-1 with biases) asking only the update and "did the loss go down?": W⁽¹⁾′ (3·2 = 6), b⁽¹⁾′ (3),
     * W⁽²⁾′ (3), b⁽²⁾′ (1), then loss-down, 14 cells. With no stage ticked the choice says why nothing applies.
     */
    @Test
    void theStagesTickedAreTheCellsAsked() {
        TutorPage page = new TutorPage(browser).open().openEditor();
        tick(page, "#editor-form [data-path='stages']", List.of());
        WebElement set = page.editorField("stages");
        assertTrue(page.fieldError(set).contains("choose at least one stage"), page.fieldError(set));
        page.applyEdits();
        assertEquals("004-relu-231", page.selected(), "nothing was applied");
        // A change of shape lays the form out again: the choice not yet taken, and its message, stay.
        page.edit(page.editorField("layers[0].size"), "2");
        page.waiting().until(d -> d.findElements(By.cssSelector("#editor-form input[data-param='W1.2.1']")).isEmpty());
        assertTrue(page.driver().findElements(By.cssSelector("#editor-form [data-path='stages'] input:checked")).isEmpty());
        assertTrue(page.fieldError(page.editorField("stages")).contains("choose at least one stage"));
        page.edit(page.editorField("layers[0].size"), "3");
        page.waiting().until(d -> !d.findElements(By.cssSelector("#editor-form input[data-param='W1.2.1']")).isEmpty());

        tick(page, "#editor-form [data-path='stages']", List.of("update", "loss-down"));
        assertEquals("", page.fieldError(page.editorField("stages")));
        page.applyEdits();
        page.waiting().until(d -> "custom".equals(page.selected()));
        page.ready();
        List<String> ids = page.cellIds();
        assertEquals(14, ids.size(), ids.toString());
        for (String id : ids.subList(0, 13)) assertTrue(id.startsWith("new.W") || id.startsWith("new.b"), ids.toString());
        assertEquals("loss-down", ids.get(13));
        assertEquals(Solver.solve(Presets.byId("004-relu-231").exercise().withStages(Stages.of(Stage.UPDATE, Stage.LOSS_DOWN)))
                .sheet().ids(), ids, "the cells the core asks, in its order");
        assertTrue(page.healthy());
    }

    /** Sets the stage checkboxes under the selector to exactly the given keys (each click is a change the form judges). */
    static void tick(TutorPage page, String selector, List<String> keys) {
        for (WebElement box : page.driver().findElements(By.cssSelector(selector + " input[data-stage]"))) {
            if (box.isSelected() != keys.contains(box.getAttribute("data-stage"))) box.click();
        }
    }

    /** Back to an edited exercise's link (or a reload after another tab opened something else) reopens it as edited. */
    @Test
    void goingBackReopensTheEditedExerciseWithItsAnswers() {
        TutorPage page = withW201(new TutorPage(browser).open(), "0.5");
        page.applyEdits();
        page.waiting().until(d -> "custom".equals(page.selected()));
        page.answer("yhat.0", "-1.44");
        page.script("location.hash = '#preset=002-scalar-chain';");
        page.waiting().until(d -> "002-scalar-chain".equals(page.selected()));
        page.driver().navigate().back();
        page.waiting().until(d -> "custom".equals(page.selected()));
        assertEquals("-1.44", page.input("yhat.0").getAttribute("value"));
        assertEquals(0L, page.script("return document.querySelectorAll('#exercise-select option[value=link]').length;"));
        assertTrue(page.healthy());
    }

    /** A site without editor.js (a partial copy): the editor box says it could not be loaded, and the rest works. */
    @Test
    void aMissingEditorIsSaidPlainly() throws java.io.IOException {
        java.net.URI copy = browser.siteWithout("editor.js");
        TutorPage page = new TutorPage(browser);
        page.driver().get("about:blank");
        page.driver().get(copy + "#preset=004-relu-231");
        page.waiting().until(d -> !d.findElements(By.cssSelector("#cell-list .cell")).isEmpty());
        page.driver().findElement(By.cssSelector("#editor-box > summary")).click();
        page.waiting().until(d -> page.text("editor-message").startsWith("The editor (editor.js) could not be loaded"));
        assertEquals("", page.text("editor-status"), "no loading line left behind");
        assertTrue(page.driver().findElements(By.cssSelector("#editor-form [data-path]")).isEmpty());
        page.answer("fwd.yhat.0", "0.5");
        assertEquals("correct", page.verdict("fwd.yhat.0"));
        assertTrue(page.healthy());
        for (String problem : browser.problems()) assertTrue(problem.contains("editor.js"), problem);
    }

}

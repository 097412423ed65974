package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;

/**
 * Every question of worksheet 004 in the page, from the first forward value to the new loss, and none of their
 * values on the page before they are answered. By hand (see WorksheetPlayIT for the backward pass):
 * z⁽¹⁾ = W⁽¹⁾x + b⁽¹⁾ = [0.2 − 0.8 + 0.1, −0.3 + 1.6 − 0.2, 0.5 + 1.4 − 0.1] = [−0.5, 1.1, 1.8], a⁽¹⁾ = [0, 1.1, 1.8],
 * z⁽²⁾ = −0.6·0 + 0.9·1.1 − 0.3·1.8 + 0.05 = 0.5 = ŷ, L = ½(0.5 − 1.5)² = 0.5.
 * The step with η = 0.1: W⁽²⁾′ = W⁽²⁾ − 0.1·[0, −1.1, −1.8] = [−0.6, 1.01, −0.12], b⁽²⁾′ = 0.05 + 0.1 = 0.15,
 * W⁽¹⁾′ row 1 = [−0.3, 0.8] − 0.1·[−0.9, −1.8] = [−0.21, 0.98], row 2 = [0.5, 0.7] − 0.1·[0.3, 0.6] = [0.47, 0.64],
 * b⁽¹⁾′ = [0.1, −0.2 + 0.09, −0.1 − 0.03] = [0.1, −0.11, −0.13]; row 0 (a dead unit) keeps [0.2, −0.4].
 * Forward again: z⁽¹⁾′ = [−0.5, −0.21 + 1.96 − 0.11, 0.47 + 1.28 − 0.13] = [−0.5, 1.64, 1.62],
 * ŷ′ = 1.01·1.64 − 0.12·1.62 + 0.15 = 1.6564 − 0.1944 + 0.15 = 1.612, L′ = ½(1.612 − 1.5)² = 0.006272.
 */
class StagesIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    /** Worksheet 004's forward pass and loss, and its update and new loss, as worked in the class comment. */
    static final Map<String, String> FORWARD = new LinkedHashMap<>();
    private static final Map<String, String> BACKWARD = new LinkedHashMap<>();
    static final Map<String, String> UPDATE = new LinkedHashMap<>();

    static {
        FORWARD.put("fwd.z1.0", "-0.5");
        FORWARD.put("fwd.a1.0", "0");
        FORWARD.put("fwd.z1.1", "1.1");
        FORWARD.put("fwd.a1.1", "1.1");
        FORWARD.put("fwd.z1.2", "1.8");
        FORWARD.put("fwd.a1.2", "1.8");
        FORWARD.put("fwd.z2.0", "0.5");
        FORWARD.put("fwd.yhat.0", "0.5");
        FORWARD.put("loss", "0.5");
        BACKWARD.put("yhat.0", "-1");
        BACKWARD.put("z2.0", "-1");
        BACKWARD.put("W2.0.0", "0");
        BACKWARD.put("W2.0.1", "-1.1");
        BACKWARD.put("W2.0.2", "-1.8");
        BACKWARD.put("b2.0", "-1");
        BACKWARD.put("a1.0", "0.6");
        BACKWARD.put("a1.1", "-0.9");
        BACKWARD.put("a1.2", "0.3");
        BACKWARD.put("z1.0", "0");
        BACKWARD.put("z1.1", "-0.9");
        BACKWARD.put("z1.2", "0.3");
        BACKWARD.put("W1.0.0", "0");
        BACKWARD.put("W1.0.1", "0");
        BACKWARD.put("W1.1.0", "-0.9");
        BACKWARD.put("W1.1.1", "-1.8");
        BACKWARD.put("W1.2.0", "0.3");
        BACKWARD.put("W1.2.1", "0.6");
        BACKWARD.put("b1.0", "0");
        BACKWARD.put("b1.1", "-0.9");
        BACKWARD.put("b1.2", "0.3");
        UPDATE.put("new.W2.0.0", "-0.6");
        UPDATE.put("new.W2.0.1", "1.01");
        UPDATE.put("new.W2.0.2", "-0.12");
        UPDATE.put("new.b2.0", "0.15");
        UPDATE.put("new.W1.0.0", "0.2");
        UPDATE.put("new.W1.0.1", "-0.4");
        UPDATE.put("new.W1.1.0", "-0.21");
        UPDATE.put("new.W1.1.1", "0.98");
        UPDATE.put("new.W1.2.0", "0.47");
        UPDATE.put("new.W1.2.1", "0.64");
        UPDATE.put("new.b1.0", "0.1");
        UPDATE.put("new.b1.1", "-0.11");
        UPDATE.put("new.b1.2", "-0.13");
        UPDATE.put("new.loss", "0.006272");
    }

    @Test
    void worksheet004IsPlayedFromTheFirstForwardValueToTheNewLoss() {
        TutorPage page = new TutorPage(browser).open("preset=004-relu-231");
        List<String> ids = page.cellIds();
        assertEquals("fwd.z1.0", ids.get(0), "the forward pass comes first, as on the sheet");
        assertEquals("new.loss", ids.get(ids.size() - 1));
        Map<String, String> all = new LinkedHashMap<>(FORWARD);
        all.putAll(BACKWARD);
        all.putAll(UPDATE);
        assertEquals(all.keySet(), new java.util.LinkedHashSet<>(ids), "every asked cell, in worksheet order");
        for (Map.Entry<String, String> e : all.entrySet()) {
            page.answer(e.getKey(), e.getValue());
            assertEquals("correct", page.verdict(e.getKey()), e.getKey() + " typed " + e.getValue() + ": " + page.verdictText(e.getKey()));
        }
        assertEquals(String.valueOf(all.size()), page.byId("score").getAttribute("data-first-try"));
        page.waitVisible("update");
        assertTrue(page.text("loss-change").startsWith("The loss went down: 0.5 → 0.006272"), page.text("loss-change"));
    }

    @Test
    void noAskedValueIsOnThePageBeforeItIsAnswered() {
        TutorPage page = new TutorPage(browser).open("preset=004-relu-231");
        String diagram = page.text("diagram");
        // Every node line of an asked value reads "= ?"; the weights and inputs, which the sheet gives, stay.
        for (String line : List.of("z = ?", "a = ?", "ŷ = ?", "L = ?")) assertTrue(diagram.contains(line), line + " in " + diagram);
        for (String value : List.of("z = −0.5", "z = 1.1", "z = 1.8", "z = 0.5", "ŷ = 0.5", "L = 0.5", "a = 1.1", "a = 1.8")) {
            assertFalse(diagram.contains(value), value + " is given away by the diagram");
        }
        String table = page.text("forward-rows");
        assertTrue(table.contains("z⁽¹⁾ = [?, ?, ?]"), table);
        assertFalse(table.contains("1.8") || table.contains("1.1") || table.contains("−0.5"), table);
        assertEquals("L = ?", page.text("loss"));
        assertTrue(page.hidden(page.byId("notes-box")), "the notes, which hold values, wait until the end");
        assertTrue(page.hidden(page.byId("update")));

        page.answer("fwd.z1.2", "1.8");
        assertTrue(page.text("diagram").contains("z = 1.8"), "an answered value shows at once");
        assertTrue(page.text("forward-rows").contains("z⁽¹⁾ = [?, ?, 1.8]"), page.text("forward-rows"));
        assertFalse(page.text("diagram").contains("z = 1.1"));

        // A ∂L/∂W answered before the forward pass: its worked product would write a⁽¹⁾₁ = 1.1 out, so it waits.
        page.answer("W2.0.1", "-1.1");
        assertEquals("correct", page.verdict("W2.0.1"));
        assertTrue(page.hidden(page.explanation("W2.0.1")), "the product waits for a⁽¹⁾₁");
        page.answer("fwd.a1.1", "1.1");
        page.waiting().until(d -> !page.hidden(page.explanation("W2.0.1")));
    }

    @Test
    void worksheet002AsksItsCountsAndItsChoice() {
        TutorPage page = new TutorPage(browser).open("preset=002-scalar-chain");
        List<String> ids = page.cellIds();
        assertTrue(ids.get(0).startsWith("q."), "002 asks its questions first: " + ids);
        page.answer("q.count-weights", "2");
        assertEquals("correct", page.verdict("q.count-weights"));
        page.answer("q.count-functions", "4");
        assertEquals("wrong", page.verdict("q.count-functions"));
        Select choice = new Select(page.input("q.what-is-backpropagated"));
        choice.selectByValue("weights");
        page.waiting().until(d -> "wrong".equals(page.verdict("q.what-is-backpropagated")));
        assertFalse(page.hint("q.what-is-backpropagated").getText().isEmpty(), "a wrong option gets its own feedback");
        choice.selectByValue("gradient");
        page.waiting().until(d -> "correct".equals(page.verdict("q.what-is-backpropagated")));
        assertEquals("after-feedback", page.cell("q.what-is-backpropagated").getAttribute("data-outcome"));
    }
}

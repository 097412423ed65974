package backprop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The grader as the student meets it on worksheet 004: answers written as fractions or arithmetic, error
 * carried forward from the student's own earlier answers, and named hints. Hand values (see WorksheetPlayIT):
 * a⁽¹⁾ = [0, 1.1, 1.8], W⁽²⁾ = [−0.6, 0.9, −0.3], true δ⁽²⁾ = −1, ∂L/∂W⁽²⁾ = [0, −1.1, −1.8], ∂L/∂a⁽¹⁾ = [0.6, −0.9, 0.3].
 */
class GraderIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Test
    void fractionsAndArithmeticAreRead() {
        TutorPage page = new TutorPage(browser).open();
        page.answer("yhat.0", "0.5 - 1.5");
        assertEquals("correct", page.verdict("yhat.0"), "ŷ − y written out: " + page.verdictText("yhat.0"));
        page.answer("a1.0", "3/5");
        assertEquals("correct", page.verdict("a1.0"), "0.6 as 3/5: " + page.verdictText("a1.0"));
        page.answer("z1.1", "\u22129/10");
        assertEquals("correct", page.verdict("z1.1"), "−0.9 as −9/10: " + page.verdictText("z1.1"));
        page.answer("W2.0.1", "(-1)(1.1)");
        assertEquals("correct", page.verdict("W2.0.1"), "the product itself: " + page.verdictText("W2.0.1"));
        page.answer("W1.1.1", "-0.9\u00b72");
        assertEquals("correct", page.verdict("W1.1.1"), "δ⁽¹⁾₁·x₁ with a middle dot: " + page.verdictText("W1.1.1"));
        assertTrue(page.healthy());
    }

    @Test
    void unreadableTextSaysWhyAndIsNoWrongAttempt() {
        TutorPage page = new TutorPage(browser).open();
        page.answer("yhat.0", "minus one");
        assertEquals("unreadable", page.verdict("yhat.0"));
        assertFalse(page.verdictText("yhat.0").isBlank());
        assertFalse(page.text("score").contains("wrong"), page.text("score"));
        assertTrue(page.healthy());
    }

    @Tag("cross-engine")
    @Test
    void aWrongDeltaCarriesIntoTheWeightsAsConsistent() {
        TutorPage page = new TutorPage(browser).open();
        page.answer("yhat.0", "-1");
        page.answer("z2.0", "2");
        assertEquals("wrong", page.verdict("z2.0"));
        // With the student's δ⁽²⁾ = 2: ∂L/∂W⁽²⁾₀₁ = 2·a⁽¹⁾₁ = 2·1.1 = 2.2 and ∂L/∂W⁽²⁾₀₂ = 2·1.8 = 3.6 follow correctly.
        page.answer("W2.0.1", "2.2");
        assertEquals("consistent", page.verdict("W2.0.1"), page.verdictText("W2.0.1"));
        assertTrue(page.verdictText("W2.0.1").startsWith("Consistent with your earlier answer"), page.verdictText("W2.0.1"));
        page.answer("W2.0.2", "3.6");
        assertEquals("consistent", page.verdict("W2.0.2"), page.verdictText("W2.0.2"));
        // ∂L/∂a⁽¹⁾₀ = δ⁽²⁾·W⁽²⁾₀ = 2·(−0.6) = −1.2 from the student's δ.
        page.answer("a1.0", "-1.2");
        assertEquals("consistent", page.verdict("a1.0"), page.verdictText("a1.0"));
        page.answer("W2.0.1", "7");
        assertEquals("wrong", page.verdict("W2.0.1"), "a value following from nothing the student wrote");
        assertEquals("Score: 1 right first time · 2 consistent with an earlier answer · 2 wrong · of 44", page.text("score"));
        assertEquals("2", page.byId("score").getAttribute("data-wrong"));
        // Correcting the earlier answer re-judges the later ones against it.
        page.answer("z2.0", "-1");
        assertEquals("wrong", page.verdict("W2.0.2"), "3.6 no longer follows from δ⁽²⁾ = −1");
        assertTrue(page.healthy());
    }

    @Test
    void aFollowThroughRefusedAsACopySaysWhy() {
        TutorPage page = new TutorPage(browser).open();
        // z⁽¹⁾₀ = 0.2·1 − 0.4·2 + 0.1 = −0.5 typed 0.5; a⁽¹⁾₀ = ReLU(0.5) = 0.5 passes it on, where the truth is 0
        page.answer("fwd.z1.0", "0.5");
        page.answer("fwd.a1.0", "0.5");
        assertEquals("wrong", page.verdict("fwd.a1.0"));
        assertEquals("Not quite. Your value follows from your earlier z⁽¹⁾₀ = 0.5 (it is −0.5), but it only passes that number on,"
                + " which earns no credit when it rests on a wrong answer. The exact value is 0.", page.verdictText("fwd.a1.0"));
        page.answer("fwd.z1.1", "1.1");
        assertEquals("Right. The exact value is 1.1.", page.verdictText("fwd.z1.1"));
        assertTrue(page.healthy());
    }

    @Tag("cross-engine")
    @Test
    void aFlippedSignIsNamed() {
        TutorPage page = new TutorPage(browser).open();
        page.answer("yhat.0", "1");
        assertEquals("wrong", page.verdict("yhat.0"));
        assertTrue(page.hint("yhat.0").isDisplayed(), "y − ŷ instead of ŷ − y is a known mistake");
        assertEquals("sign", page.hint("yhat.0").getAttribute("data-hint"));
        page.answer("yhat.0", "5");
        assertEquals("wrong", page.verdict("yhat.0"));
        assertFalse(page.hint("yhat.0").isDisplayed(), "no hint for a wrong answer that matches no known mistake");
        page.answer("yhat.0", "-1");
        assertFalse(page.hint("yhat.0").isDisplayed());
        assertTrue(page.healthy());
    }
}

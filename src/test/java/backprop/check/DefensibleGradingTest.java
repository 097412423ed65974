package backprop.check;

import static backprop.check.Grading.assertKind;
import static backprop.check.Grading.grade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The verdicts of issue 11, each worked out by hand from the worksheet's numbers. */
class DefensibleGradingTest {

    private static void hintKey(String key, Verdict v) {
        assertKind(VerdictKind.WRONG, v);
        assertEquals(key, v.hint() == null ? null : v.hint().key(), v.toString());
    }

    @Test
    void worksheet001UpdatesAreJudgedOnTheirStep() {
        Checker c = Grading.of("001-sigmoid-bce");
        // η = 0.01. W⁽¹⁾₁₂′ = −0.6 − 0.01·(−0.200656) = −0.597993; W⁽¹⁾₂₂′ = 0.8 − 0.01·(−0.401312) = 0.804013;
        // W⁽²⁾₂₁′ = −0.5 − 0.01·0.32105 = −0.50321; b⁽¹⁾₂′ = −0.2 + 0.00200656 = −0.197993; b⁽²⁾′ = −0.00401312
        String[][] old = {{"new.W1.0.1", "-0.6"}, {"new.W1.1.1", "0.8"}, {"new.W2.1.0", "-0.5"}, {"new.b1.1", "-0.2"},
            {"new.b2.0", "0"}, {"new.W1.1.1", "0.80"}};
        for (String[] o : old) {
            Verdict v = grade(c, o[0], o[0], o[1]);
            hintKey("update-not-applied", v);
            assertTrue(v.hint().message().contains("before the step"), v.hint().message());
        }
        // the new values to three or more figures, or with the step right to 1 %
        for (String[] right : new String[][] {{"new.W1.0.1", "-0.598"}, {"new.W1.1.1", "0.804"}, {"new.W2.1.0", "-0.503"},
            {"new.b2.0", "-0.00401"}, {"new.W1.0.1", "-0.6 + 0.002"}, {"new.W1.1.1", "0.804013"}}) {
            assertKind(VerdictKind.CORRECT, grade(c, right[0], right[0], right[1]));
        }
        // 0.81 is within 1 % of 0.804 but its step, 0.01, is 2.5 times the true 0.004
        assertKind(VerdictKind.WRONG, grade(c, "new.W1.1.1", "new.W1.1.1", "0.81"));
        // the parameters of the dead unit do not move: their old value is the new one, and right
        assertKind(VerdictKind.CORRECT, grade(c, "new.W1.0.0", "new.W1.0.0", "0.5"));
        // uphill from the student's own gradient: they typed ∂L/∂W⁽¹⁾₂₂ = −0.4 (accepted), uphill 0.8 + 0.01·(−0.4) = 0.796
        hintKey("uphill", grade(c, "new.W1.1.1", "W1.1.1", "-0.4", "new.W1.1.1", "0.796"));
    }

    @Test
    void worksheet004HintsAgreeWithTheRightDyhat() {
        Checker c = Grading.of("004-relu-231");
        // δ⁽²⁾ = ∂L/∂ŷ·ReLU′(0.5) = −1. Typed −0.5: ReLU′ taken as z = 0.5 gives (−1)(0.5); the ½ used twice gives
        // −0.5 too, but the student's ∂L/∂ŷ = −1 is right, so the loss is not to blame.
        hintKey("relu-as-z", grade(c, "z2.0", "yhat.0", "-1", "z2.0", "-0.5"));
        // alone, the mistake made in this cell is named before one that needs an earlier cell to be wrong
        hintKey("relu-as-z", grade(c, "z2.0", "z2.0", "-0.5"));
        // their ∂L/∂ŷ = −0.5 (the ½ used twice) makes δ⁽²⁾ = −0.5 consistent instead
        assertKind(VerdictKind.CONSISTENT, grade(c, "z2.0", "yhat.0", "-0.5", "z2.0", "-0.5"));
        // ∂L/∂W⁽¹⁾₁₀ = δ⁽¹⁾₁·x₀ = (−0.9)(1) = −0.9; with x₁ = 2: −1.8, which the ½ dropped would give too
        hintKey("wrong-input", grade(c, "W1.1.0", "yhat.0", "-1", "W1.1.0", "-1.8"));
        hintKey("wrong-input", grade(c, "W1.1.0", "z1.1", "-0.9", "W1.1.0", "-1.8"));
        hintKey("wrong-input", grade(c, "W1.1.0", "W1.1.0", "-1.8"));
        // with the student's ∂L/∂ŷ = −2 the ½ dropped is what they did: δ⁽¹⁾₁ = 2·(−0.9)
        hintKey("loss-half", grade(c, "z1.1", "yhat.0", "-2", "z1.1", "-1.8"));
        // but not once their δ⁽²⁾ = −1 is right: the ½ was not dropped on the way to it
        assertNull(grade(c, "z1.1", "yhat.0", "-2", "z1.1", "-1.8", "z2.0", "-1").hint());
    }

    @Test
    void theSignHintDoesNotBlameARightDyhat() {
        Checker c = Grading.of("001-sigmoid-bce");
        // ∂L/∂W⁽²⁾₂₁ = δ⁽²⁾·a⁽¹⁾₂ = 0.401312·0.8 = 0.32105; typed −0.321 with ∂L/∂ŷ = 1.67032 right
        Verdict v = grade(c, "W2.1.0", "yhat.0", "1.6703", "W2.1.0", "-0.321");
        hintKey("sign", v);
        assertFalse(v.hint().message().contains("Check that ∂L/∂ŷ"), v.hint().message());
        assertTrue(v.hint().message().contains("Your ∂L/∂ŷ is right"), v.hint().message());
        // without it, the hint may point at ∂L/∂ŷ
        assertTrue(grade(c, "W2.1.0", "W2.1.0", "-0.321").hint().message().contains("∂L/∂ŷ is"));
    }

    @Test
    void worksheet003TheSkipPathLeftOut() {
        Checker c = Grading.of("003-skip-connection");
        // ∂L/∂a⁽¹⁾ = (−1.0724)(1.6) + (−1.532)(−0.6) = −0.79664; without the skip term −1.71584
        hintKey("skip-path-left-out", grade(c, "a1.0", "yhat.0", "-1.532", "a1.0", "-1.71584"));
        hintKey("skip-path-left-out", grade(c, "a1.0", "a1.0", "-1.71584"));
        // −1.59328 is the ½ dropped (2 × −0.79664); with ∂L/∂ŷ = −1.532 right it is not that, and no other mistake gives it
        hintKey("loss-half", grade(c, "a1.0", "a1.0", "-1.59328"));
        Verdict v = grade(c, "a1.0", "yhat.0", "-1.532", "a1.0", "-1.59328");
        assertKind(VerdictKind.WRONG, v);
        assertNull(v.hint(), v.toString());
    }

    @Test
    void roundedOnlyForARealRounding() {
        Checker c = Grading.of("004-relu-231");
        // ∂L/∂a⁽¹⁾₀ = 0.6: "1" is not 0.6 rounded to one figure (that is 0.6)
        Verdict one = grade(c, "a1.0", "a1.0", "1");
        assertKind(VerdictKind.WRONG, one);
        assertTrue(one.hint() == null || !one.hint().key().equals("rounded"), one.toString());
        // ∂L/∂z⁽¹⁾₂ = 0.3 typed "-1": no rounding either
        Verdict minus = grade(c, "z1.2", "z1.2", "-1");
        assertTrue(minus.hint() == null || !minus.hint().key().equals("rounded"), minus.toString());
        // 001: W⁽²⁾₂₁ gradient 0.32105 typed "0.3" is it rounded to one figure
        Checker s = Grading.of("001-sigmoid-bce");
        hintKey("rounded", grade(s, "W2.1.0", "W2.1.0", "0.3"));
        // 1.67032 typed "2" is it rounded to one figure; "1.6" is not it rounded to two (1.7)
        hintKey("rounded", grade(s, "yhat.0", "yhat.0", "2"));
        Verdict off = grade(s, "yhat.0", "yhat.0", "1.6");
        assertTrue(off.hint() == null || !off.hint().key().equals("rounded"), off.toString());
    }

    @Test
    void aValueCutRatherThanRoundedIsSaidSoBeforeAnyNamedMistake() {
        Checker s = Grading.of("001-sigmoid-bce");
        // W′⁽¹⁾₀₁ = −0.6 − 0.01·(−0.2006563) = −0.5979934: "-0.597" is it cut after 3 decimals (rounded, −0.598). σ(z)
        // in place of σ′(z) would give −0.596648, which is −0.597 as typed too: the cut is the likelier slip.
        Verdict cut = grade(s, "new.W1.0.1", "new.W1.0.1", "-0.597");
        assertKind(VerdictKind.WRONG, cut);
        hintKey("cut", cut);
        assertEquals("This is the right value cut off, not rounded: the next digit is 5 or more.", cut.hint().message());
        // "-0.598" is it rounded, and right; "-0.5979" is cut after 4 decimals too (rounded, −0.5980); "-0.596" is neither.
        assertKind(VerdictKind.CORRECT, grade(s, "new.W1.0.1", "new.W1.0.1", "-0.598"));
        hintKey("cut", grade(s, "new.W1.0.1", "new.W1.0.1", "-0.5979"));
        Verdict other = grade(s, "new.W1.0.1", "new.W1.0.1", "-0.596");
        assertTrue(other.hint() == null || !other.hint().key().equals("cut"), other.toString());
        // "-0.6000" is the old weight typed back.
        hintKey("update-not-applied", grade(s, "new.W1.0.1", "new.W1.0.1", "-0.6000"));
    }

    @Test
    void aZeroAtADeadUnitDrawsNoCoincidentalHint() {
        Checker c = Grading.of("004-relu-231");
        // ∂L/∂W⁽²⁾₀₁ = −1.1; 0 is what pairing δ⁽²⁾ with the dead a⁽¹⁾₀ gives, which says nothing
        Verdict v = grade(c, "W2.0.1", "W2.0.1", "0");
        assertKind(VerdictKind.WRONG, v);
        assertNull(v.hint(), v.toString());
    }
}

package backprop.check;

import static backprop.check.Grading.assertKind;
import static backprop.check.Grading.grade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Error carried forward along the chain, and the ways it must not be gamed. */
class CarriedErrorTest {

    @Test
    void aWrongDeltaCarriedIntoTheWeightGradientIsConsistent() {
        Checker c = Grading.of("004-relu-231");
        // the student's δ⁽²⁾ = −2 (the ½ dropped); their ∂L/∂W⁽²⁾₀₁ = δ⁽²⁾·a⁽¹⁾₁ = (−2)(1.1) = −2.2
        Verdict v = grade(c, "W2.0.1", "z2.0", "-2", "W2.0.1", "-2.2");
        assertKind(VerdictKind.CONSISTENT, v);
        assertEquals(-2.2, v.carried(), 1e-12);
        assertEquals(-1.1, v.expected(), 1e-12);
        assertEquals("follows from your earlier ∂L/∂z⁽²⁾ = -2 (it is −1)", v.problem());
        assertNull(v.hint());
        assertEquals("consistent", v.kind().key());
        // and ∂L/∂a⁽¹⁾₁ = δ⁽²⁾·W⁽²⁾₀₁ = (−2)(0.9) = −1.8, typed to 3 figures
        assertKind(VerdictKind.CONSISTENT, grade(c, "a1.1", "z2.0", "-2", "a1.1", "-1.80"));
        // rounding the carried value is judged like rounding the true one
        assertKind(VerdictKind.CONSISTENT, grade(c, "W2.0.2", "z2.0", "-2", "W2.0.2", "-3.6"));
    }

    @Test
    void aChainFollowsTheStudentsOwnValuesDownToTheUpdate() {
        Checker c = Grading.of("004-relu-231");
        // ∂L/∂ŷ = −2 (wrong); δ⁽²⁾ typed −2 as well; ∂L/∂a⁽¹⁾₁ = (−2)(0.9) = −1.8; δ⁽¹⁾₁ = −1.8·ReLU′(1.1) = −1.8;
        // ∂L/∂W⁽¹⁾₁₁ = δ⁽¹⁾₁·x₁ = (−1.8)(2) = −3.6; W⁽¹⁾₁₁′ = 0.8 − 0.1·(−3.6) = 1.16
        String[] a = {"yhat.0", "-2", "z2.0", "-2", "a1.1", "-1.8", "z1.1", "-1.8", "W1.1.1", "-3.6", "new.W1.1.1", "1.16"};
        assertKind(VerdictKind.WRONG, grade(c, "yhat.0", a));
        assertKind(VerdictKind.CONSISTENT, grade(c, "a1.1", a));
        assertKind(VerdictKind.CONSISTENT, grade(c, "W1.1.1", a));
        Verdict up = grade(c, "new.W1.1.1", a);
        assertKind(VerdictKind.CONSISTENT, up);
        assertEquals(1.16, up.carried(), 1e-12);
        assertTrue(up.problem().contains("∂L/∂W⁽¹⁾₁₁ = -3.6"), up.problem());
        // the update with the true gradient is correct whatever came before: 0.8 − 0.1·(−1.8) = 0.98
        assertKind(VerdictKind.CORRECT, grade(c, "new.W1.1.1", "W1.1.1", "-3.6", "new.W1.1.1", "0.98"));
    }

    @Test
    void twoPathsOneOfThemFromAWrongAnswer() {
        Checker c = Grading.of("003-skip-connection");
        // δ⁽²⁾ typed −1.544256 (ReLU′ taken as z = 1.44: −1.0724·1.44), δ⁽³⁾ = −1.532 right:
        // ∂L/∂a⁽¹⁾ = δ⁽²⁾·w⁽²⁾ + δ⁽³⁾·w⁽³←¹⁾ = (−1.544256)(1.6) + (−1.532)(−0.6) = −2.4708096 + 0.9192 = −1.5516096
        Verdict v = grade(c, "a1.0", "z2.0", "-1.544256", "z3.0", "-1.532", "a1.0", "-1.5516096");
        assertKind(VerdictKind.CONSISTENT, v);
        assertEquals(-1.5516096, v.carried(), 1e-12);
        assertTrue(v.problem().startsWith("follows from your earlier ∂L/∂z⁽²⁾ = -1.544256"), v.problem());
        assertTrue(!v.problem().contains("z⁽³⁾"), "a right earlier answer is not named: " + v.problem());
    }

    @Test
    void workingOnFromAcceptedRoundedAnswersIsRight() {
        Checker c = Grading.of("003-skip-connection");
        // δ⁽²⁾ = −1.0724 typed −1.08 (0.71 % off, accepted); then ∂L/∂a⁽¹⁾ = (−1.08)(1.6) + (−1.532)(−0.6)
        // = −1.728 + 0.9192 = −0.8088, 1.5 % from −0.79664 because the sum cancels: right all the same
        assertKind(VerdictKind.CORRECT, grade(c, "z2.0", "z2.0", "-1.08"));
        Verdict v = grade(c, "a1.0", "z2.0", "-1.08", "a1.0", "-0.8088");
        assertKind(VerdictKind.CORRECT, v);
        assertNull(v.problem());
        // without that earlier answer −0.8088 is just off
        assertKind(VerdictKind.WRONG, grade(c, "a1.0", "a1.0", "-0.8088"));
    }

    @Test
    void aRightEarlierAnswerGivesNoFollowThrough() {
        Checker c = Grading.of("004-relu-231");
        // δ⁽²⁾ right, ∂L/∂W⁽²⁾₀₁ wrong: nothing to follow through
        Verdict v = grade(c, "W2.0.1", "z2.0", "-1", "W2.0.1", "-2.2");
        assertKind(VerdictKind.WRONG, v);
        assertTrue(Double.isNaN(v.carried()));
        assertNull(v.problem());
    }

    @Test
    void zeroOrOneUpstreamEarnsNothingUnlessItIsAPlausibleAttempt() {
        Checker c = Grading.of("004-relu-231");
        // δ⁽²⁾ = 0 makes every ∂L/∂W⁽²⁾ 0: no follow-through credit, and the verdict says why (not "consistent")
        for (String[] a : new String[][] {
            {"z2.0", "0", "W2.0.1", "0"},
            {"z2.0", "0", "b2.0", "0"},
        }) {
            Verdict v = grade(c, a[2], a);
            assertKind(VerdictKind.WRONG, v);
            assertEquals("follows from your earlier ∂L/∂z⁽²⁾ = 0 (it is −1), but it is 0, which earns no credit when it rests on"
                    + " a wrong answer", v.problem(), v.toString());
            assertTrue(Double.isNaN(v.carried()));
        }
        // −1 is δ⁽²⁾'s true value: the answer is simply right
        assertKind(VerdictKind.CORRECT, grade(c, "W2.0.1", "z2.0", "-1.0e0", "W2.0.1", "-1.1"));
        // δ⁽²⁾ = 1 is the sign flipped (a named mistake), and (1)(1.1) = 1.1 is real work: consistent
        assertKind(VerdictKind.CONSISTENT, grade(c, "W2.0.1", "z2.0", "1", "W2.0.1", "1.1"));
        // δ⁽²⁾ = 0.3 (no named mistake) gives ∂L/∂b⁽²⁾ = 0.3 · 1: the method, and a copy where the truth is a copy
        assertKind(VerdictKind.CONSISTENT, grade(c, "b2.0", "z2.0", "0.3", "b2.0", "0.3"));
        // δ⁽²⁾ = 1/1.1 (no named mistake) makes ∂L/∂W⁽²⁾₀₁ = (1/1.1)(1.1) = 1: typing 1 earns nothing
        assertKind(VerdictKind.WRONG, grade(c, "W2.0.1", "z2.0", "1/1.1", "W2.0.1", "1"));
        // the student's ∂L/∂ŷ = 1 (sign flipped, a named mistake): δ⁽²⁾ = 1·ReLU′(0.5) = 1 follows from it
        assertKind(VerdictKind.CONSISTENT, grade(c, "z2.0", "yhat.0", "1", "z2.0", "1"));
        // ∂L/∂ŷ = 7 is no named mistake, and δ⁽²⁾ = 7·1 is fine: consistent, a copy where the truth is a copy
        assertKind(VerdictKind.CONSISTENT, grade(c, "z2.0", "yhat.0", "7", "z2.0", "7"));
        // a gradient of 0 in the update: W′ = W, no step, no credit; the old weight back is named
        Verdict old = grade(c, "new.W2.0.1", "W2.0.1", "0", "new.W2.0.1", "0.9");
        assertKind(VerdictKind.WRONG, old);
        assertEquals("update-not-applied", old.hint().key());
        assertEquals("follows from your earlier ∂L/∂W⁽²⁾₀₁ = 0 (it is −1.1), but it takes no step, which earns no credit when it"
                + " rests on a wrong answer", old.problem());
        // typing 1 for ∂L/∂W⁽²⁾₀₁ = (1/1.1)(1.1): refused, and said so
        assertTrue(grade(c, "W2.0.1", "z2.0", "1/1.1", "W2.0.1", "1").problem().endsWith(", but it is 1, which earns no credit"
                + " when it rests on a wrong answer"));
    }

    @Test
    void aCopyRefusedAsNoWorkSaysWhy() {
        Checker c = Grading.of("004-relu-231");
        // z⁽¹⁾₀ = 0.2·1 − 0.4·2 + 0.1 = −0.5 typed 0.5, no named mistake; a⁽¹⁾₀ = ReLU(0.5) = 0.5 follows from it but
        // passes it on, where the true values (−0.5 and 0) are no copies: not credited, and the verdict says why.
        Verdict v = grade(c, "fwd.a1.0", "fwd.z1.0", "0.5", "fwd.a1.0", "0.5");
        assertKind(VerdictKind.WRONG, v);
        assertEquals("follows from your earlier z⁽¹⁾₀ = 0.5 (it is −0.5), but it only passes that number on, which earns no"
                + " credit when it rests on a wrong answer", v.problem());
        // an answer that does not follow from it is only wrong
        assertNull(grade(c, "fwd.a1.0", "fwd.z1.0", "0.5", "fwd.a1.0", "0.7").problem());
        assertNull(grade(c, "fwd.a1.0", "fwd.a1.0", "0.5").problem());
        // the next cell is real work on their 0.5: z⁽²⁾ = −0.6·0.5 + 0.9·1.1 − 0.3·1.8 + 0.05 = 0.2, consistent
        assertKind(VerdictKind.CONSISTENT, grade(c, "fwd.z2.0", "fwd.z1.0", "0.5", "fwd.a1.0", "0.5", "fwd.z2.0", "0.2"));
    }

    @Test
    void followingAWrongMinusOneIsWork() {
        // worksheet 002: x = 3, w₁ = 0.5, z₁ = 1.5 = a₁; w₂ = 0.8, z₂ = 1.2 = ŷ; y = 2, N = 1: ∂L/∂ŷ = ŷ − y = −0.8,
        // δ₂ = −0.8·ReLU′(1.2) = −0.8. The student's δ₂ = −1 (wrong, no named mistake), then ∂L/∂w₂ = δ₂·a₁ =
        // (−1)(1.5) = −1.5 and w₂′ = 0.8 − 0.1·(−1.5) = 0.95: both follow from their −1.
        Checker c = Grading.of("002-scalar-chain");
        String[] a = {"z2.0", "-1", "W2.0.0", "-1.5", "new.W2.0.0", "0.95"};
        assertKind(VerdictKind.WRONG, grade(c, "z2.0", a));
        assertKind(VerdictKind.CONSISTENT, grade(c, "W2.0.0", a));
        assertKind(VerdictKind.CONSISTENT, grade(c, "new.W2.0.0", a));
    }

    @Test
    void copyingAnEarlierWrongAnswerEarnsNothingWhereTheTruthIsNoCopy() {
        Checker c = Grading.of("004-relu-231");
        // ∂L/∂a⁽¹⁾₁ = δ⁽²⁾·W⁽²⁾₀₁ = (−1)(0.9) = −0.9, no copy of δ⁽²⁾ = −1: passing a wrong δ⁽²⁾ = −2 on unchanged is no work
        Verdict a = grade(c, "a1.1", "z2.0", "-2", "a1.1", "-2");
        assertKind(VerdictKind.WRONG, a);
        assertNull(a.problem());
        // a true 0 in the chain (the dead unit's ReLU′) makes the carried value 0: no credit either
        Verdict dead = grade(c, "z1.0", "a1.0", "0.7", "z1.0", "0.1");
        assertKind(VerdictKind.WRONG, dead);
        assertNull(dead.problem());
    }

    @Test
    void passingAWrongValueOnIsRightWhereTheTruthIsACopyToo() {
        Checker c = Grading.of("004-relu-231");
        // ∂L/∂b⁽²⁾ = δ⁽²⁾·1: after the student's δ⁽²⁾ = −2, their ∂L/∂b⁽²⁾ = −2 follows
        Verdict b = grade(c, "b2.0", "z2.0", "-2", "b2.0", "-2");
        assertKind(VerdictKind.CONSISTENT, b);
        assertEquals(-1, b.expected(), 1e-12);
        // δ⁽¹⁾₁ = ∂L/∂a⁽¹⁾₁·ReLU′(1.1) = ∂L/∂a⁽¹⁾₁·1 (true −0.9): after their −1.8, −1.8 follows
        assertKind(VerdictKind.CONSISTENT, grade(c, "z1.1", "a1.1", "-1.8", "z1.1", "-1.8"));
        // worksheet 003, ∂L/∂a⁽¹⁾ with the skip path left out: −1.71584 (true −0.79664);
        // δ⁽¹⁾ = ∂L/∂a⁽¹⁾·ReLU′(0.9) = −1.71584 follows
        Checker skip = Grading.of("003-skip-connection");
        assertKind(VerdictKind.WRONG, grade(skip, "a1.0", "a1.0", "-1.71584"));
        Verdict z = grade(skip, "z1.0", "a1.0", "-1.71584", "z1.0", "-1.71584");
        assertKind(VerdictKind.CONSISTENT, z);
        assertEquals(-0.79664, z.expected(), 1e-12);
        // and ∂L/∂w⁽¹⁾ = δ⁽¹⁾·x = (−1.71584)(1.5) = −2.57376 follows from that
        assertKind(VerdictKind.CONSISTENT, grade(skip, "W1.0.0", "a1.0", "-1.71584", "z1.0", "-1.71584", "W1.0.0", "-2.57376"));
    }

    @Test
    void unreadableOrEmptyEarlierAnswersUseTheTrueValue() {
        Checker c = Grading.of("004-relu-231");
        // z2.0 unreadable: W2.0.1 is judged against δ⁽²⁾ = −1, so −1.1 is right
        assertKind(VerdictKind.CORRECT, grade(c, "W2.0.1", "z2.0", "minus two", "W2.0.1", "-1.1"));
        assertKind(VerdictKind.CORRECT, grade(c, "W2.0.1", "z2.0", "", "W2.0.1", "-1.1"));
        assertKind(VerdictKind.WRONG, grade(c, "W2.0.1", "z2.0", "(-2", "W2.0.1", "-2.2"));
    }
}

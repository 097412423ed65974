package backprop.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.check.Checker;
import backprop.exercise.Presets;
import backprop.session.Attempt;
import backprop.session.Outcome;
import backprop.solve.Solver;
import org.junit.jupiter.api.Test;

/** The attempt as cmi.suspend_data keeps it: the format written out by hand, the way back, and the 4,096-character limit. */
class SuspendDataTest {

    private static final String FP = "0123abcd";

    private static Attempt worksheet004() {
        return new Attempt(new Checker(Solver.solve(Presets.byId("004-relu-231").exercise())));
    }

    /** ŷ right; ∂L/∂z⁽²⁾ wrong (3), then right; ∂L/∂W⁽²⁾₀₀ shown; ∂L/∂b⁽²⁾ wrong (1). */
    private static Attempt worked() {
        Attempt a = worksheet004();
        a.answer("yhat.0", "-1");
        a.answer("z2.0", "3");
        a.answer("z2.0", "-1");
        a.show("W2.0.0");
        a.answer("b2.0", "1");
        return a;
    }

    @Test
    void theFormatIsPositionsMarksAndTexts() {
        Attempt a = worked();
        // Worksheet 004 in worksheet order (solve --preset 004-relu-231): nine forward and loss cells (0–8), then
        // yhat.0 = 9, z2.0 = 10 (base 36: a), W2.0.0 = 11 (b), W2.0.1, W2.0.2, b2.0 = 14 (e).
        assertEquals(9, a.indexOf("yhat.0"));
        assertEquals(14, a.indexOf("b2.0"));
        SuspendData.Encoded e = SuspendData.encode(a, FP);
        assertEquals("b1" + FP + "9=2:-1" + "a*2:-1" + "b~" + "e*1:1", e.text());
        assertEquals(0, e.dropped());
    }

    @Test
    void everyOutcomeComesBack() {
        Attempt back = worksheet004();
        assertNull(SuspendData.decode(SuspendData.encode(worked(), FP).text(), FP, back));
        assertEquals(Outcome.FIRST_TRY, back.outcome(back.indexOf("yhat.0")));
        assertEquals(Outcome.AFTER_FEEDBACK, back.outcome(back.indexOf("z2.0")));
        assertEquals(Outcome.SHOWN, back.outcome(back.indexOf("W2.0.0")));
        assertEquals(Outcome.WRONG, back.outcome(back.indexOf("b2.0")));
        assertEquals("1", back.typed(back.indexOf("b2.0")));
        assertEquals(Outcome.UNANSWERED, back.outcome(back.indexOf("W2.0.1")));
    }

    @Test
    void feedbackOnACellEmptiedSinceIsKept() {
        Attempt a = worksheet004();
        a.answer("z2.0", "3");
        a.answer("z2.0", "");
        assertEquals("b1" + FP + "a!", SuspendData.encode(a, FP).text());
        Attempt back = worksheet004();
        SuspendData.decode("b1" + FP + "a!", FP, back);
        back.answer("z2.0", "-1");
        assertEquals(Outcome.AFTER_FEEDBACK, back.outcome(back.indexOf("z2.0")), "the answer was seen: typing it now is no first try");
    }

    @Test
    void textsWithDigitsColonsAndAnyCharacterSurvive() {
        Attempt a = worksheet004();
        a.answer("yhat.0", "1:2=3*4~5!");
        a.answer("z2.0", "−1 ∂ 😀");
        Attempt back = worksheet004();
        assertNull(SuspendData.decode(SuspendData.encode(a, FP).text(), FP, back));
        assertEquals("1:2=3*4~5!", back.typed(back.indexOf("yhat.0")));
        assertEquals("−1 ∂ 😀", back.typed(back.indexOf("z2.0")));
    }

    @Test
    void whatDoesNotFitIsLeftOutFromTheEndKeepingEveryFeedbackMark() {
        Attempt a = worksheet004();
        String longText = "x".repeat(150);
        for (String id : a.ids()) a.answer(id, "999");
        for (String id : a.ids()) a.answer(id, longText);
        // 44 cells, each with feedback (999 is wrong everywhere) and 150 characters typed. An entry is the position
        // (1 base-36 digit below 36, 2 from 36 to 43), '*', the length 150 = "46", ':' and the text: 155 or 156
        // characters; its mark alone is 2 or 3. Everything: 10 + 36·155 + 8·156 = 6838. Each text left out saves
        // 153, and 6838 − 4096 = 2742 needs 18 of them (17 save 2601): 6838 − 18·153 = 4084.
        SuspendData.Encoded e = SuspendData.encode(a, FP);
        assertEquals(18, e.dropped());
        assertEquals(4084, e.text().length());
        assertTrue(e.text().length() <= SuspendData.MAX);
        Attempt back = worksheet004();
        assertNull(SuspendData.decode(e.text(), FP, back));
        for (int i = 0; i < back.size(); i++) {
            assertTrue(back.hadFeedback(i), "feedback is never forgotten: " + back.id(i));
            assertEquals(i < 26 ? longText : null, back.typed(i), "the first 26 keep their text: " + back.id(i));
        }
    }

    /** A 16-24-24-8 ReLU net asking its backward pass and its update, numbers in a fixed pattern. */
    private static Attempt large() {
        int[] sizes = {16, 24, 24, 8};
        StringBuilder sb = new StringBuilder("{\"title\": \"large\", \"loss\": \"half-sum-squared\", \"learningRate\": 0.01,"
                + " \"stages\": [\"backward\", \"update\"], \"input\": ").append(vector(16, 1)).append(", \"target\": ")
                .append(vector(8, 2)).append(", \"layers\": [");
        for (int l = 1; l < sizes.length; l++) {
            sb.append(l > 1 ? ", " : "").append("{\"activation\": \"").append(l == 3 ? "linear" : "relu").append("\", \"weights\": [");
            for (int j = 0; j < sizes[l]; j++) sb.append(j == 0 ? "" : ", ").append(vector(sizes[l - 1], j + l));
            sb.append("], \"bias\": ").append(vector(sizes[l], l)).append('}');
        }
        try {
            return new Attempt(new Checker(Solver.solve(backprop.exercise.ExerciseJson.parse(sb.append("]}").toString()))));
        } catch (backprop.exercise.ExerciseException e) {
            throw new AssertionError(e);
        }
    }

    private static String vector(int n, int shift) {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < n; k++) sb.append(k == 0 ? "" : ", ").append(((k + shift) % 5 - 2) / 10.0);
        return sb.append(']').toString();
    }

    @Test
    void whenEvenTheMarksDoNotFitTheEndComesBackShownNeverAsCellsStillToTry() {
        Attempt a = large();
        // Cells: the backward pass 1,320 (16-24-24-8 with biases), the update one per parameter: 16·24 + 24 + 24·24 + 24
        // + 24·8 + 8 = 1,208; 2,528 in all.
        assertEquals(2528, a.size());
        // Every cell has had feedback and holds nothing: marks only, "i!".
        a.restore(java.util.Map.of(), java.util.List.of(), a.ids());
        // A mark is 2 characters below position 36, 3 to 1,295, 4 from 1,296 (base 36). Keeping cells 0 … c−1 and
        // the cut "c^" takes 10 + 72 + 3·1260 + 4·(c − 1296) + 4 characters for c ≥ 1296: at most 4,096 for c ≤ 1353.5,
        // so c = 1353 (base 36: 11l) and 4,094 characters; the other 2,528 − 1,353 = 1,175 cells come back shown.
        SuspendData.Encoded e = SuspendData.encode(a, FP);
        assertEquals(4094, e.text().length());
        assertTrue(e.text().endsWith("11k!11l^"), e.text().substring(e.text().length() - 20));
        assertEquals(1175, e.dropped());
        Attempt back = large();
        assertNull(SuspendData.decode(e.text(), FP, back));
        for (int i = 0; i < back.size(); i++) {
            if (i < 1353) {
                assertTrue(back.hadFeedback(i) && !back.isShown(i), back.id(i));
            } else {
                assertEquals(Outcome.SHOWN, back.outcome(i), back.id(i));
            }
        }
    }

    @Test
    void otherNumbersOrGarbageAreRefusedAndLeaveTheAttemptAlone() {
        String kept = SuspendData.encode(worked(), FP).text();
        Attempt back = worksheet004();
        assertEquals("was saved for other numbers", SuspendData.decode(kept, "ffffffff", back));
        for (String junk : new String[] {"x", "b1", "b1" + FP + "9", "b1" + FP + "9=", "b1" + FP + "9=5:-1", "b1" + FP + "zzzzz=1:1",
            "b1" + FP + "1a=1:1", "b1" + FP + "9?", "b1" + FP + "9=2-1"}) {
            assertEquals("could not be read", SuspendData.decode(junk, FP, back), junk);
        }
        assertTrue(back.answers().isEmpty() && back.shownIds().isEmpty() && back.feedbackIds().isEmpty());
        assertNull(SuspendData.decode("", FP, back), "nothing kept: a first visit");
        assertNull(SuspendData.decode("b1" + FP, FP, back), "kept, but nothing done yet");
    }
}

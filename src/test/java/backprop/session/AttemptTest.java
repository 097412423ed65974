package backprop.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.backward.Cell;
import backprop.check.Checker;
import backprop.check.Verdict;
import backprop.check.VerdictKind;
import backprop.exercise.Presets;
import backprop.generate.ExerciseGenerator;
import backprop.generate.GeneratorOptions;
import backprop.notation.Num;
import backprop.random.Prng;
import backprop.solve.Solution;
import backprop.solve.Solver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Worksheet 004 by hand: z⁽¹⁾ = [−0.5, 1.1, 1.8], a⁽¹⁾ = [0, 1.1, 1.8], ŷ = −0.6·0 + 0.9·1.1 − 0.3·1.8 + 0.05 = 0.5,
 * y = 1.5, so ∂L/∂ŷ = ŷ − y = −1 and, ReLU′(0.5) = 1, δ⁽²⁾ = −1; ∂L/∂W⁽²⁾₀₁ = δ⁽²⁾·a⁽¹⁾₁ = −1.1.
 */
class AttemptTest {

    private static Attempt attempt(String preset) {
        Solution s = Solver.solve(Presets.byId(preset).exercise());
        return new Attempt(new Checker(s), Session.asked(s));
    }

    private static Outcome outcome(Attempt a, String id) {
        return a.outcome(a.indexOf(id));
    }

    @Test
    void rightAtOnceIsFirstTryAndRightAfterAWrongVerdictIsAfterFeedback() {
        Attempt a = attempt("004-relu-231");
        a.answer("yhat.0", "-1");
        assertEquals(Outcome.FIRST_TRY, outcome(a, "yhat.0"));
        a.answer("z2.0", "-0.5");
        assertEquals(Outcome.WRONG, outcome(a, "z2.0"));
        // The wrong verdict showed −1; typing it now is no first-try work.
        a.answer("z2.0", "-1");
        assertEquals(Outcome.AFTER_FEEDBACK, outcome(a, "z2.0"));
        Tally t = a.tally();
        assertEquals(1, t.firstTry());
        assertEquals(1, t.afterFeedback());
        assertEquals(a.size() - 2, t.unanswered());
        assertEquals("1 right first time · 1 right after feedback · of " + a.size(), t.summary());
    }

    @Test
    void anUnreadableAnswerIsNoAttemptAndGivesNoFeedback() {
        Attempt a = attempt("004-relu-231");
        a.answer("yhat.0", "-1x");
        assertEquals(VerdictKind.UNREADABLE, a.verdict(a.indexOf("yhat.0")).kind());
        assertEquals(Outcome.UNANSWERED, outcome(a, "yhat.0"));
        a.answer("yhat.0", "-1");
        assertEquals(Outcome.FIRST_TRY, outcome(a, "yhat.0"));
    }

    @Test
    void showingNeverTakesARightAnswerAway() {
        Attempt a = attempt("004-relu-231");
        a.answer("z2.0", "-1");
        assertFalse(a.canShow(a.indexOf("z2.0")));
        assertEquals(0, a.show("z2.0").length);
        assertEquals(Outcome.FIRST_TRY, outcome(a, "z2.0"));
        a.answer("W2.0.1", "5");
        a.showAll();
        assertEquals(Outcome.FIRST_TRY, outcome(a, "z2.0"), "show all leaves a right cell alone");
        assertEquals(Outcome.SHOWN, outcome(a, "W2.0.1"), "a wrong cell is shown");
        assertEquals(a.size() - 1, a.tally().shown());
        assertTrue(a.complete());
    }

    @Test
    void aWrongValuePassedOnIsConsistentAndFixingItRejudgesTheCellsAfterIt() {
        Attempt a = attempt("004-relu-231");
        a.answer("z2.0", "-2");
        // ∂L/∂W⁽²⁾₀₁ = δ⁽²⁾·a⁽¹⁾₁ = (−2)(1.1) = −2.2 with the student's δ.
        a.answer("W2.0.1", "-2.2");
        assertEquals(Outcome.CONSISTENT, outcome(a, "W2.0.1"));
        int[] changed = a.answer("z2.0", "-1");
        // z2.0 is now right and W2.0.1's −2.2 no longer follows from anything: both verdicts change.
        assertArrayEquals(new int[] {a.indexOf("z2.0"), a.indexOf("W2.0.1")}, changed);
        assertEquals(Outcome.AFTER_FEEDBACK, outcome(a, "z2.0"));
        assertEquals(Outcome.WRONG, outcome(a, "W2.0.1"));
    }

    @Test
    void aShownValueIsWhatLaterCellsAreJudgedAgainst() {
        Attempt a = attempt("004-relu-231");
        a.answer("z2.0", "-2");
        a.answer("W2.0.1", "-1.1");
        assertEquals(VerdictKind.CORRECT, a.verdict(a.indexOf("W2.0.1")).kind());
        a.show("z2.0");
        assertEquals(Outcome.SHOWN, outcome(a, "z2.0"));
        assertEquals(null, a.typed(a.indexOf("z2.0")));
        assertEquals(Outcome.FIRST_TRY, outcome(a, "W2.0.1"));
    }

    @Test
    void resetForgetsEverything() {
        Attempt a = attempt("004-relu-231");
        a.answer("z2.0", "3");
        a.show("yhat.0");
        a.reset();
        assertEquals(a.size(), a.tally().unanswered());
        assertTrue(a.answers().isEmpty());
        assertTrue(a.feedbackIds().isEmpty());
        a.answer("z2.0", "-1");
        assertEquals(Outcome.FIRST_TRY, outcome(a, "z2.0"));
    }

    @Test
    void restoringPutsBackAnswersShownCellsAndFeedback() {
        Attempt a = attempt("004-relu-231");
        a.restore(Map.of("z2.0", "-1", "W2.0.1", "-1.1", "nosuch.cell", "1"), List.of("yhat.0"), List.of("z2.0"));
        assertEquals(Outcome.AFTER_FEEDBACK, outcome(a, "z2.0"));
        assertEquals(Outcome.FIRST_TRY, outcome(a, "W2.0.1"));
        assertEquals(Outcome.SHOWN, outcome(a, "yhat.0"));
        assertEquals(2, a.answers().size());
    }

    /**
     * Re-grading only downstream cells must give exactly what grading every cell gives: after each random
     * change, every verdict equals the checker's full grading, and the cells reported as changed are exactly
     * those whose verdict differs from before.
     */
    @Test
    void incrementalGradingAgreesWithGradingEverything() {
        List<Solution> solutions = new ArrayList<>();
        for (Presets.Preset p : Presets.all()) solutions.add(Solver.solve(p.exercise()));
        String[] opts = {"2-3-1,relu,linear", "3-4-3-2,relu,sigmoid,binary-cross-entropy", "2-3-2,tanh,softmax,categorical-cross-entropy,skip"};
        for (int k = 0; k < opts.length; k++) {
            solutions.add(Solver.solve(ExerciseGenerator.generate(100 + k, GeneratorOptions.parse(opts[k]))));
        }
        Prng rng = new Prng(2026);
        for (Solution s : solutions) {
            Checker checker = new Checker(s);
            Attempt a = new Attempt(checker, Session.asked(s));
            List<Cell> cells = a.cells();
            for (int step = 0; step < 120; step++) {
                Verdict[] before = new Verdict[a.size()];
                for (int i = 0; i < a.size(); i++) before[i] = a.verdict(i);
                Cell c = cells.get((int) (rng.nextDouble() * cells.size()));
                int[] changed;
                double r = rng.nextDouble();
                if (r < 0.08) {
                    changed = a.show(c.id());
                } else {
                    changed = a.answer(c.id(), text(c, rng, a));
                }
                Map<String, String> given = new HashMap<>(a.answers());
                for (String id : a.shownIds()) given.put(id, Num.ascii(a.cells().get(a.indexOf(id)).value(), 15));
                List<Integer> expectChanged = new ArrayList<>();
                for (int i = 0; i < a.size(); i++) {
                    Verdict full = checker.grade(cells.get(i).id(), given);
                    assertEquals(full, a.verdict(i), s.exercise().title() + " step " + step + " cell " + cells.get(i).id());
                    if (!full.equals(before[i]) || (a.isShown(i) && c == cells.get(i) && changed.length > 0)) expectChanged.add(i);
                }
                for (int i : expectChanged) assertTrue(contains(changed, i), "changed cell " + cells.get(i).id() + " was reported");
                for (int i : changed) assertTrue(expectChanged.contains(i), "unchanged cell " + cells.get(i).id() + " was reported");
            }
        }
    }

    /** Right, wrong, a copy of another cell's value, carried from another answer, unreadable, or blank. */
    private static String text(Cell c, Prng rng, Attempt a) {
        double r = rng.nextDouble();
        if (r < 0.3) return Num.ascii(c.value(), 6);
        if (r < 0.45) return Num.ascii(c.value() * -2, 4);
        if (r < 0.6) return Num.ascii(a.cells().get((int) (rng.nextDouble() * a.size())).value(), 5);
        if (r < 0.7) return Num.ascii(Math.round(rng.nextDouble() * 40 - 20) / 10.0, 3);
        if (r < 0.8) return "0";
        if (r < 0.9) return "1e+";
        return "";
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) if (x == v) return true;
        return false;
    }
}

package backprop.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backprop.backward.Cell;
import backprop.backward.CellKind;
import backprop.check.Verdict;
import backprop.check.VerdictKind;
import backprop.notation.Sym;
import backprop.question.Option;
import backprop.question.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sentences under an answer field, for hand-chosen cells and questions. The values are worked out here, not
 * taken from the code: a number is called exact only when it is written in full.
 */
class VerdictTextTest {

    private static Cell cell(CellKind kind, double value) {
        return new Cell("c", kind, new Sym.Text("c"), value, List.of(), null, 1, 0, false);
    }

    private static Verdict verdict(VerdictKind k, String problem) {
        return new Verdict("c", k, "1", 1, Double.NaN, Double.NaN, problem, null);
    }

    private static String text(VerdictKind k, Cell c) {
        return VerdictText.of(verdict(k, null), c, null);
    }

    // W′ = 1.7 − 0.01·0.3484 = 1.696516, seven figures; in doubles it is not exactly that decimal.
    private static final Cell UPDATE = cell(CellKind.UPDATE, 1.7 - 0.01 * 0.3484);
    // σ(0.4) = 1/(1 + e^−0.4) = 0.59868766…, no decimal.
    private static final Cell SIGMOID = cell(CellKind.FORWARD_A, 1 / (1 + Math.exp(-0.4)));

    @Test
    void aShortDecimalIsWrittenInFullAndCalledExact() {
        assertEquals("Right. The exact value is 1.696516.", text(VerdictKind.CORRECT, UPDATE));
        assertEquals("Not quite. The exact value is 1.696516.", text(VerdictKind.WRONG, UPDATE));
        assertEquals("Right. The exact value is 0.3.", text(VerdictKind.CORRECT, cell(CellKind.FORWARD_Z, 0.1 + 0.2)));
        assertEquals("Right. The exact value is −0.0025.", text(VerdictKind.CORRECT, cell(CellKind.WEIGHT, -0.05 * 0.05)));
        assertEquals("Right. The exact value is 0.", text(VerdictKind.CORRECT, cell(CellKind.WEIGHT, 0)));
        // ten figures are still written in full
        assertEquals("Right. The exact value is 1.234567891.", text(VerdictKind.CORRECT, cell(CellKind.WEIGHT, 1.234567891)));
        assertEquals("Shown: 1.696516", VerdictText.shown(UPDATE, null));
        assertEquals("1.696516", VerdictText.field(UPDATE));
    }

    @Test
    void anyOtherNumberIsSixFiguresAndSaysItIsRounded() {
        assertEquals("Right. The value is 0.598688 (rounded).", text(VerdictKind.CORRECT, SIGMOID));
        assertEquals("Not quite. The value is 0.598688 (rounded).", text(VerdictKind.WRONG, SIGMOID));
        assertEquals("Right. The value is 0.333333 (rounded).", text(VerdictKind.CORRECT, cell(CellKind.WEIGHT, 1.0 / 3)));
        // eleven figures are more than a verdict writes out
        assertEquals("Right. The value is −1.23457 (rounded).", text(VerdictKind.CORRECT, cell(CellKind.WEIGHT, -1.2345678912)));
        assertEquals("Shown: 0.598688 (rounded)", VerdictText.shown(SIGMOID, null));
        assertEquals("0.598688", VerdictText.field(SIGMOID));
    }

    @Test
    void consistentNamesTheEarlierAnswerAndTheTrueValue() {
        Verdict v = verdict(VerdictKind.CONSISTENT, "follows from your earlier ∂L/∂z⁽²⁾ = -2 (it is −1)");
        assertEquals("Consistent with your earlier answer: your value follows from your earlier ∂L/∂z⁽²⁾ = -2 (it is −1). "
                + "The method is right; the earlier error carries over. The exact value is −1.1.",
                VerdictText.of(v, cell(CellKind.WEIGHT, -1.1), null));
        assertEquals("Consistent with your earlier answer: your value follows from what you wrote before. "
                + "The method is right; the earlier error carries over. The value is 0.598688 (rounded).",
                VerdictText.of(verdict(VerdictKind.CONSISTENT, null), SIGMOID, null));
    }

    @Test
    void aWrongAnswerThatFollowsFromAnEarlierOneSaysWhyItEarnsNothing() {
        Verdict v = verdict(VerdictKind.WRONG, "follows from your earlier z⁽¹⁾₀ = 0.5 (it is −0.5), but it only passes that "
                + "number on, which earns no credit when it rests on a wrong answer");
        assertEquals("Not quite. Your value follows from your earlier z⁽¹⁾₀ = 0.5 (it is −0.5), but it only passes that number "
                + "on, which earns no credit when it rests on a wrong answer. The exact value is 0.",
                VerdictText.of(v, cell(CellKind.FORWARD_A, 0), null));
    }

    @Test
    void unreadableAndEmpty() {
        assertEquals("could not read “0.8x” at character 4: unexpected “x”",
                VerdictText.of(verdict(VerdictKind.UNREADABLE, "could not read “0.8x” at character 4: unexpected “x”"), UPDATE, null));
        assertEquals("This answer cannot be read.", text(VerdictKind.UNREADABLE, UPDATE));
        assertEquals("", text(VerdictKind.EMPTY, UPDATE));
    }

    @Test
    void yesOrNo() {
        Cell down = cell(CellKind.LOSS_DOWN, 1);
        assertEquals("Right.", text(VerdictKind.CORRECT, down));
        assertEquals("Not quite. The answer is yes.", text(VerdictKind.WRONG, down));
        assertEquals("Shown: no", VerdictText.shown(cell(CellKind.LOSS_DOWN, 0), null));
        assertEquals("no", VerdictText.field(cell(CellKind.LOSS_DOWN, 0)));
    }

    @Test
    void aChoiceNamesTheRightOptionWithOneFullStop() {
        Question q = Question.choice("q.1", "What is being back-propagated?", List.of(
                new Option("loss", "The loss itself", false, "No."),
                new Option("gradient", "The derivative of the cost with respect to each quantity.", true, null)), null, false);
        assertEquals("Right.", VerdictText.of(verdict(VerdictKind.CORRECT, null), null, q));
        assertEquals("Not quite. The right option is: The derivative of the cost with respect to each quantity.",
                VerdictText.of(verdict(VerdictKind.WRONG, null), null, q));
        assertEquals("Shown: The derivative of the cost with respect to each quantity.", VerdictText.shown(null, q));
        Question plain = Question.choice("q.2", "Which?", List.of(
                new Option("a", "None: it is right", true, null), new Option("b", "ReLU′(0) = 1", false, null)), null, false);
        assertEquals("Not quite. The right option is: None: it is right.", VerdictText.of(verdict(VerdictKind.WRONG, null), null, plain));
    }

    @Test
    void aCountSaysItsNumber() {
        Question q = new Question("q.n", backprop.question.QuestionKind.COUNT, "How many weights?", List.of(), null, 4, null, false);
        assertEquals("Right.", VerdictText.of(verdict(VerdictKind.CORRECT, null), null, q));
        assertEquals("Not quite. The answer is 4.", VerdictText.of(verdict(VerdictKind.WRONG, null), null, q));
        assertEquals("Shown: 4", VerdictText.shown(null, q));
    }
}

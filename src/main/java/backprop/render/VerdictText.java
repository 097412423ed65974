package backprop.render;

import backprop.backward.Cell;
import backprop.check.Verdict;
import backprop.check.VerdictKind;
import backprop.notation.Num;
import backprop.question.Question;
import backprop.question.QuestionKind;

/**
 * The sentences under an answer field: what a verdict says, and what a shown answer says. A number is called exact
 * only when it is written in full ({@link Num#exact}): "The exact value is 1.696516."; otherwise it is six figures
 * and says so: "The value is 0.401312 (rounded)." A yes-or-no cell, a count and a choice say their answer plainly.
 */
public final class VerdictText {

    private VerdictText() {
    }

    /** The verdict's text for a cell ({@code q} null) or a question ({@code cell} null); "" when nothing is typed. */
    public static String of(Verdict v, Cell cell, Question q) {
        VerdictKind k = v.kind();
        String problem = v.problem();
        // An if-chain rather than a switch: see docs/PAGE-SIZE.md.
        if (k == VerdictKind.UNREADABLE) return problem == null ? "This answer cannot be read." : problem;
        if (k == VerdictKind.CORRECT) return cell == null || cell.kind().yesNo() ? "Right." : "Right. " + answer(cell, q);
        if (k == VerdictKind.CONSISTENT) {
            return "Consistent with your earlier answer: your value " + (problem == null ? "follows from what you wrote before" : problem)
                    + ". The method is right; the earlier error carries over. " + answer(cell, q);
        }
        if (k == VerdictKind.WRONG) return "Not quite. " + (problem == null ? "" : "Your value " + problem + ". ") + answer(cell, q);
        return "";
    }

    /** What a shown answer says: "Shown: 1.696516", "Shown: 0.401312 (rounded)", "Shown: yes", a count or the right option. */
    public static String shown(Cell cell, Question q) {
        return "Shown: " + (q != null ? q.answerText() : value(cell));
    }

    /** A cell's right value as a shown answer fills its field in: in full when exact, six figures otherwise, or yes/no. */
    public static String field(Cell cell) {
        if (cell.kind().yesNo()) return cell.value() > 0 ? "yes" : "no";
        String full = Num.exact(cell.value());
        return full != null ? full : Num.format(cell.value());
    }

    /** The field's text, marked "(rounded)" when it is six figures of a longer number. */
    private static String value(Cell cell) {
        if (cell.kind().yesNo()) return field(cell);
        String full = Num.exact(cell.value());
        return full != null ? full : Num.format(cell.value()) + " (rounded)";
    }

    /** The sentence that gives the right answer. */
    private static String answer(Cell cell, Question q) {
        if (q != null) {
            String a = q.answerText();
            if (q.kind() == QuestionKind.COUNT) return "The answer is " + a + ".";
            // An option's text may end a sentence of its own.
            return "The right option is: " + a + (a.endsWith(".") || a.endsWith("?") || a.endsWith("!") ? "" : ".");
        }
        if (cell.kind().yesNo()) return "The answer is " + field(cell) + ".";
        // Num.exact once: it reads the ten-figure text back to compare.
        String full = Num.exact(cell.value());
        return full != null ? "The exact value is " + full + "." : "The value is " + Num.format(cell.value()) + " (rounded).";
    }
}

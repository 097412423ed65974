package backprop.check;

import backprop.question.Option;
import backprop.question.Question;
import backprop.question.QuestionKind;

/**
 * Grades a question that is not a computed number. A count is right only when exactly the whole number
 * asked; a choice is right for its one right option, and whatever option is chosen, its feedback comes
 * back as the verdict's hint (key: the option's key). No error carries into or out of a question.
 */
final class QuestionCheck {

    private QuestionCheck() {
    }

    static Verdict grade(Question q, String typed) {
        if (typed == null || typed.trim().isEmpty()) {
            double expected = q.kind() == QuestionKind.COUNT ? q.answer() : q.rightOption();
            return new Verdict(q.id(), VerdictKind.EMPTY, typed == null ? "" : typed, Double.NaN, expected, Double.NaN, null, null);
        }
        return q.kind() == QuestionKind.COUNT ? count(q, typed) : choice(q, typed);
    }

    private static Verdict count(Question q, String typed) {
        double t = q.answer();
        Answer a;
        try {
            a = AnswerParser.parse(typed);
        } catch (AnswerException e) {
            return new Verdict(q.id(), VerdictKind.UNREADABLE, typed, Double.NaN, t, Double.NaN, e.getMessage(), null);
        }
        double v = a.value();
        if (v != Math.rint(v)) {
            return new Verdict(q.id(), VerdictKind.UNREADABLE, typed, Double.NaN, t, Double.NaN,
                    "could not read “" + typed.trim() + "” as a count: give a whole number", null);
        }
        return new Verdict(q.id(), v == t ? VerdictKind.CORRECT : VerdictKind.WRONG, typed, v, t, Double.NaN, null, null);
    }

    private static Verdict choice(Question q, String typed) {
        String key = typed.trim();
        int chosen = q.indexOf(key);
        int right = q.rightOption();
        if (chosen < 0) {
            StringBuilder keys = new StringBuilder();
            for (Option o : q.options()) keys.append(keys.length() == 0 ? "" : ", ").append(o.key());
            return new Verdict(q.id(), VerdictKind.UNREADABLE, typed, Double.NaN, right, Double.NaN,
                    "“" + key + "” is none of the options (" + keys.toString() + ")", null);
        }
        Option o = q.options().get(chosen);
        Hint feedback = o.feedback() == null || o.feedback().isEmpty() ? null : new Hint(o.key(), o.feedback());
        return new Verdict(q.id(), o.right() ? VerdictKind.CORRECT : VerdictKind.WRONG, typed, chosen, right, Double.NaN,
                null, feedback);
    }
}

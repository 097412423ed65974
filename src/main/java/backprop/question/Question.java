package backprop.question;

import backprop.solve.Structure;
import java.util.List;

/**
 * A question of the exercise file that is not a cell: "how many weights are involved?" (COUNT) or "what is
 * being back-propagated?" (CHOICE). Ids start with "q.". A count either names what it counts
 * ({@code counted}, computed from the network) or states its {@code answer}; a choice has options, exactly
 * one of them right, each with its own feedback. {@code explanation} is the worked answer shown with the
 * verdict. {@code first} places the question before the cells (worksheet 002 asks its questions first),
 * otherwise after them.
 */
public record Question(String id, QuestionKind kind, String prompt, List<Option> options, Counted counted,
                       int answer, String explanation, boolean first) {

    public Question {
        options = List.copyOf(options);
        if (explanation == null) explanation = "";
    }

    public static Question count(String id, String prompt, Counted counted, String explanation, boolean first) {
        return new Question(id, QuestionKind.COUNT, prompt, List.of(), counted, 0, explanation, first);
    }

    public static Question choice(String id, String prompt, List<Option> options, String explanation, boolean first) {
        return new Question(id, QuestionKind.CHOICE, prompt, options, null, 0, explanation, first);
    }

    /** The count with its answer taken from the network's structure, where it names what it counts. */
    public Question resolved(Structure s) {
        if (counted == null) return this;
        return new Question(id, kind, prompt, options, counted, counted.in(s), explanation, first);
    }

    /** The index of the right option; −1 for a count. */
    public int rightOption() {
        for (int k = 0; k < options.size(); k++) if (options.get(k).right()) return k;
        return -1;
    }

    public Option option(String key) {
        for (Option o : options) if (o.key().equals(key)) return o;
        return null;
    }

    public int indexOf(String key) {
        for (int k = 0; k < options.size(); k++) if (options.get(k).key().equals(key)) return k;
        return -1;
    }

    /** The right answer as text: the count, or the right option's text. */
    public String answerText() {
        if (kind == QuestionKind.COUNT) return Integer.toString(answer);
        int r = rightOption();
        return r < 0 ? "" : options.get(r).text();
    }
}

package backprop.export;

import backprop.backward.Cell;
import backprop.model.Exercise;
import backprop.model.Tolerance;
import backprop.notation.Num;
import backprop.notation.SymText;
import backprop.question.Option;
import backprop.question.Question;
import backprop.question.QuestionKind;
import backprop.render.ChainText;
import backprop.solve.Solution;
import backprop.solve.Solver;
import backprop.stage.Stage;
import java.util.List;

/**
 * Exercises as Moodle "Embedded answers (Cloze)" questions, one whole exercise per question: the statement, then every
 * asked cell in worksheet order as a {@code {1:NUMERICAL:=value:tolerance#feedback}} sub-question (forward values, the
 * loss, every gradient, the updated parameters, the second pass and the new loss), with the exercise's tolerance
 * ({@link MoodleXml#tolerance}) and the cell's chain-rule product as its feedback. "Did the loss go down?" and choice
 * questions are {@code MULTICHOICE} with each option's feedback; counts are {@code NUMERICAL} with tolerance 0.
 *
 * <p>A quiz that draws a random question from a category of such questions gives each student one whole, consistent
 * exercise, which per-cell questions cannot. Inside a sub-question the characters {@code } # ~ / " \} are escaped
 * with a backslash, as Moodle's Cloze syntax requires; the HTML around them is escaped as usual.
 */
public final class MoodleCloze {

    private MoodleCloze() {
    }

    /** One exercise in its own category named after its title. */
    public static String of(Exercise ex) {
        return of(List.of(ex), MoodleXml.categoryName(ex.title()));
    }

    /** As {@link #of(Exercise)}, each cell asked as an expression giving it in its feedback. */
    public static String of(Exercise ex, MoodleXml.Expressions expressions) {
        return of(List.of(ex), MoodleXml.categoryName(ex.title()), expressions);
    }

    /** A bank: every exercise a Cloze question in one category, so "random question" draws one exercise per student. */
    public static String of(List<Exercise> exercises, String category) {
        return of(exercises, category, null);
    }

    private static String of(List<Exercise> exercises, String category, MoodleXml.Expressions expressions) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        sb.append("  <question type=\"category\">\n");
        sb.append("    <category><text>").append(Xml.text(MoodleXml.CATEGORY_ROOT + "/" + category)).append("</text></category>\n");
        sb.append("  </question>\n");
        for (Exercise ex : exercises) question(sb, ex, expressions);
        return sb.append("</quiz>\n").toString();
    }

    /** The Cloze text of one exercise: the statement and one sub-question per asked cell and question. */
    public static String text(Exercise ex) {
        return text(ex, null);
    }

    static String text(Exercise ex, MoodleXml.Expressions expressions) {
        Solution s = Solver.solve(ex);
        Tolerance tol = ex.tolerance();
        // Exercise text outside the sub-questions must not open one: a title with "{1:NUMERICAL:…}" stays text.
        StringBuilder sb = new StringBuilder(QuestionText.statement(ex).replace("{", "&#123;"));
        for (Question q : s.sheet().questions()) if (q.first()) question(sb, q);
        Stage stage = null;
        for (Cell c : s.sheet().asked()) {
            Stage st = c.kind().stage();
            if (st != stage) {
                if (stage != null) sb.append("</table>\n");
                sb.append("<h4>").append(Xml.html(heading(st))).append("</h4>\n<table>\n");
                stage = st;
            }
            sb.append("<tr><td>").append(outside(SymText.of(c.label()))).append(" =</td><td>");
            if (c.kind().yesNo()) {
                boolean yes = c.value() == 1;
                String fb = ChainText.of(c);
                sb.append("{1:MULTICHOICE:").append(yes ? "=" : "").append("yes#").append(escape(fb))
                        .append('~').append(yes ? "" : "=").append("no#").append(escape(fb)).append('}');
            } else {
                String expression = expressions == null ? null : expressions.of(s, c);
                String fb = expression == null ? ChainText.of(c) : "As an expression: " + expression + ". " + ChainText.of(c);
                sb.append(numerical(c.value(), MoodleXml.tolerance(tol, c.value()), fb));
            }
            sb.append("</td></tr>\n");
        }
        if (stage != null) sb.append("</table>\n");
        for (Question q : s.sheet().questions()) if (!q.first()) question(sb, q);
        return sb.toString();
    }

    private static void question(StringBuilder sb, Exercise ex, MoodleXml.Expressions expressions) {
        sb.append("  <question type=\"cloze\">\n");
        sb.append("    <name><text>").append(Xml.text(MoodleXml.name(ex.title(), "whole exercise", "cloze"))).append("</text></name>\n");
        sb.append("    <questiontext format=\"html\"><text>").append(Xml.cdata(text(ex, expressions))).append("</text></questiontext>\n");
        sb.append("    <generalfeedback format=\"html\"><text></text></generalfeedback>\n");
        sb.append("    <penalty>0.3333333</penalty>\n");
        sb.append("    <hidden>0</hidden>\n");
        sb.append("  </question>\n");
    }

    /** A question that is not a computed number: a choice as MULTICHOICE, a count as NUMERICAL with tolerance 0. */
    private static void question(StringBuilder sb, Question q) {
        sb.append("<p>").append(outside(q.prompt()).replace("\n", "<br>\n")).append("</p>\n<p>");
        if (q.kind() == QuestionKind.CHOICE) {
            sb.append("{1:MULTICHOICE:");
            for (int k = 0; k < q.options().size(); k++) {
                Option o = q.options().get(k);
                sb.append(k == 0 ? "" : "~").append(o.right() ? "=" : "").append(escape(o.text()))
                        .append('#').append(escape(o.feedback() == null ? "" : o.feedback()));
            }
            sb.append('}');
        } else {
            String fb = q.explanation().isEmpty() ? q.answerText() : q.explanation();
            sb.append("{1:NUMERICAL:=").append(q.answer()).append(":0#").append(escape(fb)).append('}');
        }
        sb.append("</p>\n");
    }

    static String numerical(double value, double tolerance, String feedback) {
        return "{1:NUMERICAL:=" + Num.ascii(value, 12) + ":" + Num.ascii(tolerance, 12) + "#" + escape(feedback) + "}";
    }

    private static String heading(Stage s) {
        if (s == Stage.FORWARD) return "Forward pass";
        if (s == Stage.LOSS) return "Loss";
        if (s == Stage.LOCAL) return "Local derivatives";
        if (s == Stage.BACKWARD) return "Backward pass";
        if (s == Stage.UPDATE) return "After one SGD step";
        if (s == Stage.NEW_FORWARD) return "Forward pass with the updated parameters";
        if (s == Stage.NEW_LOSS) return "New loss";
        return "Did the loss go down?";
    }

    /** Text inside the question's HTML: &amp;, &lt; and &gt; as entities (no numeric entity, whose # Cloze would read). */
    static String html(String s) {
        String clean = Xml.legal(s);
        StringBuilder sb = new StringBuilder(clean.length());
        Xml.appendEscaped(sb, clean);
        return sb.toString();
    }

    /** Text between the sub-questions: HTML-escaped, and '{' as an entity so that no text can open a sub-question. */
    static String outside(String s) {
        return html(s).replace("{", "&#123;");
    }

    /** An answer or a feedback inside a sub-question: HTML-escaped, then } # ~ / " \ behind a backslash. */
    static String escape(String s) {
        String h = html(s);
        StringBuilder sb = new StringBuilder(h.length() + 8);
        for (int k = 0; k < h.length(); k++) {
            char c = h.charAt(k);
            if (c == '}' || c == '#' || c == '~' || c == '/' || c == '"' || c == '\\') sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }
}

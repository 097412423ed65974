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
import java.util.List;

/**
 * Exercises as a Moodle XML question file: per exercise a category, then one numerical question per
 * answer cell of the backward pass (frozen parameters are not asked), in the order a student works
 * them. The question text states the whole exercise in HTML; the general feedback is the cell's
 * chain-rule product with its numbers. Answers are plain ASCII decimals; the tolerance is the
 * absolute interval Moodle's numerical type understands, see {@link #tolerance}.
 */
public final class MoodleXml {

    /** The category the questions are imported under; each exercise gets a subcategory named by its title. */
    public static final String CATEGORY_ROOT = "$course$/top/backprop-tutor";
    /** Moodle cuts question names at 255 characters. */
    private static final int NAME_LIMIT = 255;
    /** Widens every tolerance by this fraction so that a value on its edge is not lost to rounding. */
    private static final double EDGE = 1e-9;
    /** Below this a true value is float noise around 0 (0.1·3 − 0.3); answering 0 must be right. */
    private static final double FLOOR = 1e-9;

    private MoodleXml() {
    }

    public static String of(Exercise ex) {
        return of(List.of(ex));
    }

    /** One file for a batch: each exercise in its own category. */
    public static String of(List<Exercise> exercises) {
        return of(exercises, null);
    }

    /**
     * A cell's chain-rule expression for the feedback of a cell the exercise asks as an expression, or null:
     * Moodle grades the number, and the feedback gives the expression ({@code "symbolic"} in the exercise).
     */
    public interface Expressions {
        String of(Solution s, Cell c);
    }

    public static String of(List<Exercise> exercises, Expressions expressions) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        for (Exercise ex : exercises) exercise(sb, ex, expressions);
        return sb.append("</quiz>\n").toString();
    }

    /** The cells that become numerical questions: every asked cell of every asked stage (frozen parameters are not asked). */
    public static List<Cell> askedCells(Solution s) {
        java.util.ArrayList<Cell> out = new java.util.ArrayList<>();
        for (Cell c : s.sheet().asked()) if (!c.kind().yesNo()) out.add(c);
        return out;
    }

    /**
     * The absolute tolerance for true value t that accepts every answer the tutor accepts:
     * RELATIVE gives atol + rtol·|t|; SIGNIFICANT_FIGURES and DECIMAL_PLACES give half a unit in
     * the last place kept, which contains t rounded to that place. Because the tutor also accepts
     * any answer with three or more significant figures that matches t to the precision typed, the
     * interval is at least half a unit of the third significant figure. Moodle, with one interval,
     * may then accept an answer the tutor would not; it never refuses one the tutor accepts.
     */
    public static double tolerance(Tolerance tol, double t) {
        double a = Math.abs(t);
        double mode = switch (tol.mode()) {
            case RELATIVE -> tol.atol() + tol.rtol() * a;
            case SIGNIFICANT_FIGURES -> a == 0 ? 0 : halfUnit(exponent(a) - tol.digits() + 1);
            case DECIMAL_PLACES -> halfUnit(-tol.digits());
        };
        double threeFigures = a == 0 ? 0 : halfUnit(exponent(a) - 2);
        return Math.max(Math.max(mode, threeFigures), FLOOR) * (1 + EDGE);
    }

    private static void exercise(StringBuilder sb, Exercise ex, Expressions expressions) {
        Solution s = Solver.solve(ex);
        String statement = QuestionText.statement(ex);
        sb.append("  <question type=\"category\">\n");
        sb.append("    <category><text>").append(Xml.text(CATEGORY_ROOT + "/" + categoryName(ex.title()))).append("</text></category>\n");
        sb.append("    <info format=\"html\"><text>").append(Xml.cdata("<p>" + Xml.html(ex.description()) + "</p>")).append("</text></info>\n");
        sb.append("  </question>\n");
        for (Question q : s.sheet().questions()) if (q.first()) question(sb, ex, statement, q);
        for (Cell c : s.sheet().asked()) {
            if (c.kind().yesNo()) yesNo(sb, ex, statement, c);
            else question(sb, ex, statement, c, expressions == null ? null : expressions.of(s, c));
        }
        for (Question q : s.sheet().questions()) if (!q.first()) question(sb, ex, statement, q);
    }

    /** "Did the loss go down?" as a two-option multichoice. */
    private static void yesNo(StringBuilder sb, String title, String statement, Cell c, String product) {
        boolean yes = c.value() == 1;
        multichoice(sb, name(title, "did the loss go down?", c.id()),
                statement + "<p>After the SGD step, compute the loss again. <strong>Did the loss go down?</strong></p>",
                product, new String[] {"yes", "no"}, new boolean[] {yes, !yes}, new String[] {"", ""});
    }

    private static void yesNo(StringBuilder sb, Exercise ex, String statement, Cell c) {
        yesNo(sb, ex.title(), statement, c, ChainText.of(c));
    }

    private static void question(StringBuilder sb, Exercise ex, String statement, Question q) {
        String ask = "<p>" + Xml.html(q.prompt()).replace("\n", "<br>\n") + "</p>";
        String feedback = q.explanation().isEmpty() ? q.answerText() : q.explanation();
        if (q.kind() == QuestionKind.CHOICE) {
            int n = q.options().size();
            String[] texts = new String[n];
            boolean[] right = new boolean[n];
            String[] fb = new String[n];
            for (int k = 0; k < n; k++) {
                Option o = q.options().get(k);
                texts[k] = o.text();
                right[k] = o.right();
                fb[k] = o.feedback();
            }
            multichoice(sb, name(ex.title(), firstLine(q.prompt()), q.id()), statement + ask, feedback, texts, right, fb);
            return;
        }
        sb.append("  <question type=\"numerical\">\n");
        sb.append("    <name><text>").append(Xml.text(name(ex.title(), firstLine(q.prompt()), q.id()))).append("</text></name>\n");
        sb.append("    <questiontext format=\"html\"><text>").append(Xml.cdata(statement + ask + "<p>Give a whole number.</p>")).append("</text></questiontext>\n");
        sb.append("    <generalfeedback format=\"html\"><text>").append(Xml.cdata("<p>" + Xml.html(feedback) + "</p>")).append("</text></generalfeedback>\n");
        sb.append("    <defaultgrade>1</defaultgrade>\n");
        sb.append("    <penalty>0.3333333</penalty>\n");
        sb.append("    <hidden>0</hidden>\n");
        sb.append("    <answer fraction=\"100\" format=\"moodle_auto_format\">\n");
        sb.append("      <text>").append(q.answer()).append("</text>\n");
        sb.append("      <tolerance>0</tolerance>\n");
        sb.append("      <feedback format=\"html\"><text></text></feedback>\n");
        sb.append("    </answer>\n");
        sb.append("    <unitgradingtype>0</unitgradingtype>\n");
        sb.append("    <unitpenalty>0.1</unitpenalty>\n");
        sb.append("    <showunits>3</showunits>\n");
        sb.append("    <unitsleft>0</unitsleft>\n");
        sb.append("  </question>\n");
    }

    /** A single-answer multichoice: the right option scores 100, the others 0, each with its own feedback. */
    private static void multichoice(StringBuilder sb, String name, String text, String general, String[] options,
                                    boolean[] right, String[] feedback) {
        sb.append("  <question type=\"multichoice\">\n");
        sb.append("    <name><text>").append(Xml.text(name)).append("</text></name>\n");
        sb.append("    <questiontext format=\"html\"><text>").append(Xml.cdata(text)).append("</text></questiontext>\n");
        sb.append("    <generalfeedback format=\"html\"><text>").append(Xml.cdata("<p>" + Xml.html(general) + "</p>")).append("</text></generalfeedback>\n");
        sb.append("    <defaultgrade>1</defaultgrade>\n");
        sb.append("    <penalty>0.3333333</penalty>\n");
        sb.append("    <hidden>0</hidden>\n");
        sb.append("    <single>true</single>\n");
        sb.append("    <shuffleanswers>true</shuffleanswers>\n");
        sb.append("    <answernumbering>abc</answernumbering>\n");
        for (int k = 0; k < options.length; k++) {
            sb.append("    <answer fraction=\"").append(right[k] ? "100" : "0").append("\" format=\"html\">\n");
            sb.append("      <text>").append(Xml.cdata(Xml.html(options[k]))).append("</text>\n");
            sb.append("      <feedback format=\"html\"><text>").append(Xml.cdata(feedback[k] == null ? "" : Xml.html(feedback[k]))).append("</text></feedback>\n");
            sb.append("    </answer>\n");
        }
        sb.append("  </question>\n");
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " …";
    }

    private static void question(StringBuilder sb, Exercise ex, String statement, Cell c, String expression) {
        String label = SymText.of(c.label());
        String feedback = "<p>" + Xml.html(ChainText.of(c)) + "</p>";
        if (expression != null) feedback = "<p>As an expression: " + Xml.html(expression) + "</p>" + feedback;
        String ask = "<p>Compute <strong>" + Xml.html(label) + "</strong>. Give a decimal number.</p>";
        sb.append("  <question type=\"numerical\">\n");
        sb.append("    <name><text>").append(Xml.text(name(ex.title(), label, c.id()))).append("</text></name>\n");
        sb.append("    <questiontext format=\"html\"><text>").append(Xml.cdata(statement + ask)).append("</text></questiontext>\n");
        sb.append("    <generalfeedback format=\"html\"><text>").append(Xml.cdata(feedback)).append("</text></generalfeedback>\n");
        sb.append("    <defaultgrade>1</defaultgrade>\n");
        sb.append("    <penalty>0.3333333</penalty>\n");
        sb.append("    <hidden>0</hidden>\n");
        sb.append("    <answer fraction=\"100\" format=\"moodle_auto_format\">\n");
        sb.append("      <text>").append(Num.ascii(c.value(), 12)).append("</text>\n");
        sb.append("      <tolerance>").append(Num.ascii(tolerance(ex.tolerance(), c.value()), 12)).append("</tolerance>\n");
        sb.append("      <feedback format=\"html\"><text></text></feedback>\n");
        sb.append("    </answer>\n");
        // No units: a gradient is a plain number (showunits 3 = no unit field, nothing graded on units).
        sb.append("    <unitgradingtype>0</unitgradingtype>\n");
        sb.append("    <unitpenalty>0.1</unitpenalty>\n");
        sb.append("    <showunits>3</showunits>\n");
        sb.append("    <unitsleft>0</unitsleft>\n");
        sb.append("  </question>\n");
    }

    /** Title · ∂L/∂W⁽²⁾₀₁ (W2.0.1), the title shortened so the whole fits Moodle's limit. */
    static String name(String title, String label, String id) {
        String tail = " · " + label + " (" + id + ")";
        String t = Xml.legal(title);
        int room = NAME_LIMIT - tail.length();
        if (t.length() > room) t = t.substring(0, Math.max(0, room - 1)) + "…";
        return t + tail;
    }

    /** Moodle splits category paths at '/', and reads "//" as a '/' inside a name. */
    static String categoryName(String title) {
        String t = title.trim().isEmpty() ? "exercise" : title;
        if (t.length() > 200) t = t.substring(0, 199) + "…";
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < t.length(); k++) sb.append(t.charAt(k) == '/' ? "//" : String.valueOf(t.charAt(k)));
        return sb.toString();
    }

    private static int exponent(double a) {
        int e = (int) Math.floor(Math.log10(a));
        // log10 may be one off next to a power of ten; settle it against exact powers.
        if (pow10(e) > a) e--;
        if (pow10(e + 1) <= a) e++;
        return e;
    }

    private static double halfUnit(int e) {
        return 0.5 * pow10(e);
    }

    private static double pow10(int k) {
        double r = 1;
        for (int i = 0; i < Math.abs(k); i++) r *= 10;
        return k < 0 ? 1 / r : r;
    }
}

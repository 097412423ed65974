package backprop.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.backward.Cell;
import backprop.exercise.ExerciseJson;
import backprop.exercise.ExerciseWriter;
import backprop.exercise.Presets;
import backprop.model.Exercise;
import backprop.question.Question;
import backprop.solve.Solution;
import backprop.solve.Solver;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The Cloze question of an exercise, parsed back: one sub-question per asked cell, the solver's values, the exercise's tolerance. */
class MoodleClozeTest {

    /** One {1:TYPE:…} of the text: its type, and its answers as (mark, text, feedback), backslash escapes undone. */
    record Sub(String type, List<String[]> answers) {
    }

    /** Reads the sub-questions the way Moodle does: from "{n:" to the first '}' that no backslash escapes. */
    static List<Sub> parse(String text) {
        List<Sub> out = new ArrayList<>();
        int k = 0;
        while ((k = text.indexOf("{1:", k)) >= 0) {
            int colon = text.indexOf(':', k + 3);
            String type = text.substring(k + 3, colon);
            List<String[]> answers = new ArrayList<>();
            StringBuilder part = new StringBuilder();
            String mark = "";
            String answer = null;
            int j = colon + 1;
            for (; text.charAt(j) != '}'; j++) {
                char c = text.charAt(j);
                if (c == '\\') {
                    part.append(text.charAt(++j));
                } else if (c == '=' && part.length() == 0 && answer == null) {
                    mark = "=";
                } else if (c == '#' && answer == null) {
                    answer = part.toString();
                    part.setLength(0);
                } else if (c == '~') {
                    answers.add(new String[] {mark, answer == null ? part.toString() : answer, answer == null ? "" : part.toString()});
                    part.setLength(0);
                    mark = "";
                    answer = null;
                } else {
                    part.append(c);
                }
            }
            answers.add(new String[] {mark, answer == null ? part.toString() : answer, answer == null ? "" : part.toString()});
            out.add(new Sub(type, answers));
            k = j + 1;
        }
        return out;
    }

    /** The tutor's interval for true value t under the default relative tolerance, written out independently. */
    private static double relative(double t) {
        double a = Math.abs(t);
        // 1e-6 + 1 % of |t|; at least half a unit of the third significant figure; at least 1e-9; widened by 1e-9
        double threeFigures = a == 0 ? 0 : 0.5 * Math.pow(10, Math.floor(Math.log10(a)) - 2);
        return Math.max(Math.max(1e-6 + 0.01 * a, threeFigures), 1e-9) * (1 + 1e-9);
    }

    @Test
    void worksheet004IsOneSubQuestionPerAskedCellWithTheSolversValues() throws Exception {
        Exercise ex = Presets.byId("004-relu-231").exercise();
        Solution s = Solver.solve(ex);
        List<Sub> subs = parse(MoodleCloze.text(ex));
        List<Cell> asked = s.sheet().asked();
        // 8 forward values, L, 21 gradient cells, 13 updated parameters and L′
        assertEquals(44, asked.size());
        assertEquals(asked.size(), subs.size());
        for (int k = 0; k < asked.size(); k++) {
            Cell c = asked.get(k);
            Sub sub = subs.get(k);
            assertEquals("NUMERICAL", sub.type(), c.id());
            String[] a = sub.answers().get(0);
            assertEquals("=", a[0]);
            String[] valueTol = a[1].split(":");
            assertEquals(c.value(), Double.parseDouble(valueTol[0]), 1e-12 * Math.max(1, Math.abs(c.value())), c.id());
            // written with 12 significant digits
            assertEquals(relative(c.value()), Double.parseDouble(valueTol[1]), 1e-11 * relative(c.value()), c.id());
            assertTrue(a[2].startsWith(backprop.notation.SymText.of(c.label())), c.id() + ": " + a[2]);
        }
        // ∂L/∂W⁽²⁾₀₁ = δ⁽²⁾ · a⁽¹⁾₁ = (−1)(1.1) = −1.1, the product worked on the sheet; interval (1e-6 + 0.011)(1 + 1e-9)
        Sub w = subs.get(indexOf(asked, "W2.0.1"));
        assertEquals("-1.1", w.answers().get(0)[1].split(":")[0]);
        assertEquals("0.011001000011", w.answers().get(0)[1].split(":")[1]);
        assertEquals("∂L/∂W⁽²⁾₀₁ = δ⁽²⁾ · a⁽¹⁾₁ = (−1)(1.1) = −1.1", w.answers().get(0)[2]);
    }

    @Test
    void theToleranceIsTheExercises() throws Exception {
        String json = ExerciseWriter.write(Presets.byId("004-relu-231").exercise(), false);
        Exercise ex = ExerciseJson.parse(json.substring(0, json.length() - 1) + ",\"tolerance\":{\"mode\":\"decimal-places\",\"digits\":2}}");
        Solution s = Solver.solve(ex);
        List<Sub> subs = parse(MoodleCloze.text(ex));
        for (int k = 0; k < subs.size(); k++) {
            double t = s.sheet().asked().get(k).value();
            double a = Math.abs(t);
            // half a unit of the second decimal, 0.005, or of the third significant figure if that is larger
            double expected = Math.max(Math.max(0.005, a == 0 ? 0 : 0.5 * Math.pow(10, Math.floor(Math.log10(a)) - 2)), 1e-9) * (1 + 1e-9);
            assertEquals(expected, Double.parseDouble(subs.get(k).answers().get(0)[1].split(":")[1]), 1e-11 * expected);
        }
    }

    @Test
    void choicesAreMultichoiceWithTheirFeedback() {
        Exercise ex = Presets.byId("002-scalar-chain").exercise();
        Solution s = Solver.solve(ex);
        List<Sub> subs = parse(MoodleCloze.text(ex));
        List<Question> questions = s.sheet().questions();
        assertEquals(s.sheet().asked().size() + questions.size(), subs.size());
        int multichoice = 0;
        for (Sub sub : subs) {
            if (!sub.type().equals("MULTICHOICE")) continue;
            multichoice++;
            long right = sub.answers().stream().filter(a -> a[0].equals("=")).count();
            assertEquals(1, right, "exactly one right option");
            for (String[] a : sub.answers()) assertTrue(!a[2].isEmpty(), "every option has its feedback: " + a[1]);
        }
        // 002 asks loss-down (yes/no) and has one choice question, "what is being back-propagated?"
        assertEquals(2, multichoice);
        Sub q = subs.stream().filter(x -> x.type().equals("MULTICHOICE") && x.answers().size() > 2).findFirst().orElseThrow();
        assertTrue(q.answers().stream().anyMatch(a -> a[0].equals("=") && a[2].startsWith("Right.")), "the right option's feedback");
    }

    @Test
    void clozeCharactersAreEscapedAndExerciseTextOpensNoSubQuestion() throws Exception {
        assertEquals("a\\}b\\#c\\~d\\/e\\\"f\\\\g &lt;i&gt; &amp;", MoodleCloze.escape("a}b#c~d/e\"f\\g <i> &"));
        String json = ExerciseWriter.write(Presets.byId("004-relu-231").exercise(), false)
                .replace(Presets.byId("004-relu-231").exercise().title(), "Trap {1:NUMERICAL:=0:1} ~ # }");
        Exercise ex = ExerciseJson.parse(json);
        assertEquals(44, parse(MoodleCloze.text(ex)).size());
        // The whole bank is well-formed XML with one cloze question after its category.
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(MoodleCloze.of(ex).getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, d.getElementsByTagName("question").getLength());
        assertEquals("cloze", ((org.w3c.dom.Element) d.getElementsByTagName("question").item(1)).getAttribute("type"));
    }

    private static int indexOf(List<Cell> cells, String id) {
        for (int k = 0; k < cells.size(); k++) if (cells.get(k).id().equals(id)) return k;
        throw new AssertionError(id);
    }
}

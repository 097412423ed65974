package backprop.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.exercise.Presets;
import backprop.generate.ExerciseGenerator;
import backprop.generate.GeneratorOptions;
import backprop.model.Conventions;
import backprop.model.Exercise;
import backprop.model.Tolerance;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The Moodle XML of worksheet 004 read back with a real XML parser and checked element by element. */
class MoodleXmlTest {

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) out.add(e);
        }
        return out;
    }

    private static Element only(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "exactly one <" + name + "> in <" + parent.getTagName() + ">");
        return found.get(0);
    }

    /** The text of the single {@code <text>} inside the named child. */
    private static String text(Element parent, String name) {
        return only(only(parent, name), "text").getTextContent();
    }

    private static List<Element> questions(Document doc, String type) {
        List<Element> out = new ArrayList<>();
        for (Element q : children(doc.getDocumentElement(), "question")) if (q.getAttribute("type").equals(type)) out.add(q);
        return out;
    }

    /** The HTML fragments are XHTML-clean, so an XML parser can check that nothing leaked out of its escaping. */
    private static Document html(String fragment) {
        return parse("<div>" + fragment + "</div>");
    }

    private static Exercise preset004() {
        // The backward pass and the update only, as before stages: these tests are about the gradient questions.
        return Presets.byId("004-relu-231").exercise().withStages(backprop.stage.Stages.of(backprop.stage.Stage.BACKWARD));
    }

    @Test
    void worksheet004GivesACategoryAndOneNumericalQuestionPerGradientCell() {
        Document doc = parse(MoodleXml.of(preset004()));
        assertEquals("quiz", doc.getDocumentElement().getTagName());
        List<Element> all = children(doc.getDocumentElement(), "question");
        // ŷ, z⁽²⁾, three W⁽²⁾, b⁽²⁾, three a⁽¹⁾, three z⁽¹⁾, six W⁽¹⁾, three b⁽¹⁾: 21 cells, nothing frozen.
        assertEquals(22, all.size());
        assertEquals("category", all.get(0).getAttribute("type"));
        assertEquals(21, questions(doc, "numerical").size());
        String category = text(all.get(0), "category");
        assertTrue(category.startsWith("$course$/top/backprop-tutor/Worksheet 004"), category);
    }

    @Test
    void answersAreTheHandWorkedGradients() {
        // x = [1, 2]; z⁽¹⁾ = [0.2 − 0.8 + 0.1, −0.3 + 1.6 − 0.2, 0.5 + 1.4 − 0.1] = [−0.5, 1.1, 1.8]; a⁽¹⁾ = [0, 1.1, 1.8]
        // z⁽²⁾ = 0.99 − 0.54 + 0.05 = 0.5 = ŷ; ∂L/∂ŷ = ŷ − y = 0.5 − 1.5 = −1; ReLU′(0.5) = 1 so δ⁽²⁾ = −1
        // ∂L/∂W⁽²⁾ = δ⁽²⁾·a⁽¹⁾ = [0, −1.1, −1.8]; ∂L/∂a⁽¹⁾ = δ⁽²⁾·W⁽²⁾ = [0.6, −0.9, 0.3]; δ⁽¹⁾ = [0, −0.9, 0.3]
        // ∂L/∂W⁽¹⁾ = δ⁽¹⁾ xᵀ = [[0, 0], [−0.9, −1.8], [0.3, 0.6]]; ∂L/∂b⁽¹⁾ = δ⁽¹⁾
        Map<String, Double> expected = new HashMap<>();
        expected.put("yhat.0", -1.0);
        expected.put("z2.0", -1.0);
        expected.put("W2.0.0", 0.0);
        expected.put("W2.0.1", -1.1);
        expected.put("W2.0.2", -1.8);
        expected.put("b2.0", -1.0);
        expected.put("a1.0", 0.6);
        expected.put("a1.1", -0.9);
        expected.put("a1.2", 0.3);
        expected.put("z1.0", 0.0);
        expected.put("z1.1", -0.9);
        expected.put("z1.2", 0.3);
        expected.put("W1.0.0", 0.0);
        expected.put("W1.0.1", 0.0);
        expected.put("W1.1.0", -0.9);
        expected.put("W1.1.1", -1.8);
        expected.put("W1.2.0", 0.3);
        expected.put("W1.2.1", 0.6);
        expected.put("b1.0", 0.0);
        expected.put("b1.1", -0.9);
        expected.put("b1.2", 0.3);

        Document doc = parse(MoodleXml.of(preset004()));
        Map<String, Element> byId = new HashMap<>();
        for (Element q : questions(doc, "numerical")) {
            String name = text(q, "name");
            String id = name.substring(name.lastIndexOf('(') + 1, name.length() - 1);
            byId.put(id, q);
        }
        assertEquals(expected.keySet(), byId.keySet());

        for (Map.Entry<String, Double> e : expected.entrySet()) {
            Element q = byId.get(e.getKey());
            String where = e.getKey();
            Element answer = only(q, "answer");
            assertEquals("100", answer.getAttribute("fraction"), where);
            String value = only(answer, "text").getTextContent();
            assertTrue(value.matches("-?[0-9]+(\\.[0-9]+)?(e-?[0-9]+)?"), where + " plain ASCII decimal: " + value);
            assertEquals(e.getValue(), Double.parseDouble(value), 1e-12, where);
            // Default tolerance: |s − t| ≤ 1e-6 + 0.01·|t|, widened by at most a millionth for the edge.
            double tol = Double.parseDouble(only(answer, "tolerance").getTextContent());
            double want = 1e-6 + 0.01 * Math.abs(e.getValue());
            assertTrue(tol >= want && tol <= want * (1 + 1e-6), where + " tolerance " + tol + " for " + want);
            assertNotNull(only(answer, "feedback"));

            assertEquals("1", only(q, "defaultgrade").getTextContent(), where);
            assertEquals("0.3333333", only(q, "penalty").getTextContent(), where);
            assertEquals("0", only(q, "hidden").getTextContent(), where);
            assertEquals("0", only(q, "unitgradingtype").getTextContent(), where);
            assertEquals("0.1", only(q, "unitpenalty").getTextContent(), where);
            assertEquals("3", only(q, "showunits").getTextContent(), where);
            assertEquals("0", only(q, "unitsleft").getTextContent(), where);
            assertEquals("html", only(q, "questiontext").getAttribute("format"), where);
            assertEquals("html", only(q, "generalfeedback").getAttribute("format"), where);
        }

        Element w201 = byId.get("W2.0.1");
        assertTrue(text(w201, "name").contains("∂L/∂W⁽²⁾₀₁"), text(w201, "name"));
        String feedback = text(w201, "generalfeedback");
        // ∂L/∂W⁽²⁾₀₁ = δ⁽²⁾ · a⁽¹⁾₁ = (−1)(1.1) = −1.1
        assertTrue(feedback.contains("δ⁽²⁾ · a⁽¹⁾₁"), feedback);
        assertTrue(feedback.contains("(−1)(1.1) = −1.1"), feedback);
        assertEquals("∂L/∂W⁽²⁾₀₁ = δ⁽²⁾ · a⁽¹⁾₁ = (−1)(1.1) = −1.1", html(feedback).getDocumentElement().getTextContent());
        String z11 = text(byId.get("z1.1"), "generalfeedback");
        // ∂L/∂z⁽¹⁾₁ = ∂L/∂a⁽¹⁾₁ · ReLU′(z⁽¹⁾₁) = (−0.9)(1)
        assertTrue(z11.contains("(−0.9)(1) = −0.9"), z11);

        String question = text(w201, "questiontext");
        Document q = html(question);
        String words = q.getDocumentElement().getTextContent();
        assertTrue(words.contains("x = [1, 2]"), words);
        assertTrue(words.contains("W⁽¹⁾ = [[0.2, −0.4], [−0.3, 0.8], [0.5, 0.7]]"), words);
        assertTrue(words.contains("b⁽¹⁾ = [0.1, −0.2, −0.1]"), words);
        assertTrue(words.contains("W⁽²⁾ = [[−0.6, 0.9, −0.3]]"), words);
        assertTrue(words.contains("y = [1.5]"), words);
        assertTrue(words.contains("η = 0.1"), words);
        assertTrue(words.contains("3 relu units"), words);
        assertTrue(words.contains("Indices start at 0"), words);
        assertTrue(words.contains("Compute ∂L/∂W⁽²⁾₀₁"), words);
    }

    @Test
    void frozenParametersAreNotAsked() {
        Exercise ex = preset004();
        Conventions c = ex.conventions();
        Exercise frozen = new Exercise(ex.title(), ex.description(), ex.notes(), ex.network(), ex.input(), ex.target(),
                ex.loss(), ex.learningRate(), new Conventions(c.reluAtZero(), c.leakySlope(), c.weightLayout(), c.indexBase(),
                List.of("W1", "b2")), false, ex.tolerance());
        Document doc = parse(MoodleXml.of(frozen));
        // 21 gradient cells less six W⁽¹⁾ and one b⁽²⁾, and the 13 − 7 updates that are not frozen (the default stages).
        assertEquals(20, questions(doc, "numerical").size());
        for (Element q : questions(doc, "numerical")) {
            String name = text(q, "name");
            assertTrue(!name.contains("(W1.") && !name.contains("(b2."), name);
        }
    }

    @Test
    void hostileTextCannotBreakTheXmlOrTheHtml() {
        Exercise ex = preset004();
        String evil = "]]></text></name><question type=\"x\">&amp;<script>alert('x')</script>\u0001\uD800 \"quoted\" 😀/sub";
        Exercise bad = new Exercise(evil, evil + " ]]> again", List.of(evil), ex.network(), ex.input(), ex.target(), ex.loss(),
                ex.learningRate(), ex.conventions(), false, ex.tolerance());
        String xml = MoodleXml.of(bad);
        Document doc = parse(xml);
        // A category, 21 gradient cells and 13 updated parameters (the default stages).
        assertEquals(35, children(doc.getDocumentElement(), "question").size());
        String clean = "]]></text></name><question type=\"x\">&amp;<script>alert('x')</script> \"quoted\" 😀/sub";
        for (Element q : questions(doc, "numerical")) {
            assertTrue(text(q, "name").startsWith(clean), text(q, "name"));
            Document statement = html(text(q, "questiontext"));
            // The title is text inside <strong>, not markup: no <script> element exists.
            assertEquals(0, statement.getElementsByTagName("script").getLength());
            assertEquals(clean, statement.getElementsByTagName("strong").item(0).getTextContent());
        }
        String category = text(questions(doc, "category").get(0), "category");
        // '/' inside a name is doubled so Moodle does not read a subcategory.
        assertTrue(category.endsWith(clean.replace("/", "//")), category);
    }

    @Test
    void aBatchHasOneCategoryPerExercise() {
        List<Exercise> batch = ExerciseGenerator.batch(40, 3, GeneratorOptions.parse("2-2-1,sigmoid,sigmoid,binary-cross-entropy"));
        Document doc = parse(MoodleXml.of(batch));
        List<Element> all = children(doc.getDocumentElement(), "question");
        // Each 2-2-1 exercise: ŷ, z⁽²⁾, 2 W⁽²⁾, b⁽²⁾, 2 a⁽¹⁾, 2 z⁽¹⁾, 4 W⁽¹⁾, 2 b⁽¹⁾ = 15 cells, then its 9 updated
        // parameters (the default stages ask the update), after one category.
        assertEquals(3 * 25, all.size());
        for (int k = 0; k < 3; k++) {
            Element cat = all.get(25 * k);
            assertEquals("category", cat.getAttribute("type"));
            assertTrue(text(cat, "category").contains("seed " + (40 + k)), text(cat, "category"));
        }
    }

    @Test
    void toleranceCoversTheRoundedValueInEveryMode() {
        Tolerance sig3 = new Tolerance(Tolerance.Mode.SIGNIFICANT_FIGURES, 0, 0, 3);
        Tolerance sig2 = new Tolerance(Tolerance.Mode.SIGNIFICANT_FIGURES, 0, 0, 2);
        Tolerance dec2 = new Tolerance(Tolerance.Mode.DECIMAL_PLACES, 0, 0, 2);
        Tolerance dec4 = new Tolerance(Tolerance.Mode.DECIMAL_PLACES, 0, 0, 4);
        // Half a unit in the last place kept.
        close(0.0005, MoodleXml.tolerance(sig3, 0.125));          // 0.125 → 0.125, last place 10⁻³
        close(50, MoodleXml.tolerance(sig2, -1234.5));             // −1200, last place 10²
        close(5, MoodleXml.tolerance(sig3, 1000));                 // 1000 has exponent 3 → 10¹
        close(0.000005, MoodleXml.tolerance(sig3, 0.001));
        close(0.005, MoodleXml.tolerance(dec2, 3.14159));
        // Three correct significant figures are always accepted: 123 for 123.45678 is off by 0.457 ≤ 0.5.
        close(0.5, MoodleXml.tolerance(dec4, 123.45678));
        close(0.011001, MoodleXml.tolerance(Tolerance.DEFAULT, -1.1));
        close(1e-6, MoodleXml.tolerance(Tolerance.DEFAULT, 0));
        // Float noise around 0 must accept 0.
        assertTrue(MoodleXml.tolerance(sig3, 5.5e-17) >= 5.5e-17);

        // Every true value, rounded by BigDecimal to the digits the mode keeps, lies within the tolerance.
        backprop.random.Prng rng = new backprop.random.Prng(99);
        for (int k = 0; k < 20_000; k++) {
            double t = (rng.nextDouble() - 0.5) * Math.pow(10, rng.nextInt(9) - 4);
            for (int d = 1; d <= 6; d++) {
                double rs = new BigDecimal(t).round(new MathContext(d, RoundingMode.HALF_UP)).doubleValue();
                Tolerance ts = new Tolerance(Tolerance.Mode.SIGNIFICANT_FIGURES, 0, 0, d);
                assertTrue(Math.abs(rs - t) <= MoodleXml.tolerance(ts, t), t + " to " + d + " significant figures");
                double rd = new BigDecimal(t).setScale(d, RoundingMode.HALF_UP).doubleValue();
                Tolerance td = new Tolerance(Tolerance.Mode.DECIMAL_PLACES, 0, 0, d);
                assertTrue(Math.abs(rd - t) <= MoodleXml.tolerance(td, t), t + " to " + d + " decimal places");
            }
        }
    }

    private static void close(double expected, double actual) {
        assertTrue(actual >= expected && actual <= expected * (1 + 1e-8), "tolerance " + actual + ", expected " + expected);
    }

    @Test
    void worksheet002AsksItsChoicesAndCountsToo() {
        Document doc = parse(MoodleXml.of(Presets.byId("002-scalar-chain").exercise()));
        // Choices: what is back-propagated, and did the loss go down. Counts are numerical with tolerance 0.
        List<Element> choices = questions(doc, "multichoice");
        assertEquals(2, choices.size());
        assertTrue(text(choices.get(0), "name").contains("(q.what-is-backpropagated)"), text(choices.get(0), "name"));
        assertEquals(4, children(choices.get(0), "answer").size());
        assertTrue(text(choices.get(1), "name").contains("(loss-down)"));
        boolean functions = false;
        for (Element q : questions(doc, "numerical")) {
            if (!text(q, "name").contains("(q.count-functions)")) continue;
            functions = true;
            Element answer = children(q, "answer").get(0);
            assertEquals("5", only(answer, "text").getTextContent());
            assertEquals("0", only(answer, "tolerance").getTextContent());
        }
        assertTrue(functions);
    }
}

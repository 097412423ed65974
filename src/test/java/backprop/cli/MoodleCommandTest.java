package backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The moodle command: a worksheet's question bank on stdout, and bad input refused with nothing written. */
class MoodleCommandTest {

    @Test
    void worksheet004AsAQuestionBank() throws Exception {
        CliRun r = CliRun.of("moodle", "--per-cell", "--preset", "004-relu-231");
        assertEquals(0, r.code(), r.err());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        assertEquals("quiz", doc.getDocumentElement().getTagName());
        NodeList questions = doc.getElementsByTagName("question");
        int numerical = 0;
        boolean found = false;
        for (int k = 0; k < questions.getLength(); k++) {
            Element q = (Element) questions.item(k);
            if (!q.getAttribute("type").equals("numerical")) continue;
            numerical++;
            String name = q.getElementsByTagName("name").item(0).getTextContent();
            if (name.contains("(W2.0.1)")) {
                // ∂L/∂W⁽²⁾₀₁ = δ⁽²⁾·a⁽¹⁾₁ = (−1)(1.1) = −1.1
                Element answer = (Element) q.getElementsByTagName("answer").item(0);
                assertEquals(-1.1, Double.parseDouble(answer.getElementsByTagName("text").item(0).getTextContent()), 1e-12);
                found = true;
            }
        }
        // 004 asks 8 forward values and L; ∂L/∂ŷ, ∂L/∂z⁽²⁾, 3 ∂L/∂W⁽²⁾, ∂L/∂b⁽²⁾, 3 ∂L/∂a⁽¹⁾, 3 ∂L/∂z⁽¹⁾, 6 ∂L/∂W⁽¹⁾,
        // 3 ∂L/∂b⁽¹⁾ = 21 gradient cells; 13 updated parameters and L′: 44 numerical questions
        assertEquals(44, numerical);
        assertTrue(found, "a question for W2.0.1");
    }

    @Test
    void badInputIsOneMessageAndNoXml() {
        CliRun r = CliRun.of("moodle", "--preset", "no-such-sheet");
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("no-such-sheet"), r.err());
        assertEquals(2, CliRun.of("moodle", "--json", "--preset", "004-relu-231").code());
    }
}

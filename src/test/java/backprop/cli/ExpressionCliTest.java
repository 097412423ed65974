package backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expressions on the command line: {@code solve} prints each asked expression, {@code check} judges expr. answers
 * through the symbolic core, {@code moodle} puts the expression in the feedback. Verdicts worked by hand.
 *
 * <p>Worksheet 004: x = [1, 2], z⁽¹⁾ = [−0.5, 1.1, 1.8], a⁽¹⁾ = [0, 1.1, 1.8], z⁽²⁾ = ŷ = 0.5, y = 1.5.
 * δ⁽²⁾ = (ŷ − y)·ReLU′(z⁽²⁾) = (−1)(1) = −1; δ⁽¹⁾₁ = W⁽²⁾₀₁·δ⁽²⁾·ReLU′(z⁽¹⁾₁) = (0.9)(−1)(1) = −0.9;
 * ∂L/∂W⁽¹⁾₁₁ = δ⁽¹⁾₁·x₁ = (−0.9)(2) = −1.8.
 * Worksheet 003 (the sheet's numbering, from 0): ∂L/∂h₀ = ∂L/∂z₁·w₁ + ∂L/∂z₂·w₃ = (−1.0724)(1.6) + (−1.532)(−0.6)
 * = −1.71584 + 0.9192 = −0.79664.
 */
class ExpressionCliTest {

    @TempDir
    Path dir;

    private static JsonObject expr(JsonObject o, String id) {
        for (JsonValue v : o.get("expressions").asObject().get("cells").asArray()) {
            if (v.asObject().getString("id", "").equals(id)) return v.asObject();
        }
        throw new AssertionError("no expression " + id + " in " + o.get("expressions"));
    }

    @Test
    void solvePrintsEachAskedExpression() {
        CliRun r = CliRun.of("solve", "--preset", "004-relu-231");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.line("expr.z2.0").contains("∂L/∂z⁽²⁾ = ∂L/∂ŷ · ReLU′(z⁽²⁾) = −1"), r.line("expr.z2.0"));
        assertTrue(r.line("expr.z1.1").contains("= −0.9"), r.line("expr.z1.1"));
        assertTrue(r.line("expr.W1.1.1").contains("∂L/∂W⁽¹⁾₁₁ = δ⁽¹⁾₁ · x₁ = −1.8"), r.line("expr.W1.1.1"));
        CliRun s = CliRun.of("solve", "--preset", "003-skip-connection");
        assertTrue(s.line("expr.a1.0").contains("∂L/∂a⁽¹⁾ = δ⁽²⁾ · w⁽²⁾ + δ⁽³⁾ · w⁽³←¹⁾ = −0.79664"), s.line("expr.a1.0"));
        assertTrue(s.line("expr.a1.0").contains("(ASCII: dL/dz1 * w1 + dL/dz2 * w3)"), s.line("expr.a1.0"));
        JsonObject j = Json.parse(CliRun.of("solve", "--json", "--preset", "004-relu-231").out()).asObject();
        assertEquals(3, j.get("expressions").asArray().size());
        JsonObject first = j.get("expressions").asArray().get(0).asObject();
        assertEquals("expr.z2.0", first.getString("id", ""));
        assertEquals("z2.0", first.getString("cell", ""));
        assertEquals(-1, first.getDouble("value", 0), 1e-12);
        // Worksheets without "symbolic" print no such section.
        assertTrue(!CliRun.of("solve", "--preset", "001-sigmoid-bce").out().contains("Expressions asked"));
    }

    @Test
    void checkJudgesExpressionsApartFromTheNumbers() {
        Path answers = CliRun.write(dir, "a.json", """
            {"expr.z2.0": "(a2 - y) * relu'(z2)", "expr.z1.1": "0.9 * delta2 * relu'(z1_1)", "expr.W1.1.1": "delta1_1 * x_0",
             "z2.0": "-1"}
            """);
        CliRun r = CliRun.of("check", "--json", "--preset", "004-relu-231", answers.toString());
        assertEquals(0, r.code(), r.err());
        JsonObject o = Json.parse(r.out()).asObject();
        // The numbers' score is the page's: one right number, the 44 cells as before.
        assertEquals(1, o.get("score").asObject().getInt("correct", -1));
        assertEquals(44, o.get("score").asObject().getInt("total", -1));
        JsonObject s = o.get("expressions").asObject().get("score").asObject();
        assertEquals(1, s.getInt("correct", -1));
        assertEquals(1, s.getInt("rightNumber", -1));
        assertEquals(1, s.getInt("wrong", -1));
        assertEquals(3, s.getInt("total", -1));
        // (a⁽²⁾ − y)·ReLU′(z⁽²⁾) writes ∂L/∂ŷ out as ŷ − y: right, and said so.
        JsonObject d2 = expr(o, "expr.z2.0");
        assertEquals("correct", d2.getString("verdict", ""));
        assertEquals("expanded", d2.getString("hint", ""));
        assertEquals(-1, d2.getDouble("value", 0), 1e-12);
        // 0.9 is W⁽²⁾₀₁'s number: −0.9 is right, the expression is not.
        JsonObject d1 = expr(o, "expr.z1.1");
        assertEquals("right-number", d1.getString("verdict", ""));
        assertEquals("constant-for-symbol", d1.getString("hint", ""));
        assertEquals(-0.9, d1.getDouble("value", 0), 1e-12);
        // δ⁽¹⁾₁·x₀ = (−0.9)(1) = −0.9 for −1.8: the wrong input.
        JsonObject w = expr(o, "expr.W1.1.1");
        assertEquals("wrong", w.getString("verdict", ""));
        assertEquals("wrong-symbol", w.getString("hint", ""));
        assertEquals("x₀ stands where x₁ belongs.", w.getString("message", ""));
        assertEquals(-0.9, w.getDouble("value", 0), 1e-12);
        assertEquals(-1.8, w.getDouble("expected", 0), 1e-12);
        assertEquals("δ⁽¹⁾₁ · x₁", w.getString("expression", ""));
    }

    @Test
    void checkNamesAMissingSkipTermAndTheSheetsSlip() {
        Path answers = CliRun.write(dir, "a.json", """
            {"expr.a1.0": "dL/dz1 * w1", "expr.z2.0": "dL/dh1 * z1", "expr.z3.0": "dL/dyhat * 1", "expr.W1.0.0": "dL/dz0 *"}
            """);
        CliRun r = CliRun.of("check", "--preset", "003-skip-connection", answers.toString());
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(r.line("expr.a1.0").endsWith("typed “dL/dz1 * w1”: wrong"), r.line("expr.a1.0"));
        assertTrue(out.contains("The skip path term δ⁽³⁾ · w⁽³←¹⁾ is missing"), out);
        assertTrue(out.contains("ReLU′(z⁽²⁾) is written as z⁽²⁾"), out);
        assertTrue(r.line("expr.z3.0").endsWith(": correct"), r.line("expr.z3.0"));
        assertTrue(r.line("expr.W1.0.0").endsWith(": unreadable"), r.line("expr.W1.0.0"));
        // 003 asks all ten gradients as expressions (∂L/∂ŷ, z⁽³⁾, w⁽³⁾, w⁽³←¹⁾, a⁽²⁾, z⁽²⁾, w⁽²⁾, a⁽¹⁾, z⁽¹⁾, w⁽¹⁾):
        // 1 right, 2 wrong, 1 unreadable, 6 not answered.
        assertTrue(out.contains("Expressions: 1 correct, 0 right number but wrong expression, 2 wrong, 1 unreadable, 6 not answered, of 10"), out);
    }

    @Test
    void anExpressionForACellTheExerciseDoesNotHaveIsAnError() {
        Path answers = CliRun.write(dir, "a.json", "{\"expr.z9.0\": \"1\"}");
        CliRun r = CliRun.of("check", "--preset", "004-relu-231", answers.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("'expr.z9.0'"), r.err());
        // any gradient cell may be answered as an expression, asked or not: ∂L/∂b⁽²⁾ = δ⁽²⁾
        Path other = CliRun.write(dir, "b.json", "{\"expr.b2.0\": \"delta2\"}");
        CliRun ok = CliRun.of("check", "--json", "--preset", "004-relu-231", other.toString());
        assertEquals("correct", expr(Json.parse(ok.out()).asObject(), "expr.b2.0").getString("verdict", ""));
    }

    @Test
    void moodleGivesTheNumberAndTheExpressionInTheFeedback() {
        CliRun r = CliRun.of("moodle", "--per-cell", "--preset", "004-relu-231");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("As an expression: ∂L/∂z⁽²⁾ = ∂L/∂ŷ · ReLU′(z⁽²⁾) (typed: dL/dyhat * relu&#39;(z2))"), r.out());
        // once per asked expression, numerical as before
        assertEquals(3, r.out().split("As an expression: ", -1).length - 1);
        // The one Cloze question: the same words in its sub-questions' feedback, '/' escaped as Cloze requires.
        CliRun cloze = CliRun.of("moodle", "--preset", "004-relu-231");
        assertEquals(0, cloze.code(), cloze.err());
        assertTrue(cloze.out().contains("As an expression: ∂L\\/∂z⁽²⁾ = ∂L\\/∂ŷ · ReLU′(z⁽²⁾) (typed: dL\\/dyhat * relu'(z2))"), cloze.out());
        assertEquals(3, cloze.out().split("As an expression: ", -1).length - 1);
    }
}

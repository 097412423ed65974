package backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check --json: the documented shape, with verdicts worked out by hand for worksheet 004. */
class CheckJsonTest {

    @TempDir
    Path dir;

    private static JsonObject cell(JsonObject o, String id) {
        for (JsonValue v : o.get("cells").asArray()) if (v.asObject().getString("id", "").equals(id)) return v.asObject();
        throw new AssertionError("no cell " + id);
    }

    @Test
    void everyVerdictInTheDocumentedShape() {
        // ∂L/∂ŷ = 0.5 − 1.5 = −1 typed as a number; δ⁽²⁾ = −0.5 (wrong: ReLU′ taken as z⁽²⁾ = 0.5, which the right
        // ∂L/∂ŷ rules out as the ½ of the loss used twice); ∂L/∂W⁽²⁾₀₁ = (−0.5)(1.1) = −0.55 follows from it; ∂L/∂W⁽²⁾₀₂ = −1.8 unreadable; ∂L/∂b⁽²⁾ = δ⁽²⁾ = −1 typed "-1,0"
        Path answers = CliRun.write(dir, "a.json", """
            {"yhat.0": -1, "z2.0": "-0.5", "W2.0.1": "-0.55", "W2.0.2": "-1.8.", "b2.0": "-1,0", "a1.0": null, "a1.1": ""}
            """);
        CliRun r = CliRun.of("check", "--json", "--preset", "004-relu-231", answers.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        JsonObject o = Json.parse(r.out()).asObject();
        assertTrue(o.getString("exercise", "").startsWith("Worksheet 004"));
        JsonObject score = o.get("score").asObject();
        assertEquals(2, score.getInt("correct", -1));
        assertEquals(1, score.getInt("consistent", -1));
        assertEquals(1, score.getInt("wrong", -1));
        assertEquals(1, score.getInt("unreadable", -1));
        // 21 gradient cells and 13 updates, 5 of them answered
        assertEquals(39, score.getInt("empty", -1));
        assertEquals(44, score.getInt("total", -1));
        assertEquals(44, o.get("cells").asArray().size());

        JsonObject y = cell(o, "yhat.0");
        assertEquals("∂L/∂ŷ", y.getString("label", ""));
        assertEquals("-1", y.getString("typed", ""));
        assertEquals("correct", y.getString("verdict", ""));
        assertEquals(-1, y.getDouble("value", 0), 1e-15);
        assertEquals(-1, y.getDouble("expected", 0), 1e-12);
        assertTrue(y.get("carried").isNull());
        assertTrue(y.get("problem").isNull());
        assertTrue(y.get("hint").isNull());

        JsonObject d = cell(o, "z2.0");
        assertEquals("wrong", d.getString("verdict", ""));
        assertEquals("relu-as-z", d.get("hint").asObject().getString("key", ""));
        assertTrue(d.get("hint").asObject().getString("message", "").contains("taken as z"));

        JsonObject w = cell(o, "W2.0.1");
        assertEquals("consistent", w.getString("verdict", ""));
        assertEquals(-0.55, w.getDouble("carried", 0), 1e-12);
        assertEquals(-1.1, w.getDouble("expected", 0), 1e-12);
        assertEquals("follows from your earlier ∂L/∂z⁽²⁾ = -0.5 (it is −1)", w.getString("problem", ""));

        JsonObject u = cell(o, "W2.0.2");
        assertEquals("unreadable", u.getString("verdict", ""));
        assertTrue(u.get("value").isNull());
        assertEquals("could not read “-1.8.” at character 5: a second decimal separator “.” in one number",
                u.getString("problem", ""));

        assertEquals("correct", cell(o, "b2.0").getString("verdict", ""));
        for (String id : new String[] {"a1.0", "a1.1", "new.b2.0"}) {
            JsonObject e = cell(o, id);
            assertEquals("empty", e.getString("verdict", ""));
            assertTrue(e.get("typed").isNull());
            assertTrue(e.get("value").isNull());
        }
        // W⁽²⁾₀₁′ = 0.9 − 0.1·(−1.1) = 1.01
        assertEquals(1.01, cell(o, "new.W2.0.1").getDouble("expected", 0), 1e-12);
        JsonArray cells = o.get("cells").asArray();
        assertEquals("fwd.z1.0", cells.get(0).asObject().getString("id", ""));
        assertEquals("forward", cells.get(0).asObject().getString("stage", ""));
        assertEquals("new.b2.0", cells.get(42).asObject().getString("id", ""));
        assertEquals(1, o.get("byStage").asObject().get("new-loss").asObject().getInt("total", -1));
    }

    @Test
    void anExerciseFileWorksLikeAPreset() {
        // ŷ = 1·1 + 1·2 = 3 with y = 1: ∂L/∂ŷ = 2, ∂L/∂W₁₂ = 2·2 = 4
        Path ex = CliRun.write(dir, "ex.json", """
            {"format": "backprop-tutor/exercise@1", "title": "tiny", "input": [1, 2], "target": [1],
             "loss": "half-sum-squared", "learningRate": 0.5,
             "layers": [{"activation": "linear", "weights": [[1, 1]]}]}
            """);
        Path answers = CliRun.write(dir, "a.json", "{\"yhat.0\": \"2\", \"W1.0.1\": \"-4\"}");
        CliRun r = CliRun.of("check", ex.toString(), answers.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject o = Json.parse(r.out()).asObject();
        assertEquals("tiny", o.getString("exercise", ""));
        assertEquals("correct", cell(o, "yhat.0").getString("verdict", ""));
        JsonObject w = cell(o, "W1.0.1");
        assertEquals("wrong", w.getString("verdict", ""));
        assertEquals("sign", w.get("hint").asObject().getString("key", ""));
    }

    /**
     * Issue 10: with the attempt's history (the page's shape: answers, shown, feedback), each cell says how it was
     * reached. Worksheet 004: ∂L/∂ŷ = 0.5 − 1.5 = −1 right at once; δ⁽²⁾ = −1 right after feedback; ∂L/∂b⁽²⁾ shown;
     * ∂L/∂W⁽²⁾₀₁ = (−1)(1.1) = −1.1 typed as 5, wrong; the other 40 of the 44 cells not answered.
     */
    @Test
    void theAttemptsHistoryGivesEachCellItsOutcome() {
        Path answers = CliRun.write(dir, "attempt.json", """
            {"answers": {"yhat.0": "-1", "z2.0": "-1", "W2.0.1": "5"}, "shown": ["b2.0"], "feedback": ["z2.0"]}
            """);
        CliRun r = CliRun.of("check", "--json", "--preset", "004-relu-231", answers.toString());
        assertEquals(0, r.code(), r.err());
        JsonObject o = Json.parse(r.out()).asObject();
        assertEquals("first-try", cell(o, "yhat.0").getString("outcome", ""));
        assertEquals("after-feedback", cell(o, "z2.0").getString("outcome", ""));
        assertEquals("shown", cell(o, "b2.0").getString("outcome", ""));
        assertEquals("wrong", cell(o, "W2.0.1").getString("outcome", ""));
        assertEquals("unanswered", cell(o, "fwd.z1.0").getString("outcome", ""));
        JsonObject t = o.get("outcomes").asObject();
        assertEquals(1, t.getInt("first-try", -1));
        assertEquals(1, t.getInt("after-feedback", -1));
        assertEquals(1, t.getInt("shown", -1));
        assertEquals(1, t.getInt("wrong", -1));
        assertEquals(40, t.getInt("unanswered", -1));
        assertEquals(44, t.getInt("total", -1));
        assertTrue(t.getString("summary", "").startsWith("1 right first time"), t.getString("summary", ""));

        // Without a history a right answer counts as first try; an unknown id in the history is refused by name.
        Path flat = CliRun.write(dir, "flat.json", "{\"yhat.0\": \"-1\"}");
        JsonObject f = Json.parse(CliRun.of("check", "--json", "--preset", "004-relu-231", flat.toString()).out()).asObject();
        assertEquals("first-try", cell(f, "yhat.0").getString("outcome", ""));
        Path bad = CliRun.write(dir, "bad.json", "{\"answers\": {}, \"shown\": [\"W9.0.0\"]}");
        CliRun b = CliRun.of("check", "--json", "--preset", "004-relu-231", bad.toString());
        assertTrue(b.code() != 0 && b.err().contains("no cell 'W9.0.0'"), b.err());
    }
}

package backprop.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.exercise.ExerciseWriter;
import backprop.exercise.Presets;
import backprop.export.JavaLinkCodec;
import backprop.export.ShareLink;
import backprop.generate.GeneratorOptions;
import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Attempt files: what the page writes, read back strictly, and re-graded by replaying the steps. */
class AttemptFileTest {

    private static final String OPTS = "2-3-1,relu,linear,half-sum-squared,bias,noskip,nice,nodead,lr=0.1";

    /** A session whose clock ticks 1000, 2000, 3000 … ms, one tick per step. */
    private static Session session(FakeStore store) {
        Session s = new Session(store, JavaLinkCodec.INSTANCE);
        long[] t = {0};
        s.clock(() -> t[0] += 1000);
        return s;
    }

    /**
     * Worksheet 004 (ŷ = 0.5, y = 1.5, ReLU output active): ∂L/∂ŷ = ŷ − y = −1, δ⁽²⁾ = ∂L/∂ŷ · ReLU′(z⁽²⁾) = −1.
     * 3 for δ⁽²⁾ is wrong, then −1 is right after feedback; −1 for ∂L/∂ŷ is right first time; W2.0.0 is shown.
     */
    private static Session worked(FakeStore store) {
        Session s = session(store);
        s.install(s.library().openHash(""));
        s.answer("z2.0", "3");
        s.answer("z2.0", "-1");
        s.answer("yhat.0", "-1");
        s.show("W2.0.0");
        return s;
    }

    @Test
    void theFileHoldsTheExerciseEveryStepAndTheScore() throws Exception {
        Session s = worked(new FakeStore());
        String text = s.attemptFile("  Ada Lovelace (s123) ");
        JsonObject o = Json.parse(text).asObject();
        assertEquals(AttemptFile.FORMAT, o.get("format").asString());
        assertEquals("Ada Lovelace (s123)", o.get("student").asString());
        assertEquals(Presets.byId("004-relu-231").exercise().title(), o.get("exercise").asObject().get("title").asString());
        JsonArray steps = o.get("steps").asArray();
        assertEquals(4, steps.size());
        assertEquals("z2.0", steps.get(0).asObject().get("cell").asString());
        assertEquals("3", steps.get(0).asObject().get("typed").asString());
        assertEquals(1000, steps.get(0).asObject().get("at").asLong());
        assertEquals("wrong", steps.get(0).asObject().get("outcome").asString());
        assertEquals("after-feedback", steps.get(1).asObject().get("outcome").asString());
        assertEquals("first-try", steps.get(2).asObject().get("outcome").asString());
        assertTrue(steps.get(3).asObject().get("show").asBoolean());
        // the file itself is written at the fifth tick
        assertEquals(5000, o.get("savedAt").asLong());
        JsonObject score = o.get("score").asObject();
        // 004 asks 44 cells: 8 forward values (z and a of 3 hidden units and of the output), L, 21 gradient cells,
        // 13 updated parameters and L′. 1 first try, 1 after feedback, 1 shown, 41 unanswered.
        assertEquals(1, score.get("first-try").asInt());
        assertEquals(1, score.get("after-feedback").asInt());
        assertEquals(1, score.get("shown").asInt());
        assertEquals(41, score.get("unanswered").asInt());
        assertEquals(44, score.get("total").asInt());
        assertNull(o.get("start"), "a fresh attempt has no start state");

        AttemptFile.Record r = AttemptFile.read(text);
        AttemptFile.Regrade g = AttemptFile.regrade(r);
        assertFalse(g.tampered(), g.disagreements().toString());
        assertEquals(new Tally(1, 1, 0, 1, 0, 41, 44), g.tally());
        assertEquals("Ada Lovelace (s123)", r.who());
    }

    @Test
    void aReloadedAttemptStartsFromTheSavedWorkAndStillReplays() throws Exception {
        FakeStore store = new FakeStore();
        Session s = worked(store);
        s.flush();
        Session again = session(store);
        again.install(again.library().openHash(""));
        again.answer("b2.0", "-1");
        String text = again.attemptFile(null);
        JsonObject start = Json.parse(text).asObject().get("start").asObject();
        assertEquals("-1", start.get("answers").asObject().get("z2.0").asString());
        assertNull(Json.parse(text).asObject().get("student"));
        AttemptFile.Regrade g = AttemptFile.regrade(AttemptFile.read(text));
        assertFalse(g.tampered(), g.disagreements().toString());
        // ∂L/∂b⁽²⁾ = δ⁽²⁾ = −1, first try; δ⁽²⁾ is still after feedback: the start state keeps its feedback
        assertEquals(new Tally(2, 1, 0, 1, 0, 40, 44), g.tally());
    }

    @Test
    void editedOutcomesOrAMissingWrongStepAreCaught() throws Exception {
        String text = worked(new FakeStore()).attemptFile(null);
        // The wrong first answer turned into a first-try one, with the score to match.
        JsonObject o = Json.parse(text).asObject();
        o.get("steps").asArray().get(0).asObject().set("outcome", "first-try");
        o.get("score").asObject().set("wrong", 0);
        AttemptFile.Regrade g = AttemptFile.regrade(AttemptFile.read(o.toString()));
        assertTrue(g.tampered());
        assertEquals("steps[0].outcome: the file says first-try, the re-grade gives wrong", g.disagreements().get(0));

        // The wrong step removed and every outcome claimed first-try: the replay gives first-try for δ⁽²⁾ too, so the
        // re-grade itself is what a student gets; but the outcomes recorded no longer follow from the steps.
        JsonObject p = Json.parse(text).asObject();
        p.get("steps").asArray().remove(0);
        JsonArray cells = p.get("cells").asArray();
        for (int k = 0; k < cells.size(); k++) {
            if (cells.get(k).asObject().get("id").asString().equals("W2.0.0")) cells.get(k).asObject().set("outcome", "first-try");
        }
        AttemptFile.Regrade h = AttemptFile.regrade(AttemptFile.read(p.toString()));
        assertTrue(h.tampered());
        assertTrue(h.disagreements().contains("score.first-try: the file says 1, the re-grade gives 2"), h.disagreements().toString());
        assertTrue(h.disagreements().stream().anyMatch(d -> d.endsWith(".outcome: the file says first-try, the re-grade gives shown")),
                h.disagreements().toString());
    }

    @Test
    void aClassLinkAsksForTheIdAndTheFileNamesTheClassAndTheSeed() throws Exception {
        Session s = session(new FakeStore());
        Opening ask = s.library().openHash("#seed-from=nn-week3&opts=" + OPTS);
        assertNotNull(ask.askStudent());
        assertEquals("nn-week3", ask.askStudent().course());
        s.install(ask);
        assertEquals("004-relu-231", s.opened().entry(), "what was open stays while the id is asked");

        Opening blank = s.library().openStudent("nn-week3", "   ", GeneratorOptions.parse(OPTS));
        assertNull(blank.opened());
        assertEquals("Type your student id to get your exercise: the student id is empty.", blank.studentError());

        s.install(s.library().openStudent("nn-week3", "S123 ", GeneratorOptions.parse(OPTS)));
        // StudentSeedTest's independent FNV-1a: ("nn-week3", "S123 ") → 2625642051019574
        assertEquals(2625642051019574L, s.opened().seed());
        assertEquals("#seed-from=nn-week3&id=s123&opts=" + OPTS, s.opened().link());
        s.answer(s.attempt().id(0), "0");
        String text = s.attemptFile("");
        JsonObject g = Json.parse(text).asObject().get("generated").asObject();
        assertEquals(2625642051019574L, g.get("seed").asLong());
        assertEquals("nn-week3", g.get("course").asString());
        assertEquals("s123", g.get("id").asString());
        AttemptFile.Record r = AttemptFile.read(text);
        assertEquals("s123", r.who());
        assertFalse(AttemptFile.regrade(r).tampered());

        // Another student's seed under this student's id.
        JsonObject o = Json.parse(text).asObject();
        o.get("generated").asObject().set("id", "s124");
        AttemptFile.Regrade t = AttemptFile.regrade(AttemptFile.read(o.toString()));
        assertTrue(t.tampered());
        assertTrue(t.disagreements().get(0).startsWith("generated.seed: 2625642051019574 is not the seed of student 's124' in class 'nn-week3'"),
                t.disagreements().get(0));
    }

    @Test
    void aFileThatIsNoAttemptIsRefusedWithThePathOfTheProblem() throws Exception {
        String good = worked(new FakeStore()).attemptFile(null);
        assertEquals("format: this is an exercise file, not an attempt file (no \"format\": \"backprop-tutor/attempt@1\")",
                problem(ExerciseWriter.write(Presets.byId("004-relu-231").exercise(), true).replace("\"format\": \"backprop-tutor/exercise@1\",", "")));
        assertEquals("format: this is an exercise file, not an attempt file",
                problem(ExerciseWriter.write(Presets.byId("004-relu-231").exercise(), true)));
        assertEquals("format: this attempt file is version 2; this tutor reads backprop-tutor/attempt@1",
                problem(good.replace("attempt@1", "attempt@2")));
        assertEquals("the file is empty", problem(" "));
        assertEquals("line 1, column 2, this is not valid JSON".replace(", this", ": this"), problem("{x"));
        JsonObject o = Json.parse(good).asObject();
        o.get("steps").asArray().get(1).asObject().add("colour", "red");
        assertEquals("steps[1].colour: unknown field 'colour' (known fields: cell, typed, show, showAll, at, outcome)", problem(o.toString()));
        o = Json.parse(good).asObject();
        o.get("steps").asArray().get(2).asObject().set("outcome", "excellent");
        assertEquals("steps[2].outcome: unknown outcome 'excellent'; one of first-try, after-feedback, consistent, shown, wrong, unanswered",
                problem(o.toString()));
        o = Json.parse(good).asObject();
        o.get("score").asObject().set("total", "34");
        assertEquals("score.total: expected a whole number, found a string", problem(o.toString()));
        o = Json.parse(good).asObject();
        o.get("steps").asArray().get(0).asObject().set("at", 1.5);
        assertEquals("steps[0].at: expected a whole number, found 1.5", problem(o.toString()));
        o = Json.parse(good).asObject();
        o.get("exercise").asObject().set("learningRate", -1);
        assertTrue(problem(o.toString()).startsWith("exercise.learningRate: must be greater than 0"), problem(o.toString()));
        o = Json.parse(good).asObject();
        o.remove("exercise");
        assertTrue(problem(o.toString()).startsWith("exercise: missing"));
        o = Json.parse(good).asObject();
        o.get("steps").asArray().get(0).asObject().set("cell", "W9.9.9");
        JsonObject bad = o;
        AttemptFileException e = assertThrows(AttemptFileException.class, () -> AttemptFile.regrade(AttemptFile.read(bad.toString())));
        assertEquals("steps[0].cell: this exercise has no cell or question 'W9.9.9'", e.getMessage());
    }

    @Test
    void aClassLinkIsReadWithItsNameAndIdEscaped() {
        GeneratorOptions opts = GeneratorOptions.parse(OPTS);
        String link = ShareLink.forStudent("Réseaux & co", "Zoë 1", opts);
        // é = C3 A9, space = 20, & = 26; ë = C3 AB; the id is written as compared (lower case)
        assertEquals("#seed-from=R%C3%A9seaux%20%26%20co&id=zo%C3%AB%201&opts=" + OPTS, link);
        ShareLink.StudentLink d = (ShareLink.StudentLink) ShareLink.decode(link);
        assertEquals("Réseaux & co", d.course());
        assertEquals("zoë 1", d.student());
    }

    private static String problem(String text) {
        return assertThrows(AttemptFileException.class, () -> AttemptFile.read(text)).getMessage();
    }
}

package backprop.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.model.Exercise;
import backprop.stage.Stage;
import backprop.stage.Stages;
import org.junit.jupiter.api.Test;

/** "stages" and "questions" in the exercise file: defaults, round trips, and a clear message for each mistake. */
class SheetJsonTest {

    private static final String BASE = "{\"title\": \"t\", \"input\": [1], \"target\": [0], \"loss\": \"half-sum-squared\","
            + " \"learningRate\": 0.1, \"layers\": [{\"activation\": \"relu\", \"weights\": [[0.5]]}]";

    private static Exercise read(String extra) throws ExerciseException {
        return ExerciseJson.parse(BASE + extra + "}");
    }

    private static String problem(String extra) {
        return assertThrows(ExerciseException.class, () -> read(extra)).getMessage();
    }

    @Test
    void oldFilesAskTheBackwardPassAndTheUpdate() throws ExerciseException {
        assertEquals(Stages.DEFAULT, read("").stages());
        assertEquals(Stages.DEFAULT.with(Stage.LOCAL), read(", \"localDerivatives\": true").stages());
    }

    @Test
    void stagesAndQuestionsRoundTrip() throws ExerciseException {
        for (Presets.Preset p : Presets.all()) {
            Exercise a = p.exercise();
            Exercise b = ExerciseJson.parse(ExerciseWriter.write(a, true));
            assertEquals(a.stages(), b.stages(), p.id());
            assertEquals(a.questions(), b.questions(), p.id());
        }
        Exercise ex = read(", \"stages\": [\"forward\", \"loss\"], \"questions\": [{\"id\": \"q.n\", \"kind\": \"count\","
                + " \"prompt\": \"How many?\", \"answer\": 3}]");
        assertEquals(Stages.of(Stage.FORWARD, Stage.LOSS), ex.stages());
        assertEquals(3, ex.questions().get(0).answer());
        assertEquals(ex.questions(), ExerciseJson.parse(ExerciseWriter.write(ex, false)).questions());
    }

    @Test
    void mistakesAreNamedWithTheirPath() {
        assertTrue(problem(", \"stages\": [\"forwards\"]").startsWith("stages[0]"), problem(", \"stages\": [\"forwards\"]"));
        assertTrue(problem(", \"stages\": [\"loss\", \"loss\"]").contains("twice"));
        assertTrue(problem(", \"stages\": []").contains("asks nothing"));
        assertTrue(problem(", \"questions\": [{\"id\": \"count\", \"kind\": \"count\", \"prompt\": \"p\", \"answer\": 1}]")
                .startsWith("questions[0].id"));
        assertTrue(problem(", \"questions\": [{\"id\": \"q.a\", \"kind\": \"count\", \"prompt\": \"p\", \"counts\": \"neurons\"}]")
                .startsWith("questions[0].counts"));
        String twoRight = ", \"questions\": [{\"id\": \"q.a\", \"kind\": \"choice\", \"prompt\": \"p\", \"options\": ["
                + "{\"key\": \"a\", \"text\": \"A\", \"right\": true}, {\"key\": \"b\", \"text\": \"B\", \"right\": true}]}]";
        assertTrue(problem(twoRight).contains("exactly one option must be right"), problem(twoRight));
        String sameKey = ", \"questions\": [{\"id\": \"q.a\", \"kind\": \"choice\", \"prompt\": \"p\", \"options\": ["
                + "{\"key\": \"a\", \"text\": \"A\", \"right\": true}, {\"key\": \"a\", \"text\": \"B\"}]}]";
        assertTrue(problem(sameKey).startsWith("questions[0].options[1].key"), problem(sameKey));
        assertTrue(problem(", \"questions\": [{\"id\": \"q.a\", \"kind\": \"essay\", \"prompt\": \"p\"}]").contains("count or choice"));
    }
}

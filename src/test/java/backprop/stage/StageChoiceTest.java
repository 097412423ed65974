package backprop.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.exercise.ExerciseDraft;
import backprop.exercise.ExerciseException;
import backprop.exercise.ExerciseJson;
import backprop.exercise.ExerciseWriter;
import backprop.exercise.Presets;
import backprop.generate.ExerciseGenerator;
import backprop.generate.GeneratorOptions;
import backprop.model.Exercise;
import backprop.solve.Solver;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stages an author chooses, as the page's stage choices write them (keys joined by '+'): read by the core for
 * the editor ({@code ExerciseDraft.set("stages", …)}) and for generated exercises ({@code ask=}), and the opened
 * exercise asks exactly the cells of those stages.
 */
class StageChoiceTest {

    @Test
    void keysJoinedByPlusAreReadInAnyOrderAndWrittenInWorksheetOrder() {
        Stages s = Stages.parse("update+forward + loss");
        assertEquals(Stages.of(Stage.FORWARD, Stage.LOSS, Stage.UPDATE), s);
        assertEquals("forward+loss+update", s.text());
        assertEquals(s, Stages.parse(s.text()));
        for (Stage st : Stage.values()) assertEquals(Stages.of(st), Stages.parse(st.key()));
    }

    @Test
    void nothingChosenAnUnknownOrARepeatedStageIsExplained() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Stages.parse("")).getMessage().contains("choose at least one stage"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Stages.parse("forward+sideways")).getMessage().contains("unknown stage 'sideways'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Stages.parse("loss+loss")).getMessage().contains("'loss' is named twice"));
    }

    /*
     * Worksheet 004 (2-3-1, biases) asking only its forward pass and loss: z and a of the three hidden units, then
     * z⁽²⁾ and ŷ, then L, 3·2 + 2 + 1 = 9 cells and nothing else.
     */
    @Test
    void theEditorsStageChoiceMakesTheExerciseAskExactlyThoseCells() throws ExerciseException {
        ExerciseDraft d = ExerciseDraft.of(Presets.byId("004-relu-231").exercise());
        assertTrue(d.paths().contains("stages"));
        assertEquals("forward+loss+backward+update+new-loss", d.text("stages"), "what worksheet 004 asks");
        assertNull(d.set("stages", "forward+loss"));
        Exercise ex = d.check();
        assertEquals(List.of("fwd.z1.0", "fwd.a1.0", "fwd.z1.1", "fwd.a1.1", "fwd.z1.2", "fwd.a1.2", "fwd.z2.0", "fwd.yhat.0", "loss"),
                Solver.solve(ex).sheet().ids());
        // The choice is kept in the exercise file the edited exercise is saved as.
        assertEquals(Stages.of(Stage.FORWARD, Stage.LOSS), ExerciseJson.parse(ExerciseWriter.write(ex, false)).stages());
    }

    @Test
    void noStageChosenInTheEditorIsAFieldProblemAndKeepsTheEarlierChoice() throws ExerciseException {
        ExerciseDraft d = ExerciseDraft.of(Presets.byId("004-relu-231").exercise());
        assertTrue(d.set("stages", "").contains("choose at least one stage"));
        ExerciseException e = assertThrows(ExerciseException.class, d::check);
        assertEquals("stages", e.where());
        assertEquals("forward+loss+backward+update+new-loss", d.text("stages"));
        assertNull(d.set("stages", "loss-down"));
        // Only "did the loss go down?": one cell, loss-down, whose answer (yes: 0.5 → 0.006272) the tutor works out.
        assertEquals(List.of("loss-down"), Solver.solve(d.check()).sheet().ids());
    }

    /*
     * A generated 2-2-1 exercise (biases) asking the update and the new loss: W⁽¹⁾′ (4), b⁽¹⁾′ (2), W⁽²⁾′ (2), b⁽²⁾′ (1)
     * and L′, 10 cells, in that order; no forward or gradient cell.
     */
    @Test
    void aGeneratedExerciseAsksTheStagesOfItsAskOption() {
        GeneratorOptions o = GeneratorOptions.parse("2-2-1,relu,linear,bias,ask=new-loss+update");
        assertEquals(Stages.of(Stage.UPDATE, Stage.NEW_LOSS), o.stages());
        assertTrue(o.format().endsWith(",ask=update+new-loss"), o.format());
        Exercise ex = ExerciseGenerator.generate(4711, o);
        List<String> ids = Solver.solve(ex).sheet().ids();
        assertEquals(10, ids.size(), ids.toString());
        for (int k = 0; k < 9; k++) assertTrue(ids.get(k).startsWith("new.W") || ids.get(k).startsWith("new.b"), ids.toString());
        assertEquals("new.loss", ids.get(9));
    }

    @Test
    void aGeneratorAskingNothingIsRefusedWithTheReason() {
        String m = assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.parse("2-3-1,ask=")).getMessage();
        assertTrue(m.contains("choose at least one stage"), m);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.parse("2-3-1,ask=forward+back")).getMessage()
                .contains("unknown stage 'back'"));
    }
}

package backprop.exercise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import backprop.forward.ForwardResult;
import backprop.model.Exercise;
import backprop.model.Network;
import backprop.model.WeightLayout;
import backprop.solve.Solver;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worksheet 004: x = [1, 2], W⁽¹⁾ = [[0.2, −0.4], [−0.3, 0.8], [0.5, 0.7]], b⁽¹⁾ = [0.1, −0.2, −0.1],
 * W⁽²⁾ = [[−0.6, 0.9, −0.3]], b⁽²⁾ = 0.05, ReLU, L = ½(y − ŷ)², y = 1.5; z⁽¹⁾ = [−0.5, 1.1, 1.8], ŷ = 0.5.
 */
class ExerciseDraftTest {

    private static final double EPS = 1e-12;

    private static ExerciseDraft w004() {
        return ExerciseDraft.of(Presets.byId("004-relu-231").exercise());
    }

    private static ForwardResult forward(ExerciseDraft d) throws ExerciseException {
        return Solver.solve(d.check()).forward();
    }

    @Test
    void anUntouchedDraftIsTheExercise() throws ExerciseException {
        Exercise a = Presets.byId("004-relu-231").exercise();
        Exercise b = w004().check();
        assertEquals(a.title(), b.title());
        assertEquals(a.notes(), b.notes());
        assertEquals(a.conventions(), b.conventions());
        assertArrayEquals(a.network().layer(1).weights()[2], b.network().layer(1).weights()[2]);
        assertEquals(0.5, forward(w004()).loss(), EPS);
    }

    @Test
    void editedFieldsReachTheSolution() throws ExerciseException {
        ExerciseDraft d = w004();
        d.weights.get(1)[0][1] = 0.5;
        // z⁽²⁾ = 0.5·1.1 − 0.3·1.8 + 0.05 = 0.06 = ŷ; L = ½·1.44² = 1.0368.
        ForwardResult f = forward(d);
        assertEquals(0.06, f.a()[2][0], EPS);
        assertEquals(1.0368, f.loss(), EPS);
    }

    @Test
    void anEditedWorksheetSaysItsNotesSpeakOfTheOriginal() throws ExerciseException {
        Exercise original = Presets.byId("004-relu-231").exercise();
        ExerciseDraft d = w004();
        d.learningRate = 0.5;
        Exercise edited = d.check();
        List<String> notes = edited.notes();
        assertEquals(original.notes().size() + 1, notes.size());
        assertEquals("Edited from “" + original.title() + "” in the page: the description and the notes below were written for"
                + " its original numbers.", notes.get(0));
        assertEquals(original.notes(), notes.subList(1, notes.size()));
        // edited again: still one such note
        ExerciseDraft again = ExerciseDraft.of(edited);
        again.learningRate = 0.2;
        assertEquals(notes, again.check().notes());
    }

    @Test
    void aHiddenLayerGrowsWithSmallNewWeightsAndZeroBias() throws ExerciseException {
        ExerciseDraft d = w004();
        d.resize(1, 4);
        assertArrayEquals(new double[] {0.1, 0.1}, d.weights.get(0)[3]);
        assertArrayEquals(new double[] {0.1, -0.2, -0.1, 0}, d.biases.get(0));
        assertArrayEquals(new double[] {-0.6, 0.9, -0.3, 0.1}, d.weights.get(1)[0]);
        // New unit: z = 0.1·1 + 0.1·2 + 0 = 0.3; ŷ = 0.5 + 0.1·0.3 = 0.53; L = ½·0.97² = 0.47045.
        ForwardResult f = forward(d);
        assertEquals(0.3, f.a()[1][3], EPS);
        assertEquals(0.47045, f.loss(), EPS);
    }

    @Test
    void aHiddenLayerShrinksByItsLastUnits() throws ExerciseException {
        ExerciseDraft d = w004();
        d.resize(1, 2);
        assertEquals(2, d.width(1));
        assertArrayEquals(new double[] {-0.6, 0.9}, d.weights.get(1)[0]);
        // ŷ = −0.6·0 + 0.9·1.1 + 0.05 = 1.04; L = ½·0.46² = 0.1058.
        assertEquals(0.1058, forward(d).loss(), EPS);
    }

    @Test
    void anInputAddedReadsOneThroughSmallWeights() throws ExerciseException {
        ExerciseDraft d = w004();
        d.resize(0, 3);
        assertArrayEquals(new double[] {1, 2, 1}, d.input);
        assertArrayEquals(new double[] {0.2, -0.4, 0.1}, d.weights.get(0)[0]);
        // z⁽¹⁾ = [−0.4, 1.2, 1.9]; ŷ = 0.9·1.2 − 0.3·1.9 + 0.05 = 0.56.
        assertEquals(0.56, forward(d).a()[2][0], EPS);
    }

    @Test
    void anOutputAddedGetsATargetOfZero() throws ExerciseException {
        ExerciseDraft d = w004();
        d.resize(2, 2);
        assertArrayEquals(new double[] {1.5, 0}, d.target);
        assertArrayEquals(new double[] {0.05, 0}, d.biases.get(1));
        // ŷ₁ = ReLU(0.1·(0 + 1.1 + 1.8)) = 0.29; L = ½(1.0² + 0.29²) = ½·1.0841 = 0.54205.
        ForwardResult f = forward(d);
        assertEquals(0.29, f.a()[2][1], EPS);
        assertEquals(0.54205, f.loss(), EPS);
    }

    @Test
    void aSkipFollowsTheLayerItReads() throws ExerciseException {
        // Worksheet 003: x = 1.5, w⁽¹⁾ = 0.6, w⁽²⁾ = 1.6, w⁽³⁾ = 0.7, skip w⁽³←¹⁾ = −0.6, y = 2.
        ExerciseDraft d = ExerciseDraft.of(Presets.byId("003-skip-connection").exercise());
        d.resize(1, 2);
        assertArrayEquals(new double[] {-0.6, 0.1}, d.skips.get(2).get(0).weights()[0]);
        // a⁽¹⁾ = [0.9, 0.1·1.5] = [0.9, 0.15]; z⁽²⁾ = 1.6·0.9 + 0.1·0.15 = 1.455;
        // ŷ = 0.7·1.455 − 0.6·0.9 + 0.1·0.15 = 1.0185 − 0.54 + 0.015 = 0.4935;
        // L = ½(2 − 0.4935)² = ½·1.5065² = ½·2.26954225 = 1.134771125.
        ForwardResult f = forward(d);
        assertEquals(0.4935, f.a()[3][0], EPS);
        assertEquals(1.134771125, f.loss(), EPS);
    }

    @Test
    void aBiasTakenAwayAndGivenBack() throws ExerciseException {
        ExerciseDraft d = w004();
        d.bias(2, false);
        assertNull(d.biases.get(1));
        assertFalse(d.check().network().layer(2).hasBias());
        // ŷ = 0.99 − 0.54 = 0.45; L = ½·1.05² = 0.55125.
        assertEquals(0.55125, forward(d).loss(), EPS);
        d.bias(2, true);
        assertArrayEquals(new double[] {0}, d.biases.get(1));
    }

    @Test
    void theLayoutRenamesButKeepsEveryWeight() throws ExerciseException {
        ExerciseDraft d = w004();
        d.layout = WeightLayout.INPUT_ROWS;
        Network n = d.check().network();
        assertArrayEquals(new double[] {0.5, 0.7}, n.layer(1).weights()[2]);
        assertEquals(0.5, forward(d).loss(), EPS);
    }

    @Test
    void aBadEditIsNamedByItsFieldPath() {
        ExerciseDraft d = w004();
        d.learningRate = 0;
        assertEquals("learningRate", assertThrows(ExerciseException.class, d::check).where());
        d.learningRate = 0.1;
        d.reluAtZero = 2;
        assertEquals("conventions.reluAtZero", assertThrows(ExerciseException.class, d::check).where());
        d.reluAtZero = 0;
        d.frozen = List.of("biases", "W9");
        assertEquals("conventions.frozen[1]", assertThrows(ExerciseException.class, d::check).where());
    }
}

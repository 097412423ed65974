package backprop.exercise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.model.WeightLayout;
import backprop.solve.Solver;
import org.junit.jupiter.api.Test;

/**
 * {@link ExerciseDraft#set}: a field's text by its path, read as the editor reads it, judged by the rules
 * a file is read with. Worksheet 004: x = [1, 2], W⁽¹⁾ = [[0.2, −0.4], [−0.3, 0.8], [0.5, 0.7]],
 * b⁽¹⁾ = [0.1, −0.2, −0.1], W⁽²⁾ = [[−0.6, 0.9, −0.3]], b⁽²⁾ = [0.05], ReLU, ½ sum of squares, y = 1.5, η = 0.1.
 */
class DraftFieldsTest {

    private static ExerciseDraft w004() {
        return ExerciseDraft.of(Presets.byId("004-relu-231").exercise());
    }

    @Test
    void numbersAreReadAsStudentsTypeThem() {
        assertEquals(0.5, ExerciseDraft.number(" 0.5 "));
        assertEquals(0.5, ExerciseDraft.number("0,5"), "decimal comma");
        assertEquals(-1.2, ExerciseDraft.number("\u22121.2"), "Unicode minus");
        assertEquals(-0.003, ExerciseDraft.number("-3e-3"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExerciseDraft.number("abc")).getMessage().contains("“abc” is not a number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExerciseDraft.number("1e999")).getMessage().contains("not a number"),
                "too large to be finite");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExerciseDraft.number("  ")).getMessage().contains("type a number"));
        assertThrows(IllegalArgumentException.class, () -> ExerciseDraft.number("0.5x"));
    }

    @Test
    void aNumberFieldIsStoredWhenItCanBeRead() throws ExerciseException {
        ExerciseDraft d = w004();
        assertNull(d.set("learningRate", "0,05"));
        assertEquals(0.05, d.learningRate);
        assertNull(d.set("layers[1].weights[0][1]", "0.5"));
        assertEquals(0.5, d.weights.get(1)[0][1]);
        // z⁽²⁾ = −0.6·0 + 0.5·1.1 − 0.3·1.8 + 0.05 = 0.06 = ŷ; L = ½(1.5 − 0.06)² = 1.0368
        assertEquals(1.0368, Solver.solve(d.check()).forward().loss(), 1e-12);
        assertNull(d.set("layers[0].bias[1]", "\u22120.25"));
        assertEquals(-0.25, d.biases.get(0)[1]);
        assertNull(d.set("input[1]", "3"));
        assertNull(d.set("target[0]", "2"));
        assertArrayEquals(new double[] {1, 3}, d.input);
        assertArrayEquals(new double[] {2}, d.target);
    }

    @Test
    void textThatCannotBeReadKeepsTheEarlierValueAndBlocksCheck() throws ExerciseException {
        ExerciseDraft d = w004();
        assertEquals("type a number here", d.set("learningRate", " "));
        assertEquals(0.1, d.learningRate);
        ExerciseException e = assertThrows(ExerciseException.class, d::check);
        assertEquals("learningRate", e.where());
        assertEquals("type a number here", e.problem());
        assertTrue(d.set("layers[0].weights[2][1]", "0.7x").contains("“0.7x” is not a number"));
        assertEquals(2, d.problems().size());
        assertNull(d.set("learningRate", "0.2"));
        assertEquals("layers[0].weights[2][1]", assertThrows(ExerciseException.class, d::check).where());
        assertNull(d.set("layers[0].weights[2][1]", "0.7"));
        d.check();
    }

    @Test
    void aRuleBrokenByTheFieldIsItsMessage() {
        ExerciseDraft d = w004();
        assertEquals("must be greater than 0, found -0.5", d.set("learningRate", "−0.5"));
        assertEquals("learningRate", assertThrows(ExerciseException.class, d::check).where());
        assertTrue(d.set("conventions.reluAtZero", "2").contains("between 0 and 1"));
        assertTrue(d.set("conventions.frozen", "biases, W9").contains("no parameter is called 'W9'"));
        assertTrue(d.set("layers[1].activation", "softmax").contains("softmax needs at least 2 units"));
    }

    @Test
    void theDraftAndTheFileSayTheSameForTheSameProblem() {
        ExerciseDraft d = w004();
        d.set("learningRate", "0");
        ExerciseException fromDraft = assertThrows(ExerciseException.class, d::check);
        String file = ExerciseWriter.write(Presets.byId("004-relu-231").exercise(), false).replace("\"learningRate\":0.1", "\"learningRate\":0");
        ExerciseException fromFile = assertThrows(ExerciseException.class, () -> ExerciseJson.parse(file));
        assertEquals(fromFile.getMessage(), fromDraft.getMessage());
    }

    @Test
    void aSizeIsAWholeNumberOfUnitsAndReshapes() {
        ExerciseDraft d = w004();
        int shape = d.shape();
        assertNull(d.set("layers[0].size", "4"));
        assertEquals(4, d.width(1));
        assertTrue(d.shape() > shape);
        assertEquals("a layer has 1 to 10 units (whole number)", d.set("layers[0].size", "0"));
        assertEquals("a layer has 1 to 10 units (whole number)", d.set("layers[0].size", "2.5"));
        assertEquals("a layer has 1 to 10 units (whole number)", d.set("input-size", "11"));
        assertEquals(4, d.width(1));
        assertNull(d.set("input-size", "3"));
        assertEquals(3, d.input.length);
        // the message about a size that could not be read is gone with a size that can
        assertNull(d.set("layers[0].size", "3"));
        assertTrue(d.problems().isEmpty(), d.problems().toString());
    }

    @Test
    void aBiasIsTurnedOffAndOn() {
        ExerciseDraft d = w004();
        assertNull(d.set("layers[1].bias-on", "false"));
        assertNull(d.biases.get(1));
        assertNull(d.text("layers[1].bias[0]"), "the bias field is gone");
        assertNull(d.set("layers[1].bias-on", "true"));
        assertArrayEquals(new double[] {0}, d.biases.get(1));
        assertTrue(d.set("layers[1].bias-on", "yes").contains("true"));
    }

    @Test
    void weightPathsFollowTheLayout() {
        ExerciseDraft d = w004();
        assertNull(d.set("conventions.weightLayout", "input-rows"));
        assertEquals(WeightLayout.INPUT_ROWS, d.layout);
        // input-rows: row i = input, column j = neuron; W⁽¹⁾ from x₁ into neuron 2 is 0.7
        assertEquals("0.7", d.text("layers[0].weights[1][2]"));
        assertNull(d.set("layers[0].weights[1][2]", "0.6"));
        assertEquals(0.6, d.weights.get(0)[2][1]);
        assertNull(d.text("layers[0].weights[2][1]"), "there is no third input");
    }

    @Test
    void pathsTheDraftDoesNotHaveAreNamed() {
        ExerciseDraft d = w004();
        assertEquals("this exercise has no field 'layers[5].weights[0][0]'", d.set("layers[5].weights[0][0]", "1"));
        assertEquals("this exercise has no field 'input[01]'", d.set("input[01]", "1"));
        assertTrue(d.set("layers[0].skips[0].weights[0][0]", "1").contains("no field"));
        assertTrue(d.problems().isEmpty());
    }

    @Test
    void everyFieldOfEveryPresetReadsBackItsOwnText() throws ExerciseException {
        for (Presets.Preset p : Presets.all()) {
            ExerciseDraft d = ExerciseDraft.of(p.exercise());
            for (String path : d.paths()) assertNull(d.set(path, d.text(path)), p.id() + " " + path);
            assertEquals(ExerciseWriter.write(p.exercise(), false), ExerciseWriter.write(d.check(), false), p.id());
        }
    }

    @Test
    void aSkipWeightIsSetByItsPath() {
        // Worksheet 003: layer 3 reads layer 1 through a skip weight of −0.6
        ExerciseDraft d = ExerciseDraft.of(Presets.byId("003-skip-connection").exercise());
        assertEquals("-0.6", d.text("layers[2].skips[0].weights[0][0]"));
        assertNull(d.set("layers[2].skips[0].weights[0][0]", "0,3"));
        assertEquals(0.3, d.skips.get(2).get(0).weights()[0][0]);
    }
}

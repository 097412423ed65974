package backprop.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.model.Exercise;
import backprop.model.NumericException;
import backprop.model.WeightLayout;
import backprop.solve.Solver;
import org.junit.jupiter.api.Test;

/** Each kind of broken file gets its own message, naming the field and the problem. */
class ExerciseJsonTest {

    private static final String LAYERS = """
        [{"activation": "relu", "weights": [[0.2, -0.4], [-0.3, 0.8], [0.5, 0.7]], "bias": [0.1, -0.2, -0.1]},
         {"activation": "relu", "weights": [[-0.6, 0.9, -0.3]], "bias": [0.05]}]""";

    private static String file(String layers, String extra) {
        return "{\"title\": \"t\", \"input\": [1, 2], \"target\": [1.5], \"loss\": \"half-sum-squared\", "
                + "\"learningRate\": 0.1, \"layers\": " + layers + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    private static void fails(String json, String where, String fragment) {
        ExerciseException e = assertThrows(ExerciseException.class, () -> ExerciseJson.parse(json));
        assertEquals(where, e.where(), e.getMessage());
        assertTrue(e.problem().contains(fragment), "expected '" + fragment + "' in: " + e.getMessage());
    }

    @Test
    void aValidFileLoads() throws ExerciseException {
        Exercise ex = ExerciseJson.parse(file(LAYERS, ""));
        assertEquals(2, ex.network().depth());
        assertEquals(3, ex.network().layer(1).size());
        assertEquals(WeightLayout.NEURON_ROWS, ex.conventions().weightLayout());
    }

    @Test
    void inputRowsAreTransposedToNeuronRows() throws ExerciseException {
        Exercise ex = ExerciseJson.parse(file("[{\"activation\": \"linear\", \"weights\": [[1, 2, 3], [4, 5, 6]]},"
                + " {\"activation\": \"linear\", \"weights\": [[1], [1], [1]]}]", "\"conventions\": {\"weightLayout\": \"input-rows\"}"));
        // Written W[i][j] with 2 inputs and 3 neurons: neuron 2 reads 3 from x₁ and 6 from x₂.
        assertEquals(3, ex.network().layer(1).size());
        assertEquals(3, ex.network().layer(1).weights()[2][0]);
        assertEquals(6, ex.network().layer(1).weights()[2][1]);
    }

    @Test
    void notJson() {
        fails("{\"title\": ", "line 1, column 11", "not valid JSON");
    }

    private static void syntax(String json, String where, String problem) {
        ExerciseException e = assertThrows(ExerciseException.class, () -> ExerciseJson.parse(json));
        assertEquals(where, e.where(), e.getMessage());
        assertEquals(problem, e.problem());
    }

    /** A comma after the last item, the slip made most often by hand, is said in words; every other syntax error keeps the reader's reason. */
    @Test
    void commonSyntaxSlipsAreExplained() {
        syntax("{\"a\": 1,}", "line 1, column 9", "this is not valid JSON (a comma before “}” is not allowed)");
        syntax("{\"input\": [1,]}", "line 1, column 14", "this is not valid JSON (a comma before “]” is not allowed)");
        // blanks and line breaks between the comma and the bracket, and columns counted on the bracket's own line
        syntax("{\n  \"input\": [1, 2],\n  \"target\": [1.5],\n}", "line 4, column 1",
                "this is not valid JSON (a comma before “}” is not allowed)");
        syntax("[1,\r\n\t]", "line 2, column 2", "this is not valid JSON (a comma before “]” is not allowed)");
        syntax("{title: \"t\"}", "line 1, column 2", "this is not valid JSON (Expected name)");
        // not a trailing comma: the reader's own words
        syntax("{\"a\": ,}", "line 1, column 7", "this is not valid JSON (Expected value)");
        syntax("[,1]", "line 1, column 2", "this is not valid JSON (Expected value)");
        syntax("[1,}", "line 1, column 4", "this is not valid JSON (Expected value)");
        syntax("{\"a\": 1,]", "line 1, column 9", "this is not valid JSON (Expected name)");
        syntax("{\"a\": 1 \"b\": 2}", "line 1, column 9", "this is not valid JSON (Expected ',' or '}')");
        syntax("{\"a\": 1,", "line 1, column 9", "this is not valid JSON (Unexpected end of input)");
    }

    @Test
    void hostileNestingIsRefusedBeforeParsing() {
        fails("[".repeat(100_000), "", "nested more than 32 deep");
    }

    @Test
    void emptyAndNotAnObject() {
        fails("   ", "", "empty");
        fails("[1, 2]", "", "must be a JSON object");
    }

    @Test
    void missingTarget() {
        String json = "{\"title\": \"t\", \"input\": [1, 2], \"loss\": \"half-sum-squared\", \"learningRate\": 0.1, \"layers\": " + LAYERS + "}";
        fails(json, "target", "missing; give the training target y as an array of 1 number");
    }

    @Test
    void targetOfTheWrongLength() {
        fails(file(LAYERS, "").replace("[1.5]", "[1.5, 2]"), "target", "needs 1 value; found 2");
    }

    @Test
    void unknownActivationAndLoss() {
        fails(file(LAYERS.replaceFirst("relu", "relu6"), ""), "layers[0].activation", "unknown activation 'relu6'; use one of linear, relu");
        fails(file(LAYERS, "").replace("half-sum-squared", "mse"), "loss", "unknown loss 'mse'; use one of half-sum-squared");
    }

    @Test
    void shapeMismatches() {
        // Layer 2 reads three values from layer 1; a row of two is wrong.
        fails(file(LAYERS.replace("[[-0.6, 0.9, -0.3]]", "[[-0.6, 0.9]]"), ""), "layers[1].weights[0]",
                "every row needs 3 entries (one entry per value of layer 1), found 2");
        fails(file(LAYERS.replace("[[0.2, -0.4], [-0.3, 0.8], [0.5, 0.7]]", "[[0.2, -0.4], [-0.3, 0.8, 1], [0.5, 0.7]]"), ""),
                "layers[0].weights[1]", "needs 2 entries");
        fails(file(LAYERS.replace("[0.1, -0.2, -0.1]", "[0.1, -0.2]"), ""), "layers[0].bias", "needs 3 biases; found 2");
        fails(file("[{\"activation\": \"linear\", \"weights\": [[1, 2, 3]]}]", "\"conventions\": {\"weightLayout\": \"input-rows\"}"),
                "layers[0].weights", "needs 2 rows (one row per value of the input), found 1");
    }

    @Test
    void nonFiniteNumbers() {
        fails(file(LAYERS.replace("0.05", "1e999"), ""), "layers[1].bias[0]", "numbers must be finite");
        fails(file(LAYERS, "").replace("\"input\": [1, 2]", "\"input\": [1, -1e400]"), "input[1]", "numbers must be finite");
    }

    @Test
    void skipFromALaterOrTheSameLayer() {
        String later = LAYERS.replace("\"bias\": [0.05]", "\"bias\": [0.05], \"skips\": [{\"from\": 3, \"weights\": [[1]]}]");
        fails(file(later, ""), "layers[1].skips[0].from", "layer 2 cannot read layer 3, which does not come before it");
        String previous = LAYERS.replace("\"bias\": [0.05]", "\"bias\": [0.05], \"skips\": [{\"from\": 1, \"weights\": [[1, 1, 1]]}]");
        fails(file(previous, ""), "layers[1].skips[0].from", "already the main input of layer 2");
        String wrongShape = LAYERS.replace("\"bias\": [0.05]", "\"bias\": [0.05], \"skips\": [{\"from\": 0, \"weights\": [[1, 1, 1]]}]");
        fails(file(wrongShape, ""), "layers[1].skips[0].weights[0]", "needs 2 entries (one entry per value of the input)");
    }

    @Test
    void learningRateMustBePositive() {
        fails(file(LAYERS, "").replace("0.1, \"layers\"", "0, \"layers\""), "learningRate", "must be greater than 0, found 0");
        fails(file(LAYERS, "").replace("0.1, \"layers\"", "-0.5, \"layers\""), "learningRate", "must be greater than 0, found -0.5");
    }

    @Test
    void misspeltAndMistypedFields() {
        fails(file(LAYERS.replaceFirst("\"weights\"", "\"wieghts\""), ""), "layers[0].wieghts", "unknown field 'wieghts'");
        fails(file(LAYERS.replace("0.05", "\"0.05\""), ""), "layers[1].bias[0]", "expected a number, found the text \"0.05\"");
        fails(file(LAYERS, "\"conventions\": {\"weightLayout\": \"columns\"}"), "conventions.weightLayout", "unknown layout 'columns'");
        fails(file(LAYERS, "\"conventions\": {\"indexBase\": 2}"), "conventions.indexBase", "must be 0 or 1");
        fails(file(LAYERS, "\"conventions\": {\"frozen\": [\"W5\"]}"), "conventions.frozen[0]", "no parameter is called 'W5'");
    }

    @Test
    void targetsTheLossCannotTake() {
        String sig = LAYERS.replace("\"activation\": \"relu\", \"weights\": [[-0.6", "\"activation\": \"sigmoid\", \"weights\": [[-0.6");
        fails(file(sig, "").replace("half-sum-squared", "binary-cross-entropy"), "target[0]",
                "binary cross-entropy needs targets between 0 and 1, found 1.5");
        String soft = "[{\"activation\": \"softmax\", \"weights\": [[1, 0], [0, 1]]}]";
        fails(file(soft, "").replace("[1.5]", "[0.5, 0.6]").replace("half-sum-squared", "categorical-cross-entropy"),
                "target", "must add up to 1");
    }

    @Test
    void softmaxOverOneUnitIsRefused() {
        // softmax(z) = e^z / e^z = 1 for any z: ŷ never moves and every gradient through it is 0
        String one = LAYERS.replace("\"activation\": \"relu\", \"weights\": [[-0.6", "\"activation\": \"softmax\", \"weights\": [[-0.6");
        fails(file(one, ""), "layers[1].activation", "softmax needs at least 2 units");
    }

    @Test
    void givenValuesOfTheWrongLength() {
        fails(file(LAYERS.replace("\"bias\": [0.05]", "\"bias\": [0.05], \"given\": {\"a\": [1, 2]}"), ""),
                "layers[1].given.a", "layer 2 has 1 neuron; found 2 values");
    }

    @Test
    void overflowIsReportedWhereItHappens() throws ExerciseException {
        Exercise ex = ExerciseJson.parse(file(LAYERS.replace("0.2, -0.4", "1e300, 1e300"), "").replace("[1, 2]", "[1e10, 1e10]"));
        NumericException e = assertThrows(NumericException.class, () -> Solver.solve(ex));
        assertTrue(e.getMessage().startsWith("z⁽¹⁾₁ overflows"), e.getMessage());
    }

    @Test
    void saturatedSigmoidWithCrossEntropyIsAnInfiniteLoss() throws ExerciseException {
        String sig = "[{\"activation\": \"sigmoid\", \"weights\": [[100, 100]]}]";
        Exercise ex = ExerciseJson.parse(file(sig, "").replace("[1.5]", "[0]").replace("half-sum-squared", "binary-cross-entropy"));
        NumericException e = assertThrows(NumericException.class, () -> Solver.solve(ex));
        assertTrue(e.getMessage().contains("The loss is infinite"), e.getMessage());
    }

    @Test
    void everyPresetParses() {
        assertEquals(5, Presets.all().size());
        for (Presets.Preset p : Presets.all()) {
            assertTrue(p.exercise().title().startsWith("Worksheet " + p.id().substring(0, 3)), p.id());
        }
    }
}

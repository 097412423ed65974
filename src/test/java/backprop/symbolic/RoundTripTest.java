package backprop.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.backward.Cell;
import backprop.exercise.ExerciseJson;
import backprop.exercise.Presets;
import backprop.generate.ExerciseGenerator;
import backprop.generate.GeneratorOptions;
import backprop.solve.Solution;
import backprop.solve.Solver;
import org.junit.jupiter.api.Test;

/**
 * For every cell of every worksheet: the true expression built from the solver's record gives the solver's
 * value at the exercise's numbers, and its own text, Unicode and ASCII, is read back and judged correct.
 * The value check is independent of this package's arithmetic: the solver computed it by its own loops.
 */
class RoundTripTest {

    @Test
    void everyPresetCellRoundTrips() {
        for (Presets.Preset p : Presets.all()) check(Solver.solve(p.exercise()), p.id());
    }

    @Test
    void generatedExercisesOfEveryKindRoundTrip() {
        String[] choices = {
            "2-3-1,relu,linear,skip", "2-2-2,sigmoid,sigmoid,binary-cross-entropy", "3-2-3,tanh,softmax",
            "2-3-2,leaky-relu,linear,mean-squared,nobias", "1-1-1-1,relu,relu,skip,dead", "2-2-2,relu,linear,half-mean-squared",
            "8-8-2,relu,linear,two-decimals"};
        for (String opts : choices) {
            for (long seed = 1; seed <= 3; seed++) {
                check(Solver.solve(ExerciseGenerator.generate(seed, GeneratorOptions.parse(opts))), opts + " seed " + seed);
            }
        }
    }

    /** Two-digit indices (W⁽¹⁾₁₀,₂ in base 1 is written W1_10,2) and the inputs × outputs layout. */
    @Test
    void wideLayersAndInputRowsRoundTrip() throws Exception {
        StringBuilder in = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            in.append(i == 0 ? "" : ",").append(0.1 * (i + 1));
            rows.append(i == 0 ? "" : ",").append("[0.").append(i % 9 + 1).append(", -0.2]");
        }
        String json = "{\"title\": \"wide\", \"input\": [" + in + "], \"target\": [1], \"loss\": \"half-sum-squared\","
                + " \"learningRate\": 0.1, \"conventions\": {\"weightLayout\": \"input-rows\"},"
                + " \"layers\": [{\"activation\": \"relu\", \"weights\": [" + rows + "]},"
                + " {\"activation\": \"linear\", \"weights\": [[0.5], [0.7]]}]}";
        check(Solver.solve(ExerciseJson.parse(json)), "wide");
    }

    private static void check(Solution sol, String what) {
        SymbolicExercise sx = SymbolicExercise.of(sol);
        for (Cell c : sol.backward().cells()) {
            Expr t = sx.truth(c.id());
            double v = Eval.of(t, sx.points().exercise, sol.exercise().conventions());
            assertEquals(c.value(), v, 1e-12 * Math.max(1, Math.abs(c.value())), what + " " + c.id() + " " + ExprText.unicode(t));
            for (String typed : new String[] {ExprText.unicode(t), ExprText.ascii(t)}) {
                SymbolicVerdict verdict = sx.judge(c.id(), typed);
                assertEquals(SymbolicKind.CORRECT, verdict.kind(), what + " " + c.id() + " typed " + typed + ": " + verdict.message());
                assertTrue(verdict.hintKey() == null, what + " " + c.id() + " typed " + typed + ": " + verdict.hintKey());
            }
        }
    }
}

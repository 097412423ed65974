package backprop.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.backward.Cell;
import backprop.exercise.Presets;
import backprop.generate.Difficulty;
import backprop.generate.ExerciseGenerator;
import backprop.generate.GeneratorOptions;
import backprop.model.Activation;
import backprop.model.Exercise;
import backprop.model.Loss;
import backprop.model.Tolerance;
import backprop.model.Tolerance.Mode;
import backprop.solve.Solver;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A right answer is never marked wrong: over the worksheets and generated exercises of every shape, every cell's
 * true value typed to 3, 4, 6 and 17 significant figures, with a Unicode minus or a decimal comma, is CORRECT
 * under every tolerance mode, and so is every cell when the whole sheet is answered right at once.
 */
class RightAnswersTest {

    private static final Tolerance[] TOLERANCES = {
        Tolerance.DEFAULT,
        new Tolerance(Mode.RELATIVE, 0, 0, 3),
        new Tolerance(Mode.SIGNIFICANT_FIGURES, 0, 0, 5),
        new Tolerance(Mode.DECIMAL_PLACES, 0, 0, 1),
        new Tolerance(Mode.DECIMAL_PLACES, 0, 0, 9),
    };

    private static Exercise withTolerance(Exercise ex, Tolerance t) {
        return new Exercise(ex.title(), ex.description(), ex.notes(), ex.network(), ex.input(), ex.target(), ex.loss(),
                ex.learningRate(), ex.conventions(), ex.localDerivatives(), t);
    }

    private static List<Exercise> exercises() {
        List<Exercise> all = new ArrayList<>();
        for (Presets.Preset p : Presets.all()) all.add(p.exercise());
        GeneratorOptions[] shapes = {
            GeneratorOptions.DEFAULT,
            new GeneratorOptions(List.of(2, 3, 1), Activation.RELU, Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY,
                    true, false, Difficulty.NICE, false, 0.1),
            new GeneratorOptions(List.of(3, 3, 3), Activation.TANH, Activation.SOFTMAX, Loss.CATEGORICAL_CROSS_ENTROPY,
                    true, false, Difficulty.NICE, true, 0.5),
            new GeneratorOptions(List.of(2, 2, 2, 1), Activation.SIGMOID, Activation.LINEAR, Loss.HALF_MEAN_SQUARED,
                    false, true, Difficulty.NICE, true, 0.05),
            new GeneratorOptions(List.of(3, 4, 2), Activation.LEAKY_RELU, Activation.LINEAR, Loss.MEAN_SQUARED,
                    true, true, Difficulty.NICE, true, 1),
        };
        for (GeneratorOptions o : shapes) for (long seed = 1; seed <= 25; seed++) all.add(ExerciseGenerator.generate(seed, o));
        return all;
    }

    private static List<String> typings(double t) {
        List<String> forms = new ArrayList<>();
        for (int sig : new int[] {3, 4, 6, 17}) {
            // BigDecimal keeps the trailing zeros a student types ("0.120") and writes exponents as "1.20E-7"
            BigDecimal r = new BigDecimal(t).round(new MathContext(sig));
            String s = r.toPlainString();
            forms.add(s);
            forms.add(r.toString());
            forms.add(s.replace('-', '\u2212'));
            forms.add(s.replace('.', ','));
        }
        forms.add(Double.toString(t));
        return forms;
    }

    @Test
    void everyCellTypedRightIsCorrect() {
        int checked = 0;
        for (Exercise base : exercises()) {
            for (Tolerance tol : TOLERANCES) {
                Checker c = new Checker(Solver.solve(withTolerance(base, tol)));
                Map<String, String> all = new HashMap<>();
                for (Cell cell : c.cells()) {
                    for (String typed : typings(cell.value())) {
                        Verdict v = c.grade(cell.id(), Map.of(cell.id(), typed));
                        assertEquals(VerdictKind.CORRECT, v.kind(), base.title() + " " + tol + " " + cell.id() + " = "
                                + cell.value() + " typed " + typed);
                        checked++;
                    }
                    all.put(cell.id(), new BigDecimal(cell.value()).round(new MathContext(4)).toPlainString());
                }
                for (Verdict v : c.gradeAll(all)) assertEquals(VerdictKind.CORRECT, v.kind(), base.title() + " " + v);
            }
        }
        assertTrue(checked > 10_000, "checked " + checked);
    }
}

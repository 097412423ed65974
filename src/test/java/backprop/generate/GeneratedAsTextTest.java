package backprop.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backprop.backward.Cell;
import backprop.exercise.ExerciseJson;
import backprop.exercise.ExerciseWriter;
import backprop.model.Exercise;
import backprop.solve.Solution;
import backprop.solve.Solver;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page's generator is a module of its own (generator.js) that hands the exercise back as its file text: read
 * back, every generated exercise must be the same exercise, to the bit, as the generator made it.
 */
class GeneratedAsTextTest {

    @Test
    void everyGeneratedExerciseReadsBackFromItsTextToTheSameNumbers() throws Exception {
        List<GeneratorOptions> choices = List.of(GeneratorOptions.DEFAULT, GeneratorOptions.parse("2-2-2,relu,softmax,categorical-cross-entropy"),
                GeneratorOptions.parse("3-2-1,tanh,sigmoid,binary-cross-entropy,two-decimals"), GeneratorOptions.parse("2-3-2-1,leaky-relu,linear,skip,nobias"));
        for (GeneratorOptions options : choices) {
            for (long seed = 1; seed <= 120; seed++) {
                Exercise made = ExerciseGenerator.generate(seed, options);
                String text = ExerciseWriter.write(made, false);
                Exercise read = ExerciseJson.parse(text);
                assertEquals(text, ExerciseWriter.write(read, false), "seed " + seed + " " + options);
                Solution a = Solver.solve(made);
                Solution b = Solver.solve(read);
                List<Cell> ca = a.sheet().asked();
                List<Cell> cb = b.sheet().asked();
                assertEquals(ca.size(), cb.size(), "seed " + seed);
                for (int k = 0; k < ca.size(); k++) {
                    assertEquals(ca.get(k).id(), cb.get(k).id());
                    assertEquals(Double.doubleToLongBits(ca.get(k).value()), Double.doubleToLongBits(cb.get(k).value()),
                            "seed " + seed + " " + options + " " + ca.get(k).id());
                }
            }
        }
    }
}

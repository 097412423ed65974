package backprop.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.exercise.ExerciseJson;
import backprop.exercise.ExerciseWriter;
import backprop.model.Activation;
import backprop.model.Exercise;
import backprop.solve.Solver;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExerciseGeneratorTest {

    private static String json(Exercise ex) {
        return ExerciseWriter.write(ex, false);
    }

    @Test
    void theSameSeedAndOptionsGiveTheSameExercise() {
        for (String text : List.of("2-3-1", "3-4-2,sigmoid,sigmoid,binary-cross-entropy,two-decimals",
                "2-3-3,tanh,softmax,categorical-cross-entropy,skip")) {
            GeneratorOptions o = GeneratorOptions.parse(text);
            for (long seed : new long[] {0, 1, 12345, -7, Long.MAX_VALUE, Long.MIN_VALUE}) {
                String first = json(ExerciseGenerator.generate(seed, o));
                // A fresh options object parsed again, and a generation in between, must not matter.
                ExerciseGenerator.generate(seed + 1, o);
                assertEquals(first, json(ExerciseGenerator.generate(seed, GeneratorOptions.parse(text))), text + " seed " + seed);
            }
        }
    }

    @Test
    void differentSeedsGiveDifferentExercises() {
        Set<String> numbers = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            Exercise ex = ExerciseGenerator.generate(seed, GeneratorOptions.DEFAULT);
            // The title holds the seed, so compare the numbers alone.
            numbers.add(json(new Exercise("t", "", List.of(), ex.network(), ex.input(), ex.target(), ex.loss(),
                    ex.learningRate(), ex.conventions(), false, ex.tolerance())));
        }
        // 2 inputs, 9 weights, 4 biases and a target, each from 10 or more values: a repeat in 200 would be a bug.
        assertEquals(200, numbers.size());
    }

    @Test
    void differentOptionsWithTheSameSeedDiffer() {
        String a = json(ExerciseGenerator.generate(5, GeneratorOptions.parse("2-3-1")));
        String b = json(ExerciseGenerator.generate(5, GeneratorOptions.parse("2-3-1,two-decimals")));
        assertNotEquals(a, b);
    }

    @Test
    void theTitleAndNotesShowTheSeedAndTheOptions() {
        Exercise ex = ExerciseGenerator.generate(12345, GeneratorOptions.DEFAULT);
        assertEquals("Practice · seed 12345 · 2-3-1 ReLU", ex.title());
        assertTrue(ex.notes().get(0).contains("seed 12345"), ex.notes().get(0));
        assertTrue(ex.notes().get(0).contains(GeneratorOptions.DEFAULT.format()), ex.notes().get(0));
        assertTrue(ex.description().startsWith("2 inputs, a hidden layer of 3 ReLU units and 1 linear output unit."), ex.description());

        Exercise s = ExerciseGenerator.generate(-3, GeneratorOptions.parse("2-3-1,relu,sigmoid,binary-cross-entropy,skip"));
        assertEquals("Practice · seed -3 · 2-3-1 ReLU → σ + skip", s.title());
        assertTrue(s.description().contains("the output layer also reads the input directly"), s.description());
        assertEquals("Practice · seed 9 · 3-1 σ", ExerciseGenerator.generate(9, GeneratorOptions.parse("3-1,binary-cross-entropy")).title());
    }

    @Test
    void aGeneratedExerciseSurvivesItsOwnFileFormat() {
        for (long seed = 0; seed < 50; seed++) {
            Exercise ex = ExerciseGenerator.generate(seed, GeneratorOptions.parse("3-3-2-2,tanh,softmax,skip,two-decimals"));
            String text = json(ex);
            try {
                assertEquals(text, json(ExerciseJson.parse(text)), "seed " + seed);
            } catch (backprop.exercise.ExerciseException e) {
                throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void whenTheRulesCannotBeMetTheBestDrawIsKeptAndNamed() {
        // One try per part makes saturated units in a wide sigmoid net all but certain.
        GeneratorOptions o = GeneratorOptions.parse("8-8-8-8,sigmoid,sigmoid,binary-cross-entropy");
        int relaxed = 0;
        for (long seed = 0; seed < 20; seed++) {
            Exercise ex = ExerciseGenerator.generate(seed, o, 1);
            String last = ex.notes().get(ex.notes().size() - 1);
            if (last.startsWith("No draw met every rule")) {
                relaxed++;
                assertTrue(last.contains("saturates the sigmoid"), last);
            }
            Solver.solve(ex);   // still a working exercise
            assertEquals(json(ex), json(ExerciseGenerator.generate(seed, o, 1)), "deterministic when relaxed too");
        }
        assertTrue(relaxed > 10, "relaxed " + relaxed + " of 20");
    }

    @Test
    void aBatchIsTheExercisesOfConsecutiveSeeds() {
        GeneratorOptions o = GeneratorOptions.parse("2-2-2,sigmoid,softmax");
        List<Exercise> batch = ExerciseGenerator.batch(100, 4, o);
        assertEquals(4, batch.size());
        for (int k = 0; k < 4; k++) {
            assertEquals(json(ExerciseGenerator.generate(100 + k, o)), json(batch.get(k)));
            assertTrue(batch.get(k).title().contains("seed " + (100 + k)));
        }
        assertEquals(Long.MIN_VALUE, ExerciseGenerator.seedAt(Long.MAX_VALUE, 1));
        assertTrue(ExerciseGenerator.batch(1, 0, o).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> ExerciseGenerator.batch(1, -1, o));
        assertThrows(IllegalArgumentException.class, () -> ExerciseGenerator.batch(1, ExerciseGenerator.MAX_BATCH + 1, o));
    }

    @Test
    void layersFollowTheOptions() {
        Exercise ex = ExerciseGenerator.generate(1, GeneratorOptions.parse("3-4-2-5,tanh,softmax,nobias,skip"));
        assertEquals(3, ex.network().inputSize());
        assertEquals(3, ex.network().depth());
        assertEquals(Activation.TANH, ex.network().layer(1).activation());
        assertEquals(Activation.TANH, ex.network().layer(2).activation());
        assertEquals(Activation.SOFTMAX, ex.network().layer(3).activation());
        assertEquals(1, ex.network().layer(3).skips().size());
        assertEquals(1, ex.network().layer(3).skips().get(0).from());
        assertEquals(4, ex.network().layer(3).skips().get(0).weights()[0].length);
        assertTrue(!ex.network().layer(1).hasBias());
        assertEquals(0.1, ex.learningRate());
    }
}

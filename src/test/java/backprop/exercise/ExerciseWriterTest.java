package backprop.exercise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import backprop.model.Exercise;
import backprop.model.Layer;
import org.junit.jupiter.api.Test;

class ExerciseWriterTest {

    @Test
    void everyPresetReadsBackToTheSameExercise() {
        for (Presets.Preset p : Presets.all()) {
            Exercise a = p.exercise();
            Exercise b = ExerciseWriter.roundTrip(a);
            assertEquals(a.title(), b.title());
            assertEquals(a.notes(), b.notes());
            assertEquals(a.loss(), b.loss());
            assertEquals(a.learningRate(), b.learningRate());
            assertEquals(a.conventions(), b.conventions());
            assertEquals(a.localDerivatives(), b.localDerivatives());
            assertEquals(a.tolerance(), b.tolerance());
            assertArrayEquals(a.input(), b.input());
            assertArrayEquals(a.target(), b.target());
            for (int l = 1; l <= a.network().depth(); l++) {
                Layer la = a.network().layer(l);
                Layer lb = b.network().layer(l);
                assertEquals(la.activation(), lb.activation());
                for (int j = 0; j < la.size(); j++) assertArrayEquals(la.weights()[j], lb.weights()[j], p.id());
                assertArrayEquals(la.bias(), lb.bias());
                assertArrayEquals(la.givenA(), lb.givenA());
                assertEquals(la.skips().size(), lb.skips().size());
            }
        }
    }

    @Test
    void theInputRowsLayoutIsWrittenAsInTheFile() {
        String json = ExerciseWriter.write(Presets.byId("001-sigmoid-bce").exercise(), false);
        // The sheet's W₁ = [[0.5, −0.6], [−0.4, 0.8]] comes back in the same orientation.
        assertFalse(json.indexOf("[[0.5,-0.6],[-0.4,0.8]]") < 0, json);
    }
}

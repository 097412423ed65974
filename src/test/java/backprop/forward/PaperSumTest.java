package backprop.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import backprop.exercise.ExerciseJson;
import backprop.solve.Solution;
import backprop.solve.Solver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The linear part as on paper: a z that is 0 by hand is exactly 0, whatever binary doubles make of it. */
class PaperSumTest {

    @Test
    void cancellationIsExact() {
        // 0.1 + 0.2 − 0.3 = 0 by hand; in doubles, left to right, 5.55e-17
        assertNotEquals(0.0, 0.1 + 0.2 - 0.3);
        assertEquals(0.0, new PaperSum().add(0.1, 1).add(0.2, 1).add(-0.3, 1).value());
        // 0.3 − 0.1 − 0.2 = 0, −2.78e-17 in doubles: the drift of the other sign
        assertNotEquals(0.0, 0.3 - 0.1 - 0.2);
        assertEquals(0.0, new PaperSum().add(0.3, 1).add(-0.1, 1).add(-0.2, 1).value());
        // 0.7·1 + 0.1·2 − 0.9 = 0, −1.1e-16 in doubles
        assertEquals(0.0, new PaperSum().add(0.7, 1).add(0.1, 2).add(-0.9).value());
        // a nonzero result is the double nearest the decimal: 1.1·0.3 + 0.05 = 0.38
        assertEquals(0.38, new PaperSum().add(1.1, 0.3).add(0.05).value());
        // 0.1·0.2 + 0.2·0.1 = 0.04 exactly, not 0.04000000000000001
        assertEquals(0.04, new PaperSum().add(0.1, 0.2).add(0.2, 0.1).value());
    }

    @Test
    void numbersThatAreNoShortDecimalsAreSummedAsDoubles() {
        double third = 1.0 / 3;
        assertEquals(third * 0.5 + 0.25, new PaperSum().add(third, 0.5).add(0.25).value());
    }

    /**
     * One ReLU unit reading x = [1, 1, 1] with weights that cancel to z = 0 on paper, target 1,
     * L = ½(y − ŷ)²: ŷ = ReLU(0) = 0, ∂L/∂ŷ = 0 − 1 = −1, δ = −1·ReLU′(0), ∂L/∂Wᵢ = δ·1.
     */
    @ParameterizedTest
    @CsvSource({
        "'0.1, 0.2, -0.3', 0, 0",
        "'0.1, 0.2, -0.3', 1, -1",
        "'0.3, -0.1, -0.2', 0, 0",
        "'0.3, -0.1, -0.2', 1, -1",
    })
    void theReluConventionAppliesAtAPaperZero(String weights, int reluAtZero, double delta) throws Exception {
        Solution s = Solver.solve(ExerciseJson.parse("{\"title\": \"t\", \"input\": [1, 1, 1], \"target\": [1],"
                + " \"loss\": \"half-sum-squared\", \"learningRate\": 0.1, \"conventions\": {\"reluAtZero\": "
                + reluAtZero + "}, \"layers\": [{\"activation\": \"relu\", \"weights\": [[" + weights + "]]}]}"));
        assertEquals(0.0, s.forward().z()[1][0]);
        assertEquals(-1.0, s.backward().gradients().dYhat()[0]);
        assertEquals(delta, s.backward().gradients().dZ()[1][0], 0.0);
        for (int i = 0; i < 3; i++) assertEquals(delta, s.backward().gradients().dW()[1][0][i], 0.0);
    }
}

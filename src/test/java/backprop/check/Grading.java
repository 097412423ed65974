package backprop.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backprop.exercise.Presets;
import backprop.solve.Solver;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test helper: a checker for a preset and answers written as id, text, id, text … */
final class Grading {

    private Grading() {
    }

    static Checker of(String preset) {
        return new Checker(Solver.solve(Presets.byId(preset).exercise()));
    }

    static Map<String, String> answers(String... idText) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int k = 0; k < idText.length; k += 2) m.put(idText[k], idText[k + 1]);
        return m;
    }

    static Verdict grade(Checker c, String id, String... idText) {
        return c.grade(id, answers(idText));
    }

    static void assertKind(VerdictKind expected, Verdict v) {
        assertEquals(expected, v.kind(), v.cellId() + " typed \"" + v.typed() + "\": " + v);
    }
}

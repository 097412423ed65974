package backprop.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.model.Exercise;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "symbolic" field: read, judged by the rules with its path, written back, kept by the editor. */
class SymbolicFieldTest {

    private static String w004(String symbolic) {
        return Presets.byId("004-relu-231").json().replace("\"symbolic\": [\"z2.0\", \"z1.1\", \"W1.1.1\"],", symbolic);
    }

    private static String problem(String json) {
        return assertThrows(ExerciseException.class, () -> ExerciseJson.parse(json)).getMessage();
    }

    @Test
    void presetsAskTheirExpressions() {
        Exercise e4 = Presets.byId("004-relu-231").exercise();
        assertEquals(List.of("z2.0", "z1.1", "W1.1.1"), e4.symbolic());
        assertTrue(e4.asksSymbolically("z1.1"));
        assertFalse(e4.asksSymbolically("z1.0"));
        Exercise e3 = Presets.byId("003-skip-connection").exercise();
        assertTrue(e3.asksSymbolically("a1.0") && e3.asksSymbolically("W3from1.0.0") && e3.asksSymbolically("yhat.0"));
        assertFalse(e3.asksSymbolically("new.W1.0.0") || e3.asksSymbolically("fwd.z1.0") || e3.asksSymbolically("loss"));
        assertFalse(Presets.byId("001-sigmoid-bce").exercise().asksSymbolically("yhat.0"));
    }

    @Test
    void badEntriesAreNamedWithTheirPath() {
        assertTrue(problem(w004("\"symbolic\": \"z2.0\",")).startsWith("symbolic: expected an array of cell ids"));
        assertTrue(problem(w004("\"symbolic\": [2],")).startsWith("symbolic[0]: expected a cell id"));
        // 004's layer 1 has three units, 0 to 2; W⁽²⁾ is 1 × 3
        String none = problem(w004("\"symbolic\": [\"z2.0\", \"z1.3\"],"));
        assertEquals("symbolic[1]: this exercise has no gradient cell 'z1.3' (ids as z1.0, W1.0.0; or \"backward\")", none);
        assertTrue(problem(w004("\"symbolic\": [\"W2.1.0\"],")).startsWith("symbolic[0]: this exercise has no gradient cell 'W2.1.0'"));
        // a skip weight and a bias are cells too
        Exercise ok = assertDoesNotThrow(w004("\"symbolic\": [\"b1.2\", \"yhat.0\", \"a1.0\", \"backward\"],"));
        assertEquals(4, ok.symbolic().size());
    }

    private static Exercise assertDoesNotThrow(String json) {
        try {
            return ExerciseJson.parse(json);
        } catch (ExerciseException e) {
            throw new AssertionError(e.getMessage());
        }
    }

    @Test
    void writtenBackAndKeptByTheEditor() throws ExerciseException {
        Exercise e4 = Presets.byId("004-relu-231").exercise();
        Exercise again = ExerciseJson.parse(ExerciseWriter.write(e4, false));
        assertEquals(e4.symbolic(), again.symbolic());
        ExerciseDraft d = ExerciseDraft.of(e4);
        assertEquals(e4.symbolic(), d.check().symbolic());
        // a unit taken away takes its cells with it: layer 1 down to one unit leaves z1.1 and W1.1.1 no cell
        d.resize(1, 1);
        assertEquals(List.of("z2.0"), d.check().symbolic());
    }
}

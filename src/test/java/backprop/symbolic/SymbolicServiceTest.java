package backprop.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.exercise.Presets;
import backprop.model.Exercise;
import backprop.solve.Solver;
import org.junit.jupiter.api.Test;

/**
 * The page's road to a verdict (request text → the module's service → reply text) gives exactly the verdict the
 * JVM gives directly, for every preset (given values, the inputs × outputs layout, a skip, index bases 0 and 1).
 */
class SymbolicServiceTest {

    private static final String[][] TYPED = {
        {"003-skip-connection", "a1.0", "dL/dz1 * w1 + dL/dz2 * w3"}, {"003-skip-connection", "a1.0", "dL/dz1 * w1"},
        {"003-skip-connection", "z2.0", "dL/dh1 * z1"}, {"003-skip-connection", "a1.0", "dL/dz2 * -0.6 + dL/dz1 * w1"},
        {"003-skip-connection", "W1.0.0", "dL/dz0 *"}, {"003-skip-connection", "W1.0.0", ""},
        {"004-relu-231", "z2.0", "(a2 - y) * relu'(z2)"}, {"004-relu-231", "z1.1", "W2_01 * delta2 * relu'(z1_1)"},
        {"004-relu-231", "z1.1", "W2_10 * delta2 * relu'(z1_1)"}, {"004-relu-231", "W1.1.1", "delta1_1 * x_0"},
        {"004-relu-231", "W1.1.1", "frobnicate"}, {"001-sigmoid-bce", "z2.0", "dL/dyhat * yhat * (1 - yhat)"},
        {"001-sigmoid-bce", "z2.0", "dL/dyhat * sigma(z2)"}, {"000-given-values", "a2.0", "dL/dz3 * W3_00"},
        {"002-scalar-chain", "W1.0.0", "dJ/dz1 * x"},
    };

    @Test
    void theModuleGivesTheJvmsVerdict() {
        SymbolicService service = new SymbolicService();
        for (String[] t : TYPED) {
            Exercise ex = Presets.byId(t[0]).exercise();
            backprop.solve.Solution sol = Solver.solve(ex);
            SymbolicVerdict direct = SymbolicExercise.of(sol).judge(t[1], t[2]);
            String label = backprop.notation.SymText.of(sol.backward().cell(t[1]).label());
            SymbolicReply.Read reply = SymbolicReply.read(service.check(SymbolicRequest.of(ex, t[1], t[2])));
            String what = String.join(" ", t);
            assertNull(reply.failure, what);
            assertEquals(direct.kind().key(), reply.kind, what);
            assertEquals(direct.hintKey() == null ? "" : direct.hintKey(), reply.hint, what);
            assertEquals(ExpressionWords.verdict(direct), reply.words, what);
            String read = ExpressionWords.readAs(direct);
            assertEquals(read == null ? "" : read, reply.readAs, what);
            assertEquals(ExpressionWords.truth(label, direct), reply.truth, what);
        }
    }

    @Test
    void aTitleWithNewlinesAndBackslashesTravelsExactly() {
        Exercise ex = Presets.byId("004-relu-231").exercise();
        Exercise odd = new Exercise("a\\b\nc\\n", "", java.util.List.of(), ex.network(), ex.input(), ex.target(), ex.loss(),
                ex.learningRate(), ex.conventions(), ex.stages(), ex.tolerance(), java.util.List.of());
        SymbolicRequest.Read r = SymbolicRequest.read(SymbolicRequest.of(odd, "z2.0", "x\ny\\"));
        assertEquals("a\\b\nc\\n", r.exercise().title());
        assertEquals("x\ny\\", r.typed());
        assertEquals(odd.network().layer(1).weights()[2][1], r.exercise().network().layer(1).weights()[2][1]);
    }

    @Test
    void aDamagedRequestGetsAReasonNotAnException() {
        SymbolicService service = new SymbolicService();
        assertTrue(SymbolicReply.read(service.check("nonsense")).failure.startsWith("the page's request could not be read"));
        String good = SymbolicRequest.of(Presets.byId("004-relu-231").exercise(), "z2.0", "1");
        assertTrue(SymbolicReply.read(service.check(good.substring(0, good.length() / 2))).failure != null);
        assertTrue(SymbolicReply.read(service.check(good.replace("\nz2.0\n", "\nz9.0\n"))).failure.contains("no cell z9.0"));
        assertTrue(SymbolicReply.read(null).failure != null);
        assertTrue(SymbolicReply.read("garbage").failure != null);
    }
}

package backprop.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import backprop.session.FakeStore;
import org.junit.jupiter.api.Test;

/** The expression fields' answers survive a reload, and every way storage fails is said, never thrown. */
class ExpressionAnswersTest {

    @Test
    void whatWasTypedComesBackForTheSameExerciseOnly() {
        FakeStore store = new FakeStore();
        ExpressionAnswers a = new ExpressionAnswers(store, "{exercise A}");
        a.set("expr.z2.0", "dL/dyhat * relu'(z2)");
        a.set("expr.a1.0", "dL/dz1 * w1 + \"odd\" \\ text");
        assertNull(a.problem());

        ExpressionAnswers again = new ExpressionAnswers(store, "{exercise A}");
        assertEquals("dL/dyhat * relu'(z2)", again.typed("expr.z2.0"));
        assertEquals("dL/dz1 * w1 + \"odd\" \\ text", again.typed("expr.a1.0"));
        assertNull(new ExpressionAnswers(store, "{exercise B}").typed("expr.z2.0"));

        again.set("expr.z2.0", "  ");
        assertNull(new ExpressionAnswers(store, "{exercise A}").typed("expr.z2.0"));
        again.clear();
        assertEquals(0, store.data.size());
    }

    @Test
    void aFullStorageIsSaidAndAWorkingOneClearsIt() {
        FakeStore store = new FakeStore();
        ExpressionAnswers a = new ExpressionAnswers(store, "x");
        store.failPut = true;
        store.failRemove = true;
        a.set("expr.z2.0", "delta2");
        assertEquals(ExpressionAnswers.NOT_SAVED, a.problem());
        assertEquals("delta2", a.typed("expr.z2.0"), "still on screen");
        store.failPut = false;
        store.failRemove = false;
        a.set("expr.z1.0", "delta1");
        assertNull(a.problem());
        assertEquals("delta2", new ExpressionAnswers(store, "x").typed("expr.z2.0"));
    }

    @Test
    void unreadableOrDamagedEntriesStartEmptyWithAMessage() {
        FakeStore store = new FakeStore();
        store.failGet = true;
        assertEquals(ExpressionAnswers.NOT_READ, new ExpressionAnswers(store, "x").problem());
        store.failGet = false;
        String key = new ExpressionAnswers(store, "x").key();
        for (String damaged : new String[] {"{", "[1]", "{\"z2.0\": \"not an expr. id\"}", "{\"expr.z2.0\": 3}"}) {
            store.data.put(key, damaged);
            ExpressionAnswers a = new ExpressionAnswers(store, "x");
            assertEquals(ExpressionAnswers.NOT_READ, a.problem(), damaged);
            assertNull(a.typed("expr.z2.0"), damaged);
        }
    }
}

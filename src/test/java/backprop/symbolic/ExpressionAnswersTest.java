package backprop.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import backprop.session.Store;
import backprop.session.StoreException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The expression fields' answers survive a reload, and every way storage fails is said, never thrown. */
class ExpressionAnswersTest {

    /** localStorage as a map; each operation can be made to fail as a full or blocked storage does. */
    private static final class MapStore implements Store {
        final Map<String, String> map = new HashMap<>();
        boolean failGet;
        boolean failPut;

        @Override
        public String get(String key) {
            if (failGet) throw new StoreException("cannot be read");
            return map.get(key);
        }

        @Override
        public void put(String key, String value) {
            if (failPut) throw new StoreException("full");
            map.put(key, value);
        }

        @Override
        public void remove(String key) {
            if (failPut) throw new StoreException("blocked");
            map.remove(key);
        }
    }

    @Test
    void whatWasTypedComesBackForTheSameExerciseOnly() {
        MapStore store = new MapStore();
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
        assertEquals(0, store.map.size());
    }

    @Test
    void aFullStorageIsSaidAndAWorkingOneClearsIt() {
        MapStore store = new MapStore();
        ExpressionAnswers a = new ExpressionAnswers(store, "x");
        store.failPut = true;
        a.set("expr.z2.0", "delta2");
        assertEquals(ExpressionAnswers.NOT_SAVED, a.problem());
        assertEquals("delta2", a.typed("expr.z2.0"), "still on screen");
        store.failPut = false;
        a.set("expr.z1.0", "delta1");
        assertNull(a.problem());
        assertEquals("delta2", new ExpressionAnswers(store, "x").typed("expr.z2.0"));
    }

    @Test
    void unreadableOrDamagedEntriesStartEmptyWithAMessage() {
        MapStore store = new MapStore();
        store.failGet = true;
        assertEquals(ExpressionAnswers.NOT_READ, new ExpressionAnswers(store, "x").problem());
        store.failGet = false;
        String key = new ExpressionAnswers(store, "x").key();
        for (String damaged : new String[] {"{", "[1]", "{\"z2.0\": \"not an expr. id\"}", "{\"expr.z2.0\": 3}"}) {
            store.map.put(key, damaged);
            ExpressionAnswers a = new ExpressionAnswers(store, "x");
            assertEquals(ExpressionAnswers.NOT_READ, a.problem(), damaged);
            assertNull(a.typed("expr.z2.0"), damaged);
        }
    }
}

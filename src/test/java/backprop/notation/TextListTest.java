package backprop.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextListTest {

    @Test
    void findsTheFirstEqualText() {
        List<String> l = List.of("seed", "opts", "seed");
        assertEquals(0, TextList.indexOf(l, "seed"));
        assertEquals(1, TextList.indexOf(l, new String("opts")));
        assertEquals(-1, TextList.indexOf(l, "ex"));
        assertEquals(-1, TextList.indexOf(l, null));
        assertTrue(TextList.has(l, "opts"));
        assertFalse(TextList.has(List.of(), "opts"));
    }
}

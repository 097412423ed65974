package backprop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.exercise.ExerciseDraft;
import org.junit.jupiter.api.Test;

/** The editor's reading of typed numbers, ExerciseDraft.number, which the editor calls; no browser needed. */
class EditorTextTest {

    @Test
    void numbersAreReadAsStudentsTypeThem() {
        assertEquals(0.5, ExerciseDraft.number(" 0.5 "));
        assertEquals(0.5, ExerciseDraft.number("0,5"), "decimal comma");
        assertEquals(-1.2, ExerciseDraft.number("\u22121.2"), "Unicode minus");
        assertEquals(-0.003, ExerciseDraft.number("-3e-3"));
    }

    @Test
    void whatIsNoNumberIsNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExerciseDraft.number("abc")).getMessage().contains("“abc” is not a number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExerciseDraft.number("1e999")).getMessage().contains("not a number"),
                "too large to be finite");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExerciseDraft.number("  ")).getMessage().contains("type a number"));
        assertThrows(IllegalArgumentException.class, () -> ExerciseDraft.number("0.5x"));
    }
}

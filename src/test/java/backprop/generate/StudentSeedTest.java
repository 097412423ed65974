package backprop.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class StudentSeedTest {
    // Expected values from an independent FNV-1a 64 written in Python over (course + "\n" + id).encode("utf-8"),
    // masked to 53 bits.
    @Test
    void matchesAnIndependentFnv1a() {
        assertEquals(2625642051019574L, StudentSeed.of("nn-week3", "S123 "));
        assertEquals(5738384287340404L, StudentSeed.of("", "a"));
        assertEquals(2616481713181279L, StudentSeed.of("ml101", "é😀"));
    }

    @Test
    void blanksAndCaseDoNotGiveAStudentTwoExercises() {
        assertEquals(StudentSeed.of("c", "s123"), StudentSeed.of("c", "  S123\t"));
        assertNotEquals(StudentSeed.of("c", "s123"), StudentSeed.of("d", "s123"));
        assertNull(StudentSeed.of("c", "   "));
    }
}

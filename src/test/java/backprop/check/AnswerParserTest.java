package backprop.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every form a student may type, the precision read from plain numbers, and where unreadable text goes wrong. */
class AnswerParserTest {

    private static Answer read(String s) {
        try {
            return AnswerParser.parse(s);
        } catch (AnswerException e) {
            throw new AssertionError("could not read " + s + ": " + e.getMessage());
        }
    }

    private static void value(double expected, String typed) {
        assertEquals(expected, read(typed).value(), 1e-15, typed);
    }

    @Test
    void plainNumbersInEveryNotation() {
        value(-0.8, "-0.8");
        value(-0.8, "\u22120.8");
        value(-0.8, "\u20130.8");
        value(-0.8, "-.8");
        value(0.8, "+0.8");
        value(0.001, "1e-3");
        value(0.001, "1E-3");
        value(-0.0015, "-1.5e-3");
        value(1500, "1.5e+3");
        value(0.618, "0,618");
        value(-0.618, "−0,618");
        value(0.5, ",5");
        value(5, "5.");
        value(-0.8, "  -0.8  ");
        value(-0.8, "- 0.8");
        value(0, "-0");
        for (String s : new String[] {"-0.8", "−0.8", "-.8", "+0.8", "1e-3", "0,618"}) assertTrue(read(s).plainNumber(), s);
    }

    /** Every dash a keyboard or a word processor puts in place of the minus sign reads as one, wherever a minus may stand. */
    @Test
    void dashesReadAsMinusSigns() {
        for (String dash : new String[] {"\u2010", "\u2011", "\u2012", "\u2013", "\uFE63", "\uFF0D"}) {
            value(-0.9, dash + "0.9");
            assertTrue(read(dash + "0.9").plainNumber(), dash);
            assertPrecision(dash + "0.90", 2, 2);
            value(0.5 - 1.5, "0.5 " + dash + " 1.5");
            value(-1.1, "(" + dash + "1)(1.1)");
            value(0.001, "1e" + dash + "3");
        }
        // The em dash is a pause in a sentence, not a minus.
        assertEquals("could not read “\u20140.9” at character 1: unexpected “\u2014”", fails("\u20140.9").getMessage());
    }

    @Test
    void vulgarFractions() {
        value(0.5, "½");
        value(0.25, "¼");
        value(0.75, "¾");
        value(-0.5, "−½");
        value(0.375, "½ · ¾");
        value(0.3, "¼ + 0.05");
        assertFalse(read("½").plainNumber(), "½ has no written precision");
        // 1½ would be read as one and a half by some and as ½ by others: refused rather than guessed.
        assertEquals("could not read “1½” at character 2: unexpected “½”", fails("1½").getMessage());
    }

    @Test
    void fractionsAndArithmetic() {
        value(0.75, "3/4");
        value(-0.75, "-3/4");
        value(0.75, "3 ÷ 4");
        value(0.3208, "(0.401 - 0) * 0.8");
        value(0.3208, "(0.401 − 0) × 0.8");
        value(-1.1, "(−1)(1.1)");
        value(-1.1, "(-1)*(1.1)");
        value(-1.1, "-1·1.1");
        value(0.5 - 1.5, "0.5 − 1.5");
        value(-0.96, "(-0.96)(1.5) + (-1.2)(-0.4)");
        value(2, "1 + 1/2 * 2");
        value(0.5, "2(0.25)");
        value(0.9 - 0.1 * -1.1, "0.9 - 0.1*(-1.1)");
        value(0.25, "((((0.25))))");
        value(0.8, "--0.8");
        for (String s : new String[] {"3/4", "(0.401 - 0) * 0.8", "--0.8", "1 + 1"}) assertFalse(read(s).plainNumber(), s);
    }

    @Test
    void precisionOfPlainNumbers() {
        // significant figures count from the first non-zero digit; decimals say what the last digit is worth
        assertPrecision("0.401", 3, 3);
        assertPrecision("0.40", 2, 2);
        assertPrecision("-0.2007", 4, 4);
        assertPrecision("1.670", 4, 3);
        assertPrecision("1500", 4, 0);
        assertPrecision("1.5e-3", 2, 4);
        assertPrecision("15e3", 2, -3);
        assertPrecision("0,618", 3, 3);
        assertPrecision("-.8", 1, 1);
        assertPrecision("0.000", 0, 3);
    }

    private static void assertPrecision(String typed, int sig, int decimals) {
        Answer a = read(typed);
        assertEquals(sig, a.significantFigures(), typed);
        assertEquals(decimals, a.decimals(), typed);
    }

    private static AnswerException fails(String typed) {
        return assertThrows(AnswerException.class, () -> AnswerParser.parse(typed), typed);
    }

    @Test
    void unreadableTextSaysWhatAndWhere() {
        AnswerException e = fails("0.8x");
        assertEquals(3, e.position());
        assertEquals("could not read “0.8x” at character 4: unexpected “x”", e.getMessage());
        assertEquals(0, fails("x").position());
        assertEquals(3, fails("0.1.2").position());
        assertTrue(fails("0.1.2").getMessage().contains("second decimal separator"));
        assertEquals(0, fails("(0.5").position());
        assertTrue(fails("(0.5").getMessage().contains("never closed"), fails("(0.5").getMessage());
        assertEquals(3, fails("0.5)").position());
        assertTrue(fails("0.5)").getMessage().contains("no matching"));
        assertEquals(5, fails("0.8 *").position());
        assertTrue(fails("0.8 *").getMessage().contains("ends where a number should follow"));
        assertEquals(1, fails("3/0").position());
        assertTrue(fails("3/0").getMessage().endsWith("division by zero"));
        assertEquals(1, fails("1e").position());
        assertEquals(2, fails("1 2").position());
        assertEquals(0, fails("=-1.1").position());
        assertTrue(fails("1e99999").getMessage().contains("too large"));
        assertTrue(fails("1e400").getMessage().contains("too large"));
        // 300 characters are refused whole, never cut to the first 200 and judged
        assertEquals("the answer is too long to be read: 300 characters, and an answer holds at most 200",
                fails("abc".repeat(100)).getMessage());
        assertEquals(-1, read("-1" + " ".repeat(198)).value());
        assertTrue(fails("(".repeat(60) + "1" + ")".repeat(60)).getMessage().contains("inside one another"));
        assertTrue(fails("-".repeat(60) + "1").getMessage().contains("inside one another"));
        assertEquals("nothing was typed", fails("   ").getMessage());
        // a second number after a plain number is an error, not a silent multiplication
        assertEquals(4, fails("0.5 0.5").position());
    }

    @Test
    void invisibleCharactersAreNamedAndCharactersAreWhole() {
        // "-1" then a zero-width space: the third character, and quoting it would show nothing
        assertEquals("could not read “-1\u200B” at character 3: there is a zero-width space, U+200B, an invisible"
                + " character that cannot stand here", fails("-1\u200B").getMessage());
        assertEquals("could not read “\uFEFF0.5” at character 1: there is a zero-width no-break space (byte order"
                + " mark), U+FEFF, an invisible character that cannot stand here", fails("\uFEFF0.5").getMessage());
        assertTrue(fails("0.5\u00AD").getMessage().contains("a soft hyphen, U+00AD"));
        // an emoji is one character (two UTF-16 units), quoted whole; the character after it is counted as the 3rd
        assertEquals("could not read “1\uD83D\uDE00” at character 2: unexpected “\uD83D\uDE00”",
                fails("1\uD83D\uDE00").getMessage());
        assertEquals("could not read “\uD83D\uDE001” at character 1: unexpected “\uD83D\uDE00”",
                fails("\uD83D\uDE001").getMessage());
        assertTrue(fails("(\uD83D\uDE00)x").getMessage().contains("at character 2"));
        assertEquals("could not read “1+\uD83D\uDE00x” at character 3: unexpected “\uD83D\uDE00”",
                fails("1+\uD83D\uDE00x").getMessage());
        // half of a pair on its own is said to be one
        assertTrue(fails("1\uD83D").getMessage().contains("half of a character (U+D83D)"));
    }
}

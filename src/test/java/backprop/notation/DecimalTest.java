package backprop.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.random.Prng;
import org.junit.jupiter.api.Test;

/** The JDK's Double.parseDouble is correctly rounded: it is the independent reference here. */
class DecimalTest {

    @Test
    void readsWhatWorksheetsAndStudentsWrite() {
        String[] texts = {"0", "-0", "0.1", "-0.8", "-.8", "+0.8", "1.", "1e-3", "1E+3", "0.401312339887548", "0.50796189734842",
            "0.006272", "1.612", "-1.1", "00012.5000", "0.30000000000000004", "9007199254740993", "1e23", "8.41e21",
            "2.2250738585072014E-308", "1.7976931348623157e308", "0.000000000000000000001234",
            "1e400", "1e-400"};
        for (String t : texts) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(t)), Double.doubleToRawLongBits(Decimal.parse(t)), t);
        }
    }

    @Test
    void agreesWithTheJdkOnRandomDecimals() {
        Prng rng = new Prng(20261125);
        int slow = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder sb = new StringBuilder();
            if (rng.nextInt(2) == 0) sb.append('-');
            int digits = 1 + rng.nextInt(17);
            int point = rng.nextInt(digits + 1);
            for (int k = 0; k < digits; k++) {
                if (k == point) sb.append(k == 0 ? "0." : ".");
                sb.append((char) ('0' + rng.nextInt(10)));
            }
            int exponent = rng.nextInt(81) - 40;
            if (rng.nextInt(3) == 0) sb.append('e').append(exponent * (rng.nextInt(4) == 0 ? 8 : 1));
            String t = sb.toString();
            double want = Double.parseDouble(t);
            if (want != 0 && Math.abs(want) < Double.MIN_NORMAL) continue;   // subnormal: see Decimal
            if (digits > 15) slow++;
            assertEquals(want, Decimal.parse(t), t);
        }
        assertTrue(slow > 5_000, "the double-double path was exercised " + slow + " times");
    }

    @Test
    void longerTextsAreWithinOneUnitInTheLastPlace() {
        Prng rng = new Prng(3);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sb = new StringBuilder("0.");
            int digits = 18 + rng.nextInt(12);
            for (int k = 0; k < digits; k++) sb.append((char) ('0' + rng.nextInt(10)));
            sb.append('e').append(rng.nextInt(61) - 30);
            String t = sb.toString();
            double want = Double.parseDouble(t);
            double got = Decimal.parse(t);
            assertTrue(Math.abs(Double.doubleToLongBits(want) - Double.doubleToLongBits(got)) <= 1, t + ": " + got + " vs " + want);
        }
    }

    @Test
    void readsBackEveryDoubleTheJdkWrites() {
        Prng rng = new Prng(5);
        for (int n = 0; n < 100_000; n++) {
            double d = Double.longBitsToDouble(rng.nextLong());
            // Subnormals may be one unit off (see Decimal); no exercise comes near them.
            if (Double.isNaN(d) || Double.isInfinite(d) || Math.abs(d) < Double.MIN_NORMAL) continue;
            assertEquals(d, Decimal.parse(Double.toString(d)), Double.toString(d));
        }
    }

    @Test
    void writesTheShortestTextThatReadsBack() {
        assertEquals("0.1", Decimal.format(0.1));
        assertEquals("-2.5e-7", Decimal.format(-2.5e-7));
        assertEquals("0.0000025", Decimal.format(2.5e-6));
        assertEquals("123", Decimal.format(123));
        assertEquals("1e21", Decimal.format(1e21));
        assertEquals("100000000000000000000", Decimal.format(1e20));
        assertEquals("0.30000000000000004", Decimal.format(0.1 + 0.2));
        assertEquals("0.401312339887548", Decimal.format(0.401312339887548));
        assertEquals("-1.1", Decimal.format(-1.1));
        assertEquals("0", Decimal.format(0.0));
        assertEquals("-0", Decimal.format(-0.0));
        assertEquals("1.7976931348623157e308", Decimal.format(Double.MAX_VALUE));
        assertEquals("NaN", Decimal.format(Double.NaN));
        assertEquals("-Infinity", Decimal.format(Double.NEGATIVE_INFINITY));
    }

    @Test
    void formatRoundTripsRandomDoublesWithNoMoreDigitsThanNeeded() {
        Prng rng = new Prng(11);
        for (int n = 0; n < 30_000; n++) {
            double d = n % 2 == 0 ? Double.longBitsToDouble(rng.nextLong()) : (rng.nextDouble() - 0.5) * Math.pow(10, rng.nextInt(30) - 15);
            if (Double.isNaN(d) || Double.isInfinite(d) || Math.abs(d) < Double.MIN_NORMAL) continue;
            String s = Decimal.format(d);
            assertEquals(d, Double.parseDouble(s), s);
            // No text with one significant digit fewer reads back to d: the JDK's own rounding to that many digits is the witness.
            int sig = significantDigits(s);
            if (sig > 1) {
                String shorter = new java.math.BigDecimal(d).round(new java.math.MathContext(sig - 1)).toString();
                assertTrue(Double.parseDouble(shorter) != d, s + " could be " + shorter);
            }
        }
    }

    @Test
    void refusesWhatIsNotANumber() {
        for (String t : new String[] {"", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "0x10", "NaN", " 1", "1 ", "1,5", "--1", "1e5.5"}) {
            assertThrows(NumberFormatException.class, () -> Decimal.parse(t), t);
        }
    }

    private static int significantDigits(String s) {
        String m = s.replace("-", "");
        int e = m.indexOf('e');
        if (e >= 0) m = m.substring(0, e);
        m = m.replace(".", "");
        int a = 0;
        while (a < m.length() - 1 && m.charAt(a) == '0') a++;
        int b = m.length();
        while (b > a + 1 && m.charAt(b - 1) == '0') b--;
        return b - a;
    }
}

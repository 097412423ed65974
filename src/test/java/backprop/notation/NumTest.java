package backprop.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * How numbers are written: significant figures, trailing zeros dropped, plain notation from 10⁻⁷ to below 10¹⁵ and
 * an exponent outside, the Unicode minus in text and the ASCII one in machine output.
 */
class NumTest {

    @Test
    void exactOnlyWhenTenFiguresOrFewerSayItAll() {
        assertEquals("1.696516", Num.exact(1.7 - 0.01 * 0.3484));
        assertEquals("−0.3", Num.exact(-0.1 - 0.2));
        assertEquals("0", Num.exact(0));
        assertEquals("1e-20", Num.exact(1e-20));
        assertEquals("9876543210", Num.exact(9876543210.0));
        assertEquals(null, Num.exact(1.0 / 3));
        assertEquals(null, Num.exact(0.40131233988751));
        assertEquals(null, Num.exact(1.2345678912));
        assertEquals(null, Num.exact(Double.NaN));
        assertEquals(null, Num.exact(Double.POSITIVE_INFINITY));
    }

    @Test
    void handWorkedValues() {
        assertEquals("−1.1", Num.format(-1.1));
        assertEquals("0.401312", Num.format(0.4013124));
        assertEquals("1.67032", Num.format(1.670315));
        assertEquals("100", Num.format(100));
        assertEquals("0", Num.format(0));
        assertEquals("0", Num.format(-0.0));
        // Six figures of 123456789 are 123457, then three zeros to keep its size.
        assertEquals("123457000", Num.format(123456789));
        // 9.9999999 rounds up to 10.0000 at six figures: one digit more before the point.
        assertEquals("10", Num.format(9.9999999));
        assertEquals("3", Num.format(2.5, 1));
        assertEquals("0.3", Num.format(0.1 + 0.2, 15));
        assertEquals("0.00000012345", Num.format(1.2345e-7));
        assertEquals("1.2345e-8", Num.format(1.2345e-8));
        assertEquals("−1.2345e-8", Num.format(-1.2345e-8));
        assertEquals("-1.2345e-8", Num.ascii(-1.2345e-8, 6));
        assertEquals("999999999999999", Num.ascii(999999999999999.0, 15));
        assertEquals("1e15", Num.format(1e15));
        assertEquals("1.5e15", Num.format(1.5e15));
        assertEquals("1e-20", Num.ascii(1e-20, 15));
        assertEquals("-1.1", Num.ascii(-1.1, 15));
        assertEquals("(−1)", Num.paren(-1));
        assertEquals("1.1", Num.paren(1.1));
        assertEquals("(1.1)", Num.factor(1.1));
        assertEquals("NaN", Num.format(Double.NaN));
        assertEquals("Infinity", Num.format(Double.POSITIVE_INFINITY));
        assertEquals("−Infinity", Num.format(Double.NEGATIVE_INFINITY));
        assertEquals("-Infinity", Num.ascii(Double.NEGATIVE_INFINITY, 6));
    }

    /**
     * Decimals of at most {@code sig} figures come back as written: a double holds any 15-figure decimal closely enough
     * that rounding it to those figures gives the decimal again. The expected text is the decimal's own, from
     * BigDecimal, with the exponent rule above.
     */
    @Test
    void shortDecimalsComeBackAsWritten() {
        SplittableRandom r = new SplittableRandom(8);
        for (int it = 0; it < 200_000; it++) {
            int sig = 1 + r.nextInt(15);
            int figures = 1 + r.nextInt(sig);
            long m = (long) Math.pow(10, figures - 1) + r.nextLong((long) (9 * Math.pow(10, figures - 1)));
            int lead = r.nextInt(-20, 21);
            BigDecimal d = new BigDecimal(BigInteger.valueOf(m), figures - 1 - lead);
            if (r.nextBoolean()) d = d.negate();
            double v = Double.parseDouble(d.toString());
            BigDecimal t = d.stripTrailingZeros();
            String expected;
            if (lead > 14 || lead < -7) {
                String digits = t.unscaledValue().abs().toString();
                expected = (t.signum() < 0 ? "-" : "") + digits.charAt(0) + (digits.length() > 1 ? "." + digits.substring(1) : "") + "e" + lead;
            } else {
                expected = t.toPlainString();
            }
            assertEquals(expected, Num.ascii(v, sig), d + " at " + sig + " figures");
            assertEquals(expected.replace("-", "−").replace("e−", "e-"), Num.format(v, sig), d + " at " + sig + " figures");
        }
    }
}

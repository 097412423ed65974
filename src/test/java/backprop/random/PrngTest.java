package backprop.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Expected outputs come from an independent Python 3 implementation of SplitMix64 and FNV-1a, with
 * 64-bit wrap-around done by masking with 2⁶⁴ − 1 and printed as signed longs:
 * <pre>
 * M = (1 &lt;&lt; 64) - 1
 * def nl(st):                       # st = [state]
 *     st[0] = (st[0] + 0x9E3779B97F4A7C15) &amp; M
 *     z = st[0]
 *     z = ((z ^ (z &gt;&gt; 30)) * 0xBF58476D1CE4E5B9) &amp; M
 *     z = ((z ^ (z &gt;&gt; 27)) * 0x94D049BB133111EB) &amp; M
 *     return z ^ (z &gt;&gt; 31)
 * nextDouble = (nl(st) &gt;&gt; 11) / 2**53;  nextBoolean = top bit set
 * nextInt(b): r = nl(st) &gt;&gt; 33, redrawn while r &gt;= 2**31 - 2**31 % b, then r % b
 * fnv(s): h = 0xCBF29CE484222325; for each UTF-16 code unit u: h = ((h ^ u) * 0x100000001B3) &amp; M
 * </pre>
 * Two of them are also published reference values: SplitMix64 from seed 0 starts with
 * 0xE220A8397B1DCDAF, and FNV-1a 64 gives 0xAF63DC4C8601EC8C for "a" and 0x85944171F73967E8 for
 * "foobar" (the FNV test vectors; ASCII code units equal the bytes).
 */
class PrngTest {

    @Test
    void firstLongsFromSeedZeroMatchTheReference() {
        Prng p = new Prng(0);
        long[] got = new long[5];
        for (int k = 0; k < got.length; k++) got[k] = p.nextLong();
        assertEquals(0xE220A8397B1DCDAFL, got[0]);
        assertArrayEquals(new long[]{-2152535657050944081L, 7960286522194355700L, 487617019471545679L,
                -537132696929009172L, 1961750202426094747L}, got);
    }

    @Test
    void otherSeedsMatchTheReference() {
        Prng p = new Prng(42);
        assertEquals(-4767286540954276203L, p.nextLong());
        assertEquals(2949826092126892291L, p.nextLong());
        assertEquals(5139283748462763858L, p.nextLong());
        Prng q = new Prng(-1);
        assertEquals(-1956407806741107680L, q.nextLong());
        assertEquals(-1612297016619662647L, q.nextLong());
        assertEquals(4048727598324417001L, q.nextLong());
    }

    @Test
    void doublesIntsAndBooleansMatchTheReference() {
        Prng d = new Prng(42);
        assertEquals(0.7415648787718233, d.nextDouble(), 0.0);
        assertEquals(0.1599103928769201, d.nextDouble(), 0.0);
        assertEquals(0.27860113025513866, d.nextDouble(), 0.0);
        Prng i = new Prng(7);
        int[] ints = new int[8];
        for (int k = 0; k < ints.length; k++) ints[k] = i.nextInt(10);
        assertArrayEquals(new int[]{0, 7, 2, 2, 1, 5, 4, 2}, ints);
        Prng b = new Prng(7);
        boolean[] bools = new boolean[8];
        for (int k = 0; k < bools.length; k++) bools[k] = b.nextBoolean();
        assertArrayEquals(new boolean[]{false, false, true, true, false, false, false, false}, bools);
    }

    @Test
    void seedFromStringIsFnv1aOverCodeUnits() {
        assertEquals(-3750763034362895579L, Prng.seedFromString(""));
        assertEquals(0xAF63DC4C8601EC8CL, Prng.seedFromString("a"));
        assertEquals(0x85944171F73967E8L, Prng.seedFromString("foobar"));
        assertEquals(3934684688651583506L, Prng.seedFromString("ex-001"));
        // é, €, and a surrogate pair: code units above one byte are xored in whole.
        assertEquals(-1541662054252235411L, Prng.seedFromString("é€😀"));
        assertNotEquals(Prng.seedFromString("ab"), Prng.seedFromString("ba"));
    }

    @Test
    void sameSeedSameSequence() {
        Prng a = new Prng(Prng.seedFromString("share-link"));
        Prng b = new Prng(Prng.seedFromString("share-link"));
        for (int k = 0; k < 1000; k++) assertEquals(a.nextLong(), b.nextLong());
    }

    @Test
    void nextIntStaysInBoundsAndCoversEveryValue() {
        Prng p = new Prng(123);
        for (int bound : new int[]{1, 2, 3, 5, 7, 10, 1000, Integer.MAX_VALUE}) {
            for (int k = 0; k < 2000; k++) {
                int v = p.nextInt(bound);
                assertTrue(v >= 0 && v < bound, bound + " gave " + v);
            }
        }
        // Every residue appears, roughly equally often: 60 000 draws of 6, each count within 5σ of 10 000.
        int[] counts = new int[6];
        for (int k = 0; k < 60000; k++) counts[p.nextInt(6)]++;
        for (int c : counts) assertTrue(Math.abs(c - 10000) < 5 * Math.sqrt(60000 * (1 / 6.0) * (5 / 6.0)), "count " + c);
    }

    @Test
    void nextIntRejectsANonPositiveBound() {
        Prng p = new Prng(1);
        assertThrows(IllegalArgumentException.class, () -> p.nextInt(0));
        assertThrows(IllegalArgumentException.class, () -> p.nextInt(-3));
    }

    @Test
    void doublesAreIn01AndUniformStaysInItsRange() {
        Prng p = new Prng(99);
        double sum = 0;
        int n = 100000;
        for (int k = 0; k < n; k++) {
            double u = p.nextDouble();
            assertTrue(u >= 0 && u < 1, "u = " + u);
            // 53 bits: u·2⁵³ is a whole number.
            double scaled = u * (1L << 53);
            assertEquals(Math.rint(scaled), scaled, 0.0);
            sum += u;
        }
        // Mean 1/2, standard error sqrt(1/12/n) ≈ 0.0009; allow 5 of them.
        assertEquals(0.5, sum / n, 5 * Math.sqrt(1.0 / 12 / n));
        for (int k = 0; k < 10000; k++) {
            double v = p.uniform(-2.5, 0.75);
            assertTrue(v >= -2.5 && v < 0.75, "v = " + v);
        }
    }

    @Test
    void booleansAreBalanced() {
        Prng p = new Prng(5);
        int trues = 0;
        for (int k = 0; k < 40000; k++) if (p.nextBoolean()) trues++;
        assertEquals(20000, trues, 5 * Math.sqrt(40000 * 0.25));
    }
}

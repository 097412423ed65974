package backprop.random;

/**
 * SplitMix64 (Steele, Lea and Flood, 2014): a 64-bit counter passed through a mixing function.
 * Only long additions, multiplications, xors and unsigned shifts, which TeaVM emulates exactly, so
 * a seed in a share link gives the same exercise in the browser as on the JVM. java.util.Random and
 * Math.random are avoided because their sequences are not guaranteed to match across the two.
 */
public final class Prng {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;
    private static final long TWO_TO_31 = 1L << 31;
    private static final double TWO_TO_MINUS_53 = 1.0 / (1L << 53);

    private long state;

    public Prng(long seed) {
        this.state = seed;
    }

    public long nextLong() {
        state += GOLDEN_GAMMA;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Uniform in [0, bound). Draws 31 bits and rejects the top partial block of 2³¹ so that every
     * residue is equally likely; at most half the draws are rejected, on average far fewer.
     */
    public int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive: " + bound);
        long limit = TWO_TO_31 - TWO_TO_31 % bound;
        long r;
        do {
            r = nextLong() >>> 33;
        } while (r >= limit);
        return (int) (r % bound);
    }

    /** Uniform in [0, 1): the top 53 bits, so every value is a multiple of 2⁻⁵³ and exactly representable. */
    public double nextDouble() {
        return (nextLong() >>> 11) * TWO_TO_MINUS_53;
    }

    public boolean nextBoolean() {
        return nextLong() < 0;
    }

    /** Uniform in [lo, hi); rounding in lo + (hi − lo)·u can give hi itself when the interval is tiny. */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }

    /**
     * FNV-1a (64-bit) over the string's UTF-16 code units, each xored in whole rather than byte by
     * byte; the constructor's mixing makes up for the weak avalanche of a short string.
     */
    public static long seedFromString(String s) {
        long h = FNV_OFFSET;
        for (int k = 0; k < s.length(); k++) {
            h ^= s.charAt(k);
            h *= FNV_PRIME;
        }
        return h;
    }
}

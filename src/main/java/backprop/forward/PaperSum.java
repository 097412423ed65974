package backprop.forward;

/**
 * A sum of products worked as on paper: exercise numbers are short decimals, and z = 0.1·1 + 0.2·2 − 0.5 is 0
 * by hand but 5.55e-17 in binary doubles, which flips ReLU′ at the kink. When every factor is a double that is
 * the nearest one to a decimal of at most {@link #MAX_DECIMALS} places, the sum is done exactly in scaled
 * integers and rounded once; otherwise (a sigmoid's output, a number with more digits) it is the plain double
 * sum, which is then as exact as the inputs are.
 */
public final class PaperSum {

    static final int MAX_DECIMALS = 9;
    private static final long[] TEN = new long[19];

    static {
        TEN[0] = 1;
        for (int k = 1; k < TEN.length; k++) TEN[k] = TEN[k - 1] * 10;
    }

    private long mantissa;
    private int scale;
    private boolean exact = true;
    private double approx;

    /** Adds the product of the given factors. */
    public PaperSum add(double a, double b) {
        approx += a * b;
        if (!exact) return this;
        long ma = digits(a);
        int ka = lastScale;
        long mb = digits(b);
        int kb = lastScale;
        if (ma == NOT_DECIMAL || mb == NOT_DECIMAL || Math.abs(ma) >= TEN[9] || Math.abs(mb) >= TEN[9]) {
            exact = false;
            return this;
        }
        addScaled(ma * mb, ka + kb);
        return this;
    }

    /** Adds one number (a bias). */
    public PaperSum add(double a) {
        return add(a, 1.0);
    }

    /** The sum, the double nearest its exact decimal value whenever the factors were short decimals. */
    public double value() {
        if (!exact) return approx;
        if (mantissa == 0) return 0.0;
        if (Math.abs(mantissa) < (1L << 53) && scale < TEN.length) return mantissa / pow10(scale);
        return approx;
    }

    private void addScaled(long m, int k) {
        int common = Math.max(scale, k);
        long x = rescale(mantissa, common - scale);
        long y = rescale(m, common - k);
        if (x == NOT_DECIMAL || y == NOT_DECIMAL) {
            exact = false;
            return;
        }
        long s = x + y;
        // Overflow when both have the same sign and the sum's sign differs.
        if (((x ^ s) & (y ^ s)) < 0) {
            exact = false;
            return;
        }
        mantissa = s;
        scale = common;
    }

    private static long rescale(long m, int d) {
        if (d == 0) return m;
        if (d >= TEN.length || Math.abs(m) > Long.MAX_VALUE / TEN[d]) return NOT_DECIMAL;
        return m * TEN[d];
    }

    private static final long NOT_DECIMAL = Long.MIN_VALUE;
    private int lastScale;

    /**
     * m with v the double nearest m·10^−k, for the smallest k ≤ MAX_DECIMALS; NOT_DECIMAL when there is none.
     * Division of two exactly representable integers is correctly rounded, so m / 10^k == v says exactly that
     * v is what a parser makes of the decimal text.
     */
    private long digits(double v) {
        if (!Double.isFinite(v)) return NOT_DECIMAL;
        for (int k = 0; k <= MAX_DECIMALS; k++) {
            double p = pow10(k);
            double scaled = v * p;
            if (Math.abs(scaled) >= 0x1p53) return NOT_DECIMAL;
            long m = Math.round(scaled);
            if (m / p == v) {
                lastScale = k;
                return m;
            }
        }
        return NOT_DECIMAL;
    }

    private static double pow10(int k) {
        return TEN[k];
    }
}

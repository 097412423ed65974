package backprop.notation;

/**
 * Writes numbers the same way on the JVM and in the browser. String.format is avoided on purpose:
 * under TeaVM it costs ~45 KB and throws on %e/%g, and Double.toString may differ between the two.
 */
public final class Num {

    private static final char MINUS = '\u2212';

    private Num() {
    }

    /** Six significant figures, trailing zeros dropped, Unicode minus: −1.1, 0.401312, 1.67032. */
    public static String format(double v) {
        return format(v, 6);
    }

    public static String format(double v, int sig) {
        return plain(v, sig, MINUS);
    }

    /**
     * v in full, when it is a decimal of at most ten significant figures up to floating-point noise (1e-13 relative,
     * a few hundred ulps): "1.696516" for W′ = 1.696516; null when it is not (0.4013123… after a sigmoid). Within
     * 1e-13 of a ten-figure decimal by chance is at most a 0.2 % chance for a number that is none.
     */
    public static String exact(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return null;
        if (v == 0) return "0";
        if (Math.abs(Decimal.parse(plain(v, 10, '-')) - v) > 1e-13 * Math.abs(v)) return null;
        return format(v, 10);
    }

    /** Wrapped in parentheses when negative, for use inside a product: (−1)(1.1). */
    public static String paren(double v) {
        String s = format(v);
        return v < 0 && s.charAt(0) == MINUS ? "(" + s + ")" : s;
    }

    /** Always in parentheses, as factors of a product are written: (−1)(1.1). */
    public static String factor(double v) {
        return "(" + format(v) + ")";
    }

    /** ASCII form ("-1.1", "1e-20") for JSON and machine-readable output. */
    public static String ascii(double v, int sig) {
        return plain(v, sig, '-');
    }

    /**
     * The text is written into one char array and made a string once: under TeaVM every string built costs a char
     * array and a copy, and a large exercise writes thousands of numbers when it opens (docs/PAGE-SIZE.md, "Speed").
     */
    private static String plain(double v, int sig, char minus) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "Infinity" : minus + "Infinity";
        if (v == 0) return "0";
        sig = Math.max(1, Math.min(15, sig));
        boolean neg = v < 0;
        double x = Math.abs(v);
        int e = (int) Math.floor(Math.log10(x));
        // log10 can be off by one near powers of ten; correct against exact comparisons.
        if (pow10(e) > x) e--;
        if (pow10(e + 1) <= x) e++;
        // The digits stay below 10^15 < 2^53, so a double holds them exactly; long arithmetic is emulated under
        // TeaVM and made this the page's hottest function (docs/PAGE-SIZE.md, "Speed").
        double digits = Math.floor(scale(x, sig - 1 - e) + 0.5);
        if (digits >= pow10(sig)) {
            digits /= 10;
            e++;
        }
        if (digits == 0) return "0";
        // ds: the digits, left-padded with zeros to sig of them (a double below 2^53 divides by 10 exactly).
        char[] ds = new char[sig];
        for (int k = sig - 1; k >= 0; k--) {
            double q = Math.floor(digits / 10);
            ds[k] = (char) ('0' + (int) (digits - q * 10));
            digits = q;
        }
        char[] out = new char[sig + 32];
        int n = 0;
        if (neg) out[n++] = minus;
        if (e > 14 || e < -7) {
            out[n++] = ds[0];
            int last = lastNonZero(ds, 1);
            if (last >= 1) {
                out[n++] = '.';
                for (int k = 1; k <= last; k++) out[n++] = ds[k];
            }
            out[n++] = 'e';
            String exp = Integer.toString(e);
            for (int k = 0; k < exp.length(); k++) out[n++] = exp.charAt(k);
        } else if (e >= sig - 1) {
            for (int k = 0; k < sig; k++) out[n++] = ds[k];
            for (int k = 0; k < e - (sig - 1); k++) out[n++] = '0';
        } else if (e >= 0) {
            for (int k = 0; k <= e; k++) out[n++] = ds[k];
            int last = lastNonZero(ds, e + 1);
            if (last > e) {
                out[n++] = '.';
                for (int k = e + 1; k <= last; k++) out[n++] = ds[k];
            }
        } else {
            // Below 1: the digits never end in zero once trimmed, as the first of them is not zero.
            out[n++] = '0';
            out[n++] = '.';
            for (int k = 0; k < -e - 1; k++) out[n++] = '0';
            int last = lastNonZero(ds, 0);
            for (int k = 0; k <= last; k++) out[n++] = ds[k];
        }
        return new String(out, 0, n);
    }

    /** The position of the last digit other than 0 at or after {@code from}, or from − 1 when there is none. */
    private static int lastNonZero(char[] ds, int from) {
        int last = ds.length - 1;
        while (last >= from && ds[last] == '0') last--;
        return last;
    }

    /** x·10^k, dividing by an exact power of ten for negative k so no inexact 10^−k is used. */
    private static double scale(double x, int k) {
        if (k >= 0) return k > 300 ? x * pow10(k - 300) * pow10(300) : x * pow10(k);
        return -k > 300 ? x / pow10(-k - 300) / pow10(300) : x / pow10(-k);
    }

    private static double pow10(int k) {
        if (k < 0) return 1.0 / pow10(-k);
        if (k <= 22) {
            double r = 1;
            for (int i = 0; i < k; i++) r *= 10;
            return r;
        }
        return Math.pow(10, k);
    }

}

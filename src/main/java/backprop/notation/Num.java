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
        return withMinus(plain(v, sig));
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
        return plain(v, sig);
    }

    private static String withMinus(String s) {
        return s.startsWith("-") ? MINUS + s.substring(1) : s;
    }

    private static String plain(double v, int sig) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "Infinity" : "-Infinity";
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
        String ds = digitsOf(digits);
        while (ds.length() < sig) ds = "0" + ds;
        String body;
        if (e > 14 || e < -7) {
            body = ds.charAt(0) + (ds.length() > 1 ? "." + ds.substring(1) : "");
            body = trimFraction(body) + "e" + e;
        } else if (e >= sig - 1) {
            StringBuilder sb = new StringBuilder(ds);
            for (int k = 0; k < e - (sig - 1); k++) sb.append('0');
            body = sb.toString();
        } else if (e >= 0) {
            body = trimFraction(ds.substring(0, e + 1) + "." + ds.substring(e + 1));
        } else {
            StringBuilder sb = new StringBuilder("0.");
            for (int k = 0; k < -e - 1; k++) sb.append('0');
            body = trimFraction(sb.append(ds).toString());
        }
        return neg ? "-" + body : body;
    }

    private static String trimFraction(String s) {
        if (s.indexOf('.') < 0) return s;
        int end = s.length();
        while (s.charAt(end - 1) == '0') end--;
        if (s.charAt(end - 1) == '.') end--;
        return s.substring(0, end);
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

    /** A whole number below 10^15 in decimal digits, through ints. */
    private static String digitsOf(double d) {
        if (d < 1e9) return Integer.toString((int) d);
        int hi = (int) Math.floor(d / 1e9);
        String lo = Integer.toString((int) (d - hi * 1e9));
        StringBuilder sb = new StringBuilder(Integer.toString(hi));
        for (int k = lo.length(); k < 9; k++) sb.append('0');
        return sb.append(lo).toString();
    }
}

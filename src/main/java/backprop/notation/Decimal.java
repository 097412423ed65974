package backprop.notation;

/**
 * Decimal text to double and back, written out so the page does not need TeaVM's Double.parseDouble
 * and Double.toString, whose tables cost ~18 KB gzip of an 80 KB budget. Only +, −, × and ÷ of
 * doubles are used, which IEEE 754 rounds the same way on the JVM and in JavaScript, so a file or an
 * answer reads to the same number in both.
 *
 * <p>Parsing is correctly rounded whenever the text has at most 15 significant digits and a decimal
 * exponent within ±22 (Clinger's fast path: one exact integer, one exact power of ten, one rounding),
 * which covers every number a worksheet or a student writes. Up to 17 significant digits (all that
 * any double needs, and what {@link #format} writes) go through double-double arithmetic, accurate
 * to about 1e-30 relative before the final rounding, so only a text within that distance of a
 * halfway point between two doubles could round the other way. Digits past the 17th are summed up
 * as "a bit more", which can move a result by one unit in the last place; so can the second rounding
 * of a subnormal result (below 2.2e-308), which no exercise has.
 */
public final class Decimal {

    /**
     * What a typed answer or expression may write for a minus sign: the hyphen-minus, the minus sign, and the dashes
     * that word processors and keyboards put in its place (hyphen, non-breaking hyphen, figure dash, en dash, the
     * small and the full-width hyphen-minus).
     */
    public static final String MINUS_SIGNS = "-\u2212\u2010\u2011\u2012\u2013\uFE63\uFF0D";

    /** Digits kept exactly in a long (with room for one more); the rest only count as nonzero or not. */
    private static final int MAX_DIGITS = 17;
    private static final int FAST_DIGITS = 15;
    private static final int FAST_EXPONENT = 22;
    private static final double[] POW10 = new double[FAST_EXPONENT + 1];

    static {
        POW10[0] = 1;
        for (int k = 1; k < POW10.length; k++) POW10[k] = POW10[k - 1] * 10;   // exact up to 10^22
    }

    private Decimal() {
    }

    /**
     * Reads [+|-]digits[.digits][(e|E)[+|-]digits] (digits on at least one side of the point).
     *
     * @throws NumberFormatException naming what is not a number
     */
    public static double parse(String text) {
        int n = text.length();
        int k = 0;
        boolean negative = false;
        if (k < n && (text.charAt(k) == '+' || text.charAt(k) == '-')) negative = text.charAt(k++) == '-';
        long mantissa = 0;
        int kept = 0;
        int exponent = 0;
        int digits = 0;
        boolean point = false;
        boolean sticky = false;
        for (; k < n; k++) {
            char c = text.charAt(k);
            if (c == '.' && !point) {
                point = true;
                continue;
            }
            if (c < '0' || c > '9') break;
            digits++;
            if (kept == 0 && c == '0') {
                if (point) exponent--;
                continue;
            }
            if (kept < MAX_DIGITS) {
                mantissa = mantissa * 10 + (c - '0');
                kept++;
                if (point) exponent--;
            } else {
                if (!point) exponent++;
                sticky |= c != '0';
            }
        }
        if (digits == 0) throw new NumberFormatException("not a number: \"" + text + "\"");
        if (k < n && (text.charAt(k) == 'e' || text.charAt(k) == 'E')) {
            k++;
            boolean minus = false;
            if (k < n && (text.charAt(k) == '+' || text.charAt(k) == '-')) minus = text.charAt(k++) == '-';
            int start = k;
            int e = 0;
            for (; k < n && text.charAt(k) >= '0' && text.charAt(k) <= '9'; k++) {
                if (e < 100_000) e = e * 10 + (text.charAt(k) - '0');   // beyond this every value is 0 or infinite
            }
            if (k == start) throw new NumberFormatException("no digits after the exponent in \"" + text + "\"");
            exponent += minus ? -e : e;
        }
        if (k != n) throw new NumberFormatException("not a number: \"" + text + "\"");
        if (sticky) {
            // Digits past the 17th only matter as "a little more than the mantissa": half a unit stands for them.
            mantissa = mantissa * 10 + 5;
            kept++;
            exponent--;
        }
        double v = mantissa == 0 ? 0 : value(mantissa, kept, exponent);
        return negative ? -v : v;
    }

    /** mantissa·10^exponent, mantissa > 0 with {@code kept} digits. */
    private static double value(long mantissa, int kept, int exponent) {
        if (kept <= FAST_DIGITS && Math.abs(exponent) <= FAST_EXPONENT) {
            return exponent >= 0 ? mantissa * POW10[exponent] : mantissa / POW10[-exponent];
        }
        if (kept + exponent > 310) return Double.POSITIVE_INFINITY;
        if (kept + exponent < -330) return 0;
        // Double-double: the mantissa exactly as hi + lo, times or over 10^|exponent| as hi + lo.
        double hi = (double) mantissa;
        double lo = (double) (mantissa - (long) hi);
        if (kept + exponent < -280) {
            // A result near the bottom of the range would lose the low half to underflow: work 2^600 higher
            // and scale back at the end, which is exact for every normal result.
            return scaledDown(hi * 0x1p600, lo * 0x1p600, exponent) * 0x1p-600;
        }
        if (exponent >= 0) {
            double[] p = power(exponent);
            double[] r = mul(hi, lo, p[0], p[1]);
            return r[0] + r[1];
        }
        return scaledDown(hi, lo, exponent);
    }

    /** (hi + lo)·10^exponent for exponent < 0; past 10^300 in two steps so the divisor stays finite. */
    private static double scaledDown(double hi, double lo, int exponent) {
        int e = -exponent;
        if (e > 300) {
            double[] p = power(e - 300);
            double[] q = div(hi, lo, p[0], p[1]);
            hi = q[0];
            lo = q[1];
            e = 300;
        }
        double[] p = power(e);
        double[] q = div(hi, lo, p[0], p[1]);
        return q[0] + q[1];
    }

    /** 10^e as a double-double, by squaring. */
    private static double[] power(int e) {
        double rh = 1;
        double rl = 0;
        double bh = 10;
        double bl = 0;
        while (e > 0) {
            if ((e & 1) != 0) {
                double[] r = mul(rh, rl, bh, bl);
                rh = r[0];
                rl = r[1];
            }
            e >>= 1;
            if (e > 0) {
                double[] b = mul(bh, bl, bh, bl);
                bh = b[0];
                bl = b[1];
            }
        }
        return new double[] {rh, rl};
    }

    /** (ah + al)(bh + bl) as a double-double; Dekker's exact product without a fused multiply-add. */
    private static double[] mul(double ah, double al, double bh, double bl) {
        double p = ah * bh;
        if (Double.isInfinite(p)) return new double[] {p, 0};
        double e = exactProductError(ah, bh, p) + (ah * bl + al * bh);
        double s = p + e;
        return new double[] {s, e - (s - p)};
    }

    private static double[] div(double ah, double al, double bh, double bl) {
        double q1 = ah / bh;
        // remainder (a − q1·b), exactly where it matters, then one correction step
        double[] qb = mul(q1, 0, bh, bl);
        double r = ((ah - qb[0]) - qb[1]) + al;
        double q2 = r / bh;
        double s = q1 + q2;
        return new double[] {s, q2 - (s - q1)};
    }

    /** a·b − p exactly, for p = fl(a·b) (Veltkamp splitting of both factors into 26-bit halves). */
    private static double exactProductError(double a, double b, double p) {
        double[] x = split(a);
        double[] y = split(b);
        return ((x[0] * y[0] - p) + x[0] * y[1] + x[1] * y[0]) + x[1] * y[1];
    }

    private static double[] split(double a) {
        // Scaled down first when 2^27·a would overflow; the halves are scaled back exactly.
        if (Math.abs(a) > 1e300) {
            double[] s = split(a * 0x1p-28);
            return new double[] {s[0] * 0x1p28, s[1] * 0x1p28};
        }
        double c = 134217729.0 * a;   // 2^27 + 1
        double hi = c - (c - a);
        return new double[] {hi, a - hi};
    }

    /**
     * The shortest text ("0.1", "-2.5e-7", "123") that {@link #parse} reads back to exactly v, in plain
     * notation from 1e-6 to below 1e21 and scientific outside; "NaN", "Infinity" or "-Infinity" for the
     * rest. −0 is written "-0". Seventeen significant digits always name a double uniquely, so the
     * search ends by then.
     */
    public static String format(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "Infinity" : "-Infinity";
        if (v == 0) return 1 / v < 0 ? "-0" : "0";
        double x = Math.abs(v);
        String sign = v < 0 ? "-" : "";
        int e = (int) Math.floor(Math.log10(x));
        String best = null;
        for (int sig = 1; sig <= 17; sig++) {
            long lower = tenTo(sig - 1);
            long digits = scaledDigits(x, sig - 1 - e);
            // log10 may be off by one near a power of ten; the digit count says so exactly.
            if (digits >= lower * 10) {
                e++;
                digits = scaledDigits(x, sig - 1 - e);
            } else if (digits < lower) {
                e--;
                digits = scaledDigits(x, sig - 1 - e);
            }
            int exp = e;
            if (digits == lower * 10) {   // rounding carried into a new digit: 9.99… → 10.0
                digits = lower;
                exp++;
            }
            best = sign + layout(Long.toString(digits), exp);
            if (parse(best) == v) return best;
        }
        return best;
    }

    /** round(x·10^s) as an integer of at most 18 digits, from a double-double product. */
    private static long scaledDigits(double x, int s) {
        double[] r;
        if (s >= 0) {
            double[] p = power(Math.min(s, 300));
            r = mul(x, 0, p[0], p[1]);
            if (s > 300) {
                double[] q = power(s - 300);
                r = mul(r[0], r[1], q[0], q[1]);
            }
        } else {
            double[] p = power(Math.min(-s, 300));
            r = div(x, 0, p[0], p[1]);
            if (-s > 300) {
                double[] q = power(-s - 300);
                r = div(r[0], r[1], q[0], q[1]);
            }
        }
        double whole = Math.floor(r[0]);
        return (long) whole + Math.round((r[0] - whole) + r[1]);
    }

    private static long tenTo(int k) {
        long t = 1;
        for (int i = 0; i < k; i++) t *= 10;
        return t;
    }

    /** Digits d₀d₁…, meaning d₀.d₁… × 10^exp, written plainly or in scientific notation. */
    private static String layout(String digits, int exp) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') end--;
        digits = digits.substring(0, end);
        StringBuilder sb = new StringBuilder();
        if (exp < -6 || exp >= 21) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            return sb.append('e').append(exp).toString();
        }
        if (exp < 0) {
            sb.append("0.");
            for (int k = 0; k < -exp - 1; k++) sb.append('0');
            return sb.append(digits).toString();
        }
        if (digits.length() <= exp + 1) {
            sb.append(digits);
            for (int k = digits.length(); k <= exp; k++) sb.append('0');
            return sb.toString();
        }
        return sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length()).toString();
    }
}

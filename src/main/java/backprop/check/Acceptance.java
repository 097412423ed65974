package backprop.check;

import backprop.model.Tolerance;

/**
 * Whether a typed answer counts as a given value under an exercise's tolerance. Besides the tolerance's own
 * rule, a plain number typed with three or more significant figures that equals the value to the precision
 * it was typed with is always accepted, so a right answer is never refused for being more exact than
 * expected, and a true 0 (a dead ReLU) accepts 0 however it is written.
 */
public final class Acceptance {

    /** Slack for binary floating point: a few units in the last place of a double. */
    private static final double ULPS = 0x1p-50;
    /**
     * And for cancellation: 0.05 − 0.1·0.44 is 0.006 on paper and 0.005999999999999978 in doubles, an error
     * far above the ulps of the result. No one types an answer to twelve decimal places.
     */
    private static final double CANCELLATION = 1e-12;

    private Acceptance() {
    }

    public static boolean accepts(Answer answer, double target, Tolerance tol) {
        double s = answer.value();
        if (!Double.isFinite(s) || !Double.isFinite(target)) return false;
        if (target == 0 && s == 0) return true;
        if (answer.plainNumber() && answer.significantFigures() >= 3 && equalsAsTyped(answer, target)) return true;
        return within(s, target, tol);
    }

    /** The tolerance's rule alone, for a value with no typed precision (an alternative the grader computed). */
    public static boolean within(double s, double t, Tolerance tol) {
        if (!Double.isFinite(s) || !Double.isFinite(t)) return false;
        double diff = Math.abs(s - t);
        double slack = slack(s, t);
        Tolerance.Mode mode = tol.mode();
        // An if-chain rather than a switch: see docs/PAGE-SIZE.md.
        if (mode == Tolerance.Mode.RELATIVE) return diff <= tol.atol() + tol.rtol() * Math.abs(t) + slack;
        if (mode == Tolerance.Mode.SIGNIFICANT_FIGURES) {
            return t == 0 ? diff <= tol.atol() + slack : roundsAlike(s, t, unitOfSignificant(t, tol.digits()));
        }
        return roundsAlike(s, t, pow10(-tol.digits()));
    }

    /** |s − t| within half a unit of the last digit typed: the answer is t rounded (or t itself). */
    public static boolean equalsAsTyped(Answer answer, double t) {
        if (!answer.plainNumber()) return false;
        double halfUnit = 0.5 * pow10(-answer.decimals());
        return Math.abs(answer.value() - t) <= halfUnit + slack(answer.value(), t) + halfUnit * ULPS;
    }

    /**
     * Either s lies within half a unit of t, or both round to the same multiple of the unit: t = 0.40131 with
     * unit 0.001 accepts 0.401 and 0.4013, and 0.4014 too (it rounds to 0.401 as well).
     */
    private static boolean roundsAlike(double s, double t, double unit) {
        if (Math.abs(s - t) <= 0.5 * unit * (1 + ULPS) + slack(s, t)) return true;
        return Math.round(s / unit) == Math.round(t / unit);
    }

    /** The value of one unit in the d-th significant figure of t. */
    static double unitOfSignificant(double t, int d) {
        double x = Math.abs(t);
        int e = (int) Math.floor(Math.log10(x));
        // log10 can be off by one next to a power of ten.
        if (pow10(e) > x) e--;
        if (pow10(e + 1) <= x) e++;
        return pow10(e - d + 1);
    }

    private static double slack(double s, double t) {
        return Math.max(Math.abs(s), Math.abs(t)) * ULPS + CANCELLATION;
    }

    static double pow10(int k) {
        if (k < 0) return 1.0 / pow10(-k);
        double r = 1;
        for (int i = 0; i < Math.min(k, 308); i++) r *= 10;
        return r;
    }
}

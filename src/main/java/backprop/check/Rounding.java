package backprop.check;

/**
 * Whether a wrong answer is the true value rounded too far: the typed number is exactly what rounding the truth
 * to the typed number of significant figures gives. "1" for 0.96 is that; "1" for 0.6 is not (0.6 to one figure
 * is 0.6), nor is "-1" for −0.5.
 */
final class Rounding {

    private Rounding() {
    }

    static boolean isRounded(Answer a, double t) {
        int n = a.significantFigures();
        if (!a.plainNumber() || n <= 0 || n >= 3 || t == 0 || !Double.isFinite(t)) return false;
        double unit = Acceptance.unitOfSignificant(t, n);
        double r = Math.round(t / unit) * unit;
        return Math.abs(a.value() - r) <= 1e-9 * unit;
    }

    /**
     * Whether a wrong answer of 3 or more significant figures is the true value cut off after its last typed decimal
     * rather than rounded: −0.597 for −0.597993.
     */
    static boolean isCut(Answer a, double t) {
        if (!a.plainNumber() || a.significantFigures() < 3 || t == 0 || !Double.isFinite(t)) return false;
        double unit = Acceptance.pow10(-a.decimals());
        double cut = (t < 0 ? Math.ceil(t / unit) : Math.floor(t / unit)) * unit;
        return Math.abs(a.value() - cut) <= 1e-9 * unit && Math.abs(t - cut) > 0.5 * unit;
    }

    static Hint cutHint(Answer a) {
        return new Hint("cut", "This is the right value cut off, not rounded: the next digit is 5 or more.");
    }

    static Hint hint(Answer a) {
        int n = a.significantFigures();
        return new Hint("rounded", "This is the right value rounded to " + n + " significant figure" + (n == 1 ? "" : "s")
                + ", which is too coarse to check: give at least 3.");
    }
}

package backprop.model;

/**
 * How close a typed answer must be. RELATIVE accepts |s − t| ≤ atol + rtol·|t|; SIGNIFICANT_FIGURES
 * accepts an answer that agrees with the true value rounded to {@code digits} significant figures;
 * DECIMAL_PLACES the same with decimal places. In every mode an answer typed with at least three
 * significant figures that equals the true value to the precision it was typed with is accepted:
 * a right answer is never marked wrong for being more precise than the tolerance expects.
 */
public record Tolerance(Mode mode, double rtol, double atol, int digits) {

    public enum Mode {
        RELATIVE("relative"), SIGNIFICANT_FIGURES("significant-figures"), DECIMAL_PLACES("decimal-places");

        private final String key;

        Mode(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Mode fromKey(String key) {
            for (Mode m : values()) if (m.key.equals(key)) return m;
            return null;
        }
    }

    public static final Tolerance DEFAULT = new Tolerance(Mode.RELATIVE, 1e-2, 1e-6, 3);
}

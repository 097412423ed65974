package backprop.exercise;

/**
 * The largest exercise the tutor takes, in one place for the page, the command line and the links.
 * Everything is checked before any work: a file's size before it is decoded, a link's length before
 * it is decoded, array sizes before their numbers are read, and the counts of parameters and cells
 * before anything is solved. The page benchmark's largest exercise, 16-24-24-8 (1,208 parameters,
 * 1,320 gradient cells), is inside every cap; 40-40-40-1 (3,402 cells, which blocked the page for
 * seconds on every reload) and 400-400-1 (which took the command line 133 s and 3.1 GB) are not.
 * The README lists the same numbers.
 */
public final class Limits {

    /** Layers after the input (hidden and output). */
    public static final int LAYERS = 8;
    /** Units of any one layer, the input included. */
    public static final int UNITS = 32;
    /** Weights (skip weights included) and biases together: the cells of the update. */
    public static final int PARAMETERS = 1_300;
    /** Gradient cells the backward pass builds (∂L/∂ŷ, ∂L/∂a, ∂L/∂z, ∂L/∂W, ∂L/∂b and local derivatives). */
    public static final int CELLS = 1_400;
    /** An exercise file, in bytes (as read from disk) or characters (as text). */
    public static final int FILE_BYTES = 262_144;
    public static final int TITLE_CHARS = 1_000;
    public static final int DESCRIPTION_CHARS = 4_000;
    public static final int NOTE_CHARS = 4_000;
    /** Notes of a file; an exercise edited in the page may carry one more, the note saying it was edited. */
    public static final int NOTES = 20;
    public static final int FROZEN_NAMES = 100;
    public static final int NAME_CHARS = 40;
    /** A share link's hash, checked before it is decoded; a compact 2-3-1 exercise takes ~0.7 KB. */
    public static final int LINK_CHARS = 20_000;

    private Limits() {
    }

    /** A whole number with thousands separators, as the messages write limits: 1,600. */
    public static String count(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder sb = new StringBuilder();
        if (n < 0) sb.append('-');
        for (int k = 0; k < digits.length(); k++) {
            if (k > 0 && (digits.length() - k) % 3 == 0) sb.append(',');
            sb.append(digits.charAt(k));
        }
        return sb.toString();
    }

    /** "1,600 weights; at most 1,300": what a refusal says after the field's path. */
    public static String over(long found, String what, long limit, String scope) {
        return count(found) + " " + what + "; at most " + count(limit) + (scope == null ? "" : " " + scope);
    }
}

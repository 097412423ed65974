package backprop.exercise;

/** Matches a field path such as {@code layers[1].weights[0][2]} against a pattern with '#' for each index. */
final class FieldPath {

    /** No exercise has an index this long; a longer run of digits is no path of it. */
    private static final int MAX_DIGITS = 6;

    private FieldPath() {
    }

    /**
     * The indices of the path in order, or null when it does not have the pattern's form. An index is plain
     * ASCII digits without a sign or a leading zero (other than "0" itself), so each path names one field.
     */
    static int[] match(String path, String pattern) {
        int holes = 0;
        for (int k = 0; k < pattern.length(); k++) if (pattern.charAt(k) == '#') holes++;
        int[] out = new int[holes];
        int p = 0;
        int h = 0;
        for (int k = 0; k < pattern.length(); k++) {
            char c = pattern.charAt(k);
            if (c != '#') {
                if (p >= path.length() || path.charAt(p) != c) return null;
                p++;
                continue;
            }
            int start = p;
            int v = 0;
            while (p < path.length() && path.charAt(p) >= '0' && path.charAt(p) <= '9' && p - start < MAX_DIGITS) {
                v = v * 10 + (path.charAt(p) - '0');
                p++;
            }
            int digits = p - start;
            if (digits == 0 || (digits > 1 && path.charAt(start) == '0')) return null;
            out[h++] = v;
        }
        return p == path.length() ? out : null;
    }
}

package backprop.notation;

/**
 * Unicode text for a {@link Sym}: W⁽²⁾₁₂, ∂L/∂z⁽¹⁾₃, ReLU′(z⁽¹⁾₁). A symbol is written into one builder, whatever
 * its nesting: under TeaVM every finished builder is a string made through a char array, and a large exercise
 * writes thousands of labels when it opens (docs/PAGE-SIZE.md, "Speed, not size").
 */
public final class SymText {

    private static final String SUP_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String SUB_DIGITS = "₀₁₂₃₄₅₆₇₈₉";

    private SymText() {
    }

    public static String of(Sym s) {
        if (s instanceof Sym.Text t) return t.text();
        StringBuilder sb = new StringBuilder();
        write(sb, s);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Sym s) {
        if (s instanceof Sym.Var v) {
            variable(sb, v);
        } else if (s instanceof Sym.Deriv d) {
            sb.append('∂');
            write(sb, d.num());
            sb.append("/∂");
            write(sb, d.den());
        } else if (s instanceof Sym.Apply f) {
            sb.append(f.fn());
            if (f.prime()) sb.append('′');
            sb.append('(');
            write(sb, f.arg());
            sb.append(')');
        } else {
            sb.append(((Sym.Text) s).text());
        }
    }

    private static void variable(StringBuilder sb, Sym.Var v) {
        sb.append(v.base());
        if (!v.sup().isEmpty()) {
            sb.append('⁽');
            scripted(sb, v.sup(), SUP_DIGITS);
            sb.append('⁾');
        }
        boolean wide = false;
        for (int k : v.sub()) wide |= k > 9;
        for (int n = 0; n < v.sub().length; n++) {
            // Two-digit indices need a separator to stay readable: W₁₀,₂ rather than W₁₀₂.
            if (n > 0 && wide) sb.append(',');
            subscriptDigits(sb, v.sub()[n]);
        }
    }

    /** A whole number's decimal digits as subscripts (indices are below 100; anything else goes through its text). */
    private static void subscriptDigits(StringBuilder sb, int k) {
        if (k < 0 || k > 99) {
            scripted(sb, Integer.toString(k), SUB_DIGITS);
            return;
        }
        if (k > 9) sb.append(SUB_DIGITS.charAt(k / 10));
        sb.append(SUB_DIGITS.charAt(k % 10));
    }

    private static void scripted(StringBuilder sb, String s, String digits) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            sb.append(c >= '0' && c <= '9' ? digits.charAt(c - '0') : c);
        }
    }

    public static String superscript(String s) {
        StringBuilder sb = new StringBuilder();
        scripted(sb, s, SUP_DIGITS);
        return sb.toString();
    }

    public static String subscript(String s) {
        StringBuilder sb = new StringBuilder();
        scripted(sb, s, SUB_DIGITS);
        return sb.toString();
    }
}

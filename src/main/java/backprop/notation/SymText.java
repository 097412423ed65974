package backprop.notation;

/** Unicode text for a {@link Sym}: W⁽²⁾₁₂, ∂L/∂z⁽¹⁾₃, ReLU′(z⁽¹⁾₁). */
public final class SymText {

    private static final String SUP_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String SUB_DIGITS = "₀₁₂₃₄₅₆₇₈₉";

    private SymText() {
    }

    public static String of(Sym s) {
        if (s instanceof Sym.Var v) return variable(v);
        if (s instanceof Sym.Deriv d) return "∂" + of(d.num()) + "/∂" + of(d.den());
        if (s instanceof Sym.Apply f) return f.fn() + (f.prime() ? "′" : "") + "(" + of(f.arg()) + ")";
        return ((Sym.Text) s).text();
    }

    private static String variable(Sym.Var v) {
        StringBuilder sb = new StringBuilder(v.base());
        if (!v.sup().isEmpty()) sb.append('⁽').append(superscript(v.sup())).append('⁾');
        boolean wide = false;
        for (int k : v.sub()) wide |= k > 9;
        for (int n = 0; n < v.sub().length; n++) {
            // Two-digit indices need a separator to stay readable: W₁₀,₂ rather than W₁₀₂.
            if (n > 0 && wide) sb.append(',');
            sb.append(subscript(Integer.toString(v.sub()[n])));
        }
        return sb.toString();
    }

    public static String superscript(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(c >= '0' && c <= '9' ? SUP_DIGITS.charAt(c - '0') : c);
        return sb.toString();
    }

    public static String subscript(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(c >= '0' && c <= '9' ? SUB_DIGITS.charAt(c - '0') : c);
        return sb.toString();
    }
}

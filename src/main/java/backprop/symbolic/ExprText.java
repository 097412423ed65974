package backprop.symbolic;

import backprop.notation.Num;
import backprop.notation.SymText;

/**
 * An expression as text: {@link #unicode} as the page writes it (δ⁽²⁾ · w⁽²⁾ + δ⁽³⁾ · w⁽³←¹⁾), {@link #ascii}
 * in the ASCII spellings a student may type (delta2 * w1 + …). Brackets only where precedence needs them.
 */
public final class ExprText {

    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int UNARY = 3;
    private static final int POWER = 4;
    private static final int ATOM = 5;

    private final boolean ascii;

    private ExprText(boolean ascii) {
        this.ascii = ascii;
    }

    public static String unicode(Expr e) {
        return new ExprText(false).text(e);
    }

    public static String ascii(Expr e) {
        return new ExprText(true).text(e);
    }

    private String text(Expr e) {
        if (e instanceof Expr.Const k) {
            if (k.text().equals("N")) return "N";
            return ascii ? backprop.notation.Decimal.format(k.value()) : Num.format(k.value(), 15);
        }
        if (e instanceof Expr.Ref r) return ascii ? r.q().ascii() : refText(r);
        if (e instanceof Expr.Neg n) return (ascii ? "-" : "−") + wrap(n.arg(), POWER);
        if (e instanceof Expr.Sum s) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < s.terms().length; k++) {
                if (k == 0) sb.append(s.minus()[0] ? (ascii ? "-" : "−") : "");
                else sb.append(s.minus()[k] ? (ascii ? " - " : " − ") : " + ");
                sb.append(wrap(s.terms()[k], k == 0 && !s.minus()[0] ? SUM : PRODUCT));
            }
            return sb.toString();
        }
        if (e instanceof Expr.Product p) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < p.factors().length; k++) {
                if (k > 0) sb.append(p.divide()[k] ? "/" : ascii ? " * " : " · ");
                boolean divisor = k > 0 && p.divide()[k];
                sb.append(wrap(p.factors()[k], divisor ? POWER : k == 0 ? PRODUCT : UNARY));
            }
            return sb.toString();
        }
        if (e instanceof Expr.Pow p) return wrap(p.base(), ATOM) + "^" + wrap(p.exponent(), POWER);
        Expr.Call c = (Expr.Call) e;
        return (ascii ? c.fn().ascii() : c.fn().text()) + "(" + text(c.arg()) + ")";
    }

    private String refText(Expr.Ref r) {
        return SymText.of(r.shown() != null ? r.shown() : r.q().sym());
    }

    /** The text of e, bracketed when it binds more loosely than the place it stands in needs. */
    private String wrap(Expr e, int needs) {
        String t = text(e);
        return level(e) < needs ? "(" + t + ")" : t;
    }

    private static int level(Expr e) {
        if (e instanceof Expr.Sum) return SUM;
        if (e instanceof Expr.Product) return PRODUCT;
        if (e instanceof Expr.Neg) return UNARY;
        if (e instanceof Expr.Const k) return k.value() < 0 ? UNARY : ATOM;
        if (e instanceof Expr.Pow) return POWER;
        return ATOM;
    }
}

package backprop.render;

import backprop.backward.Cell;
import backprop.backward.Factor;
import backprop.backward.Term;
import backprop.export.Xml;
import backprop.notation.Num;
import backprop.notation.Sym;
import java.util.List;
import java.util.Map;

/**
 * The same {@link Sym} the command line prints as Unicode, written as MathML markup for the page to insert. The
 * browser's HTML parser builds a row's math several times faster than the page could element by element, and a
 * large exercise opens with a thousand labels or more. Every text is escaped: a name comes from the exercise file.
 */
public final class MathMarkup {

    private MathMarkup() {
    }

    /** Inline math: a cell's label, a parameter's name. */
    public static String inline(Sym s) {
        StringBuilder b = new StringBuilder(160).append("<math>");
        of(b, s);
        return b.append("</math>").toString();
    }

    /**
     * label = symbolic product = numbers = value, leaving out a side that would only repeat the one before;
     * {@code symbolic} and {@code numeric} are {@link ChainText#symbolic} and {@link ChainText#numeric} of its terms.
     */
    public static String chain(Cell cell, String symbolic, String numeric) {
        StringBuilder b = open(cell);
        List<Term> terms = cell.terms();
        String via = null;
        for (int t = 0; t < terms.size(); t++) {
            Term term = terms.get(t);
            if (t > 0) node(b, "mo", "+");
            if (term.via() != null && !term.via().equals(via)) node(b, "mtext", "[" + term.via() + "] ");
            via = term.via();
            for (int f = 0; f < term.factors().size(); f++) {
                if (f > 0) node(b, "mo", "·");
                of(b, term.factors().get(f).sym());
            }
        }
        if (!numeric.equals(symbolic)) {
            node(b, "mo", "=");
            numbers(b, terms, null);
        }
        String value = Num.format(cell.value());
        if (!value.equals(numeric)) {
            node(b, "mo", "=");
            node(b, "mn", value);
        }
        return close(b);
    }

    /**
     * The product again with the student's own answers in place of the factors they answered (cell id → typed
     * text, shown as typed and marked "own"), equal to {@code carried}: what their earlier numbers make of this cell.
     */
    public static String carried(Cell cell, Map<String, String> typed, double carried) {
        StringBuilder b = open(cell);
        numbers(b, cell.terms(), typed);
        node(b, "mo", "=");
        node(b, "mn", Num.format(carried));
        return close(b);
    }

    private static StringBuilder open(Cell cell) {
        StringBuilder b = new StringBuilder(640).append("<math display=\"block\"><mrow>");
        of(b, cell.label());
        node(b, "mo", "=");
        return b;
    }

    private static String close(StringBuilder b) {
        return b.append("</mrow></math>").toString();
    }

    private static void of(StringBuilder b, Sym s) {
        if (s instanceof Sym.Var v) {
            variable(b, v);
        } else if (s instanceof Sym.Deriv d) {
            b.append("<mfrac>");
            partial(b, d.num());
            partial(b, d.den());
            b.append("</mfrac>");
        } else if (s instanceof Sym.Apply f) {
            b.append("<mrow>");
            node(b, "mi", f.fn());
            if (f.prime()) node(b, "mo", "′");
            node(b, "mo", "(");
            of(b, f.arg());
            node(b, "mo", ")");
            b.append("</mrow>");
        } else {
            node(b, "mtext", ((Sym.Text) s).text());
        }
    }

    private static void partial(StringBuilder b, Sym s) {
        b.append("<mrow>");
        node(b, "mo", "∂");
        of(b, s);
        b.append("</mrow>");
    }

    private static void variable(StringBuilder b, Sym.Var v) {
        boolean sup = !v.sup().isEmpty();
        boolean sub = v.sub().length > 0;
        if (!sup && !sub) {
            node(b, "mi", v.base());
            return;
        }
        String tag = sup && sub ? "msubsup" : sup ? "msup" : "msub";
        b.append('<').append(tag).append('>');
        node(b, "mi", v.base());
        if (sub) {
            b.append("<mrow>");
            for (int n = 0; n < v.sub().length; n++) {
                // An invisible separator keeps W₁₂ two indices for a screen reader, not the number twelve.
                if (n > 0) node(b, "mo", "\u2063");
                b.append("<mn>").append(v.sub()[n]).append("</mn>");
            }
            b.append("</mrow>");
        }
        if (sup) {
            b.append("<mrow>");
            node(b, "mo", "(");
            node(b, "mn", v.sup());
            node(b, "mo", ")");
            b.append("</mrow>");
        }
        b.append("</").append(tag).append('>');
    }

    /** The numeric side, factor by factor as {@link ChainText#numeric} writes it. */
    private static void numbers(StringBuilder b, List<Term> terms, Map<String, String> typed) {
        for (int t = 0; t < terms.size(); t++) {
            Term term = terms.get(t);
            if (t > 0) node(b, "mo", "+");
            List<Factor> fs = term.factors();
            if (fs.size() == 1) {
                Factor f = fs.get(0);
                String own = own(f, typed);
                node(b, "mn", own != null ? "(" + own + ")" : f.detail() != null ? f.detail()
                        : terms.size() > 1 ? Num.paren(f.value()) : Num.format(f.value()));
                continue;
            }
            for (Factor f : fs) {
                String own = own(f, typed);
                node(b, "mo", "(");
                if (own != null) {
                    b.append("<mn class=\"own\">");
                    Xml.appendEscaped(b, own);
                    b.append("</mn>");
                } else {
                    node(b, "mn", f.detail() != null ? f.detail() : Num.format(f.value()));
                }
                node(b, "mo", ")");
            }
        }
    }

    private static String own(Factor f, Map<String, String> typed) {
        String t = typed == null || f.cellId() == null ? null : typed.get(f.cellId());
        return t == null || t.trim().isEmpty() ? null : t.trim();
    }

    private static void node(StringBuilder b, String tag, String text) {
        b.append('<').append(tag);
        // Brackets stretch to their row by default: beside a ∂L/∂W fraction, Firefox and WebKit drew (−1)(1.1) with
        // brackets three to four times the numbers' height (MathLayoutIT).
        if (tag.equals("mo") && (text.equals("(") || text.equals(")"))) b.append(" stretchy=\"false\"");
        b.append('>');
        Xml.appendEscaped(b, text);
        b.append("</").append(tag).append('>');
    }
}

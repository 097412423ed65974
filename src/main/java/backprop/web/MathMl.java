package backprop.web;

import backprop.backward.Cell;
import backprop.backward.Factor;
import backprop.backward.Term;
import backprop.notation.Num;
import backprop.notation.Sym;
import backprop.render.ChainText;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.xml.Element;

/** The same {@link Sym} the command line prints as Unicode, built as MathML elements. */
final class MathMl {

    private MathMl() {
    }

    static Element math(boolean block) {
        Element m = Dom.ns(Dom.MATHML, "math");
        if (block) m.setAttribute("display", "block");
        return m;
    }

    static Element node(String tag, String text) {
        Element e = Dom.ns(Dom.MATHML, tag);
        if (text != null) e.setTextContent(text);
        // Brackets stretch to their row by default: beside a ∂L/∂W fraction, Firefox and WebKit drew (−1)(1.1) with
        // brackets three to four times the numbers' height (MathLayoutIT).
        if (tag.equals("mo") && ("(".equals(text) || ")".equals(text))) e.setAttribute("stretchy", "false");
        return e;
    }

    static Element row() {
        return node("mrow", null);
    }

    static Element of(Sym s) {
        if (s instanceof Sym.Var v) return variable(v);
        if (s instanceof Sym.Deriv d) {
            Element frac = node("mfrac", null);
            frac.appendChild(partial(d.num()));
            frac.appendChild(partial(d.den()));
            return frac;
        }
        if (s instanceof Sym.Apply f) {
            Element r = row();
            r.appendChild(node("mi", f.fn()));
            if (f.prime()) r.appendChild(node("mo", "′"));
            r.appendChild(node("mo", "("));
            r.appendChild(of(f.arg()));
            r.appendChild(node("mo", ")"));
            return r;
        }
        return node("mtext", ((Sym.Text) s).text());
    }

    private static Element partial(Sym s) {
        Element r = row();
        r.appendChild(node("mo", "∂"));
        r.appendChild(of(s));
        return r;
    }

    private static Element variable(Sym.Var v) {
        boolean sup = !v.sup().isEmpty();
        boolean sub = v.sub().length > 0;
        Element base = node("mi", v.base());
        if (!sup && !sub) return base;
        Element e = node(sup && sub ? "msubsup" : sup ? "msup" : "msub", null);
        e.appendChild(base);
        if (sub) {
            Element r = row();
            for (int n = 0; n < v.sub().length; n++) {
                // An invisible separator keeps W₁₂ two indices for a screen reader, not the number twelve.
                if (n > 0) r.appendChild(node("mo", "\u2063"));
                r.appendChild(node("mn", Integer.toString(v.sub()[n])));
            }
            e.appendChild(r);
        }
        if (sup) {
            Element r = row();
            r.appendChild(node("mo", "("));
            r.appendChild(node("mn", v.sup()));
            r.appendChild(node("mo", ")"));
            e.appendChild(r);
        }
        return e;
    }

    private static String own(Factor f, Map<String, String> typed) {
        String t = typed == null || f.cellId() == null ? null : typed.get(f.cellId());
        return t == null || t.trim().isEmpty() ? null : t.trim();
    }

    /**
     * label = symbolic product = numbers = value, leaving out a side that would only repeat the one before;
     * {@code symbolic} and {@code numeric} are {@link ChainText#symbolic} and {@link ChainText#numeric} of its terms.
     */
    static Element chain(Cell cell, String symbolic, String numeric) {
        Element m = math(true);
        Element r = Dom.add(m, row());
        r.appendChild(of(cell.label()));
        r.appendChild(node("mo", "="));
        List<Term> terms = cell.terms();
        String via = null;
        for (int t = 0; t < terms.size(); t++) {
            Term term = terms.get(t);
            if (t > 0) r.appendChild(node("mo", "+"));
            if (term.via() != null && !term.via().equals(via)) r.appendChild(node("mtext", "[" + term.via() + "] "));
            via = term.via();
            for (int f = 0; f < term.factors().size(); f++) {
                if (f > 0) r.appendChild(node("mo", "·"));
                r.appendChild(of(term.factors().get(f).sym()));
            }
        }
        if (!numeric.equals(symbolic)) {
            r.appendChild(node("mo", "="));
            numbers(r, terms);
        }
        String value = Num.format(cell.value());
        if (!value.equals(numeric)) {
            r.appendChild(node("mo", "="));
            r.appendChild(node("mn", value));
        }
        return m;
    }

    /**
     * The product again with the student's own answers in place of the factors they answered (cell id → typed
     * text, shown as typed), equal to {@code carried}: what their earlier numbers make of this cell.
     */
    static Element carried(Cell cell, Map<String, String> typed, double carried) {
        Element m = math(true);
        Element r = Dom.add(m, row());
        r.appendChild(of(cell.label()));
        r.appendChild(node("mo", "="));
        numbers(r, cell.terms(), typed);
        r.appendChild(node("mo", "="));
        r.appendChild(node("mn", Num.format(carried)));
        return m;
    }

    /** The numeric side, factor by factor as {@link ChainText#numeric} writes it. */
    private static void numbers(Element r, List<Term> terms) {
        numbers(r, terms, null);
    }

    private static void numbers(Element r, List<Term> terms, Map<String, String> typed) {
        for (int t = 0; t < terms.size(); t++) {
            Term term = terms.get(t);
            if (t > 0) r.appendChild(node("mo", "+"));
            List<Factor> fs = term.factors();
            if (fs.size() == 1) {
                Factor f = fs.get(0);
                String own = own(f, typed);
                r.appendChild(node("mn", own != null ? "(" + own + ")" : f.detail() != null ? f.detail()
                        : terms.size() > 1 ? Num.paren(f.value()) : Num.format(f.value())));
                continue;
            }
            for (Factor f : fs) {
                String own = own(f, typed);
                r.appendChild(node("mo", "("));
                Element n = Dom.add(r, node("mn", own != null ? own : f.detail() != null ? f.detail() : Num.format(f.value())));
                if (own != null) n.setAttribute("class", "own");
                r.appendChild(node("mo", ")"));
            }
        }
    }
}

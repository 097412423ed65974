package backprop.symbolic;

import backprop.notation.Decimal;
import backprop.notation.Sym;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an expression typed by a student, by a grammar of its own (never eval):
 *
 * <pre>
 * sum     := ["+"|"−"] product (("+"|"−") product)*
 * product := unary (("·"|"×"|"*"|"⊙"|"/"|"÷") unary | implicit unary)*
 * unary   := ("−"|"+") unary | power
 * power   := postfix ["^" unary]            right-associative; −a^2 is −(a²)
 * postfix := primary [superscript digits]   a² is a·a; a layer is always bracketed, a⁽²⁾
 * primary := number | name | function ["′"|"'"] "(" sum ")" | "(" sum ")" | "[" sum "]"
 *          | "dL/d" name | "∂L/∂" name | "d" name "/d" name (a local derivative)
 * </pre>
 *
 * Implicit multiplication joins factors that stand side by side, (−1)(1.1), 2a1, a1(1 − a1), except right
 * after a division (a/b c could mean either grouping) and between two numbers. Input is limited to
 * {@link #MAX_LENGTH} characters and {@link #MAX_DEPTH} levels of nesting, so no input can overflow a stack
 * or take long; every problem is a {@link SymbolicException} naming the character where it is.
 */
public final class ExprParser {

    public static final int MAX_LENGTH = 1000;
    public static final int MAX_DEPTH = 40;

    private static final String TIMES = "*·×⋅∗⊙•";
    private static final String DIVIDE = "/÷";
    private static final String MINUS = Decimal.MINUS_SIGNS;
    private static final String SUP_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String SUB_DIGITS = "₀₁₂₃₄₅₆₇₈₉";
    private static final String PRIMES = "′'’ʹ";

    private final String s;
    private final Symbols symbols;
    private int p;
    private int depth;

    private ExprParser(String s, Symbols symbols) {
        this.s = s;
        this.symbols = symbols;
    }

    public static Expr parse(String text, Symbols symbols) throws SymbolicException {
        if (text == null || text.trim().isEmpty()) {
            throw new SymbolicException("nothing is typed: write the expression, for example dL/dz2 * w3", 0);
        }
        if (text.length() > MAX_LENGTH) {
            throw new SymbolicException("the expression is " + text.length() + " characters long; at most " + MAX_LENGTH
                    + " are read", 0);
        }
        ExprParser parser = new ExprParser(text, symbols);
        Expr e = parser.sum();
        parser.space();
        if (parser.p < text.length()) {
            char c = text.charAt(parser.p);
            if (c == ')' || c == ']') throw parser.error("“" + c + "” closes a bracket that was never opened");
            throw parser.error("unexpected “" + c + "”");
        }
        return e;
    }

    // ---- grammar ----

    private Expr sum() throws SymbolicException {
        List<Expr> terms = new ArrayList<>();
        List<Boolean> minus = new ArrayList<>();
        space();
        boolean neg = false;
        if (peekIn(MINUS) || peek('+')) {
            neg = peekIn(MINUS);
            requireOperand(p++);
        }
        terms.add(product());
        minus.add(neg);
        while (true) {
            space();
            if (!peekIn(MINUS) && !peek('+')) break;
            int op = p;
            neg = peekIn(MINUS);
            p++;
            requireOperand(op);
            terms.add(product());
            minus.add(neg);
        }
        if (terms.size() == 1 && !minus.get(0)) return terms.get(0);
        if (terms.size() == 1) return new Expr.Neg(terms.get(0));
        boolean[] m = new boolean[minus.size()];
        for (int k = 0; k < m.length; k++) m[k] = minus.get(k);
        return new Expr.Sum(array(terms), m);
    }

    private Expr product() throws SymbolicException {
        List<Expr> factors = new ArrayList<>();
        List<Boolean> divide = new ArrayList<>();
        factors.add(unary());
        divide.add(false);
        boolean afterDivision = false;
        while (true) {
            space();
            if (p >= s.length()) break;
            char c = s.charAt(p);
            if (TIMES.indexOf(c) >= 0 || DIVIDE.indexOf(c) >= 0) {
                int op = p;
                boolean div = DIVIDE.indexOf(c) >= 0;
                p++;
                if (c == '*' && peek('*')) {
                    throw new SymbolicException("“**” is not an operator here: write ^ for a power (at character " + (op + 1) + ")", op + 1);
                }
                requireOperand(op);
                factors.add(unary());
                divide.add(div);
                afterDivision = div;
            } else if (startsPrimary(c)) {
                if (afterDivision) {
                    throw error("after a division, bracket what is divided by: a/(b·c) or (a/b)·c");
                }
                if (isDigit(c) || c == '.') {
                    // a1 2 or 2 3 would be read as one thing by some and as a product by others.
                    throw error("a number right after another factor needs an operator: write · or * before it");
                }
                factors.add(power());
                divide.add(false);
            } else {
                break;
            }
        }
        if (factors.size() == 1) return factors.get(0);
        boolean[] d = new boolean[divide.size()];
        for (int k = 0; k < d.length; k++) d[k] = divide.get(k);
        return new Expr.Product(array(factors), d);
    }

    private Expr unary() throws SymbolicException {
        space();
        if (peekIn(MINUS) || peek('+')) {
            boolean neg = peekIn(MINUS);
            int op = p;
            p++;
            requireOperand(op);
            enter();
            Expr e = unary();
            depth--;
            return neg ? new Expr.Neg(e) : e;
        }
        return power();
    }

    private Expr power() throws SymbolicException {
        Expr b = postfix();
        space();
        if (peek('^')) {
            int op = p;
            p++;
            requireOperand(op);
            enter();
            Expr e = unary();
            depth--;
            return new Expr.Pow(b, e);
        }
        return b;
    }

    private Expr postfix() throws SymbolicException {
        Expr e = primary();
        int start = p;
        boolean neg = false;
        if (p + 1 < s.length() && s.charAt(p) == '⁻' && SUP_DIGITS.indexOf(s.charAt(p + 1)) >= 0) {
            neg = true;
            p++;
        }
        int k = 0;
        int digits = 0;
        while (p < s.length() && SUP_DIGITS.indexOf(s.charAt(p)) >= 0 && digits < 3) {
            k = k * 10 + SUP_DIGITS.indexOf(s.charAt(p));
            p++;
            digits++;
        }
        if (digits == 0) return e;
        return new Expr.Pow(e, new Expr.Const(neg ? -k : k, s.substring(start, p), start + 1));
    }

    private Expr primary() throws SymbolicException {
        space();
        if (p >= s.length()) throw error("the expression ends too early: a number, a name or “(” is missing");
        char c = s.charAt(p);
        if (c == '(' || c == '[') {
            int open = p;
            enter();
            p++;
            Expr e = sum();
            space();
            char close = c == '(' ? ')' : ']';
            if (!peek(close)) {
                if (p >= s.length()) {
                    throw new SymbolicException("“" + c + "” at character " + (open + 1) + " is never closed", open + 1);
                }
                throw error("expected “" + close + "” to close the “" + c + "” at character " + (open + 1));
            }
            p++;
            depth--;
            return e;
        }
        if (isDigit(c) || (c == '.' && p + 1 < s.length() && isDigit(s.charAt(p + 1)))) return number();
        if (c == '½') {
            p++;
            return new Expr.Const(0.5, "½", p);
        }
        if (c == '∂') return derivative();
        if (isLetter(c)) return word();
        if (c == ')' || c == ']') throw error("“" + c + "” comes where a number, a name or “(” is expected");
        if (TIMES.indexOf(c) >= 0 || DIVIDE.indexOf(c) >= 0 || c == '^') {
            throw error("“" + c + "” comes where a number, a name or “(” is expected");
        }
        throw error("unexpected “" + c + "”");
    }

    private Expr number() throws SymbolicException {
        int start = p;
        while (p < s.length() && isDigit(s.charAt(p))) p++;
        // A decimal comma (0,618) as well as a point, as the worksheets write both.
        if (p + 1 < s.length() && (s.charAt(p) == '.' || s.charAt(p) == ',') && isDigit(s.charAt(p + 1))) {
            p++;
            while (p < s.length() && isDigit(s.charAt(p))) p++;
        } else if (p < s.length() && s.charAt(p) == '.') {
            p++;
        }
        if (p + 1 < s.length() && (s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
            int q = p + 1;
            if (q < s.length() && (s.charAt(q) == '+' || s.charAt(q) == '-')) q++;
            if (q < s.length() && isDigit(s.charAt(q))) {
                p = q;
                while (p < s.length() && isDigit(s.charAt(p))) p++;
            }
        }
        String text = s.substring(start, p);
        if (p - start > 40) throw new SymbolicException("the number at character " + (start + 1) + " is too long", start + 1);
        double v = Decimal.parse(text.replace(',', '.'));
        return new Expr.Const(v, text, start + 1);
    }

    /** ∂L/∂… (a gradient cell) or ∂u/∂v (a local derivative). */
    private Expr derivative() throws SymbolicException {
        int start = p;
        p++;
        NameParts num = name(letters(), start + 1);
        space();
        if (!peek('/')) throw new SymbolicException("“∂” at character " + (start + 1) + " starts a derivative: write ∂L/∂z⁽²⁾", start + 1);
        p++;
        space();
        if (!peek('∂')) throw error("a derivative needs “∂” after the “/”: ∂L/∂z⁽²⁾");
        p++;
        return derivativeOf(num, start);
    }

    private Expr derivativeOf(NameParts num, int start) throws SymbolicException {
        int denStart = p;
        String word = letters();
        if (word.isEmpty()) throw error("a derivative needs the name of a quantity after the “d”: dL/dz2");
        NameParts den = name(word, denStart + 1);
        Quantity d = symbols.resolve(normalised(den));
        if (num.base().equals("L") || num.base().equals("J")) {
            if (!num.bare()) throw new SymbolicException("the loss is just L (at character " + (start + 1) + ")", start + 1);
            Quantity cell = cellOf(d, den);
            return new Expr.Ref(cell, new Sym.Deriv(backprop.notation.Names.loss(), d.sym()));
        }
        Quantity n = symbols.resolve(normalised(num));
        return symbols.localDerivative(n, d, start + 1);
    }

    /** The gradient cell ∂L/∂q: δ for z, the cell itself for a δ written after ∂L/∂. */
    private Quantity cellOf(Quantity q, NameParts den) throws SymbolicException {
        if (q.kind() == Quantity.Kind.GRADIENT) {
            throw new SymbolicException("write δ or ∂L/∂z, not ∂L/∂δ (at character " + den.position() + ")", den.position());
        }
        String id = null;
        if (q.kind() == Quantity.Kind.PRE_ACTIVATION) id = "z" + q.layer() + "." + q.j();
        else if (q.kind() == Quantity.Kind.ACTIVATION) id = backprop.backward.Ids.a(q.layer(), symbols.solution().exercise().network().depth(), q.j());
        else if (q.param() != null) id = q.param().id();
        Quantity cell = id == null ? null : symbols.cell(id);
        if (cell == null) {
            throw new SymbolicException("∂L/∂" + q.text() + " is not a quantity of this exercise (at character " + den.position() + ")", den.position());
        }
        return cell;
    }

    /** A word: a function applied to its bracketed argument, dL/d…, a local derivative d…/d…, or a name. */
    private Expr word() throws SymbolicException {
        int start = p;
        String w = letters();
        int afterWord = p;
        boolean prime = false;
        if (p < s.length() && PRIMES.indexOf(s.charAt(p)) >= 0) {
            prime = true;
            p++;
        }
        Fn f = Fn.named(w, prime);
        if (f != null || (prime && Fn.named(w, false) != null)) {
            if (f == null) throw new SymbolicException(w + " has no derivative here (at character " + (start + 1) + ")", start + 1);
            space();
            if (!peek('(')) {
                throw error(f.text() + " needs its argument in brackets: " + f.text() + "(z⁽¹⁾), " + f.ascii() + "(z1)");
            }
            p++;
            enter();
            Expr arg = sum();
            space();
            if (!peek(')')) {
                if (p >= s.length()) throw new SymbolicException("the bracket of " + f.text() + " at character "
                        + (start + 1) + " is never closed", start + 1);
                throw error("expected “)” to close " + f.text() + "(");
            }
            p++;
            depth--;
            return new Expr.Call(f, arg);
        }
        if (prime) throw new SymbolicException("“" + w + "′”: only a function has a derivative written with a prime"
                + " (at character " + (start + 1) + ")", start + 1);
        // dL/d…, dJ/d…, dyhat/dz2, da1/dz1: a "d" word, the rest a name, followed by "/d".
        if (w.length() > 1 && w.charAt(0) == 'd' && baseOf(w.substring(1)) != null) {
            p = afterWord;
            NameParts num = name(w.substring(1), start + 2);
            if (isSlashD()) {
                space();
                p++;
                space();
                p++;
                return derivativeOf(num, start);
            }
        }
        p = afterWord;
        NameParts n = name(w, start + 1);
        if (n.base().equals("N")) return new Expr.Const(symbols.outputCount(), "N", start + 1);
        Quantity q = symbols.resolve(normalised(n));
        return new Expr.Ref(q, q.kind() == Quantity.Kind.GRADIENT ? symbols.deltaSym(q) : q.sym());
    }

    private boolean isSlashD() {
        int q = p;
        while (q < s.length() && s.charAt(q) == ' ') q++;
        if (q >= s.length() || s.charAt(q) != '/') return false;
        q++;
        while (q < s.length() && s.charAt(q) == ' ') q++;
        return q < s.length() && s.charAt(q) == 'd';
    }

    /** The letters of a word: a run of ASCII letters, or one Greek or accented letter (δ, ŷ, σ). */
    private String letters() {
        int start = p;
        if (p < s.length() && !isAsciiLetter(s.charAt(p)) && isLetter(s.charAt(p))) {
            p++;
            // y followed by a combining circumflex is ŷ as well.
            return s.substring(start, p);
        }
        while (p < s.length() && isAsciiLetter(s.charAt(p))) {
            // ASCII y + U+0302 combining circumflex: ŷ written in two code points.
            p++;
            if (p < s.length() && s.charAt(p) == '\u0302') p++;
        }
        return s.substring(start, p);
    }

    /** The qualifiers after a name's letters: layer digits, ⁽ˡ⁾ or ᴸ⁻¹, a skip arrow, indices. */
    private NameParts name(String word, int position) throws SymbolicException {
        String base0 = baseOf(word);
        if (base0 == null) throw symbols.unknownWord(word + rest(), position);
        String digits = null;
        int layer = NameParts.NONE;
        int skipFrom = NameParts.NONE;
        int start = p;
        while (p < s.length() && isDigit(s.charAt(p))) p++;
        if (p > start) digits = s.substring(start, p);
        if (digits != null) {
            if (s.startsWith("<-", p) || s.startsWith("←", p) || s.startsWith("from", p)) {
                p += s.startsWith("<-", p) ? 2 : s.startsWith("←", p) ? 1 : 4;
                int f = p;
                while (p < s.length() && isDigit(s.charAt(p))) p++;
                if (p == f || p - f > 3) throw error("a skip weight names the layer it comes from: W3<-1_00");
                skipFrom = 0;
                for (int k = f; k < p; k++) skipFrom = skipFrom * 10 + (s.charAt(k) - '0');
            }
        }
        if (p < s.length() && s.charAt(p) == '⁽') {
            int open = p;
            p++;
            int[] ls = superscriptLayer(open);
            if (p >= s.length() || s.charAt(p) != '⁾') {
                throw new SymbolicException("“⁽” at character " + (open + 1) + " is never closed by “⁾”", open + 1);
            }
            p++;
            layer = ls[0];
            skipFrom = ls[1];
        } else if (p < s.length() && s.charAt(p) == 'ᴸ') {
            int[] ls = superscriptLayer(p);
            layer = ls[0];
        }
        List<String> subs = null;
        if (p < s.length() && s.charAt(p) == '_') {
            subs = new ArrayList<>();
            p++;
            boolean brace = peek('{');
            if (brace) p++;
            while (true) {
                int g = p;
                while (p < s.length() && isDigit(s.charAt(p))) p++;
                if (p == g) throw error("an index is missing after “_”: z1_0");
                subs.add(s.substring(g, p));
                if (p + 1 < s.length() && (s.charAt(p) == ',' || s.charAt(p) == '_') && isDigit(s.charAt(p + 1))) {
                    p++;
                    continue;
                }
                break;
            }
            if (brace) {
                if (!peek('}')) throw error("expected “}”");
                p++;
            }
        } else if (p < s.length() && SUB_DIGITS.indexOf(s.charAt(p)) >= 0) {
            subs = new ArrayList<>();
            while (true) {
                StringBuilder g = new StringBuilder();
                while (p < s.length() && SUB_DIGITS.indexOf(s.charAt(p)) >= 0) g.append((char) ('0' + SUB_DIGITS.indexOf(s.charAt(p++))));
                subs.add(g.toString());
                if (p + 1 < s.length() && s.charAt(p) == ',' && SUB_DIGITS.indexOf(s.charAt(p + 1)) >= 0) {
                    p++;
                    continue;
                }
                break;
            }
        }
        String text = s.substring(position - 1, p);
        return new NameParts(base0, digits, layer, skipFrom, subs == null ? null : strings(subs), text, position);
    }

    /** The rest of an unknown word's name, for the message: "foo3_1". */
    private String rest() {
        int q = p;
        while (q < s.length() && (isDigit(s.charAt(q)) || s.charAt(q) == '_')) q++;
        return s.substring(p, q);
    }

    /** Inside ⁽…⁾ (or a bare ᴸ⁻¹): a layer in superscript digits or ᴸ, optionally ←k for a skip. */
    private int[] superscriptLayer(int open) throws SymbolicException {
        int layer;
        int depthOfNet = symbols.solution().exercise().network().depth();
        if (p < s.length() && s.charAt(p) == 'ᴸ') {
            p++;
            layer = depthOfNet;
            if (p + 1 < s.length() && s.charAt(p) == '⁻' && SUP_DIGITS.indexOf(s.charAt(p + 1)) >= 0) {
                p++;
                layer -= SUP_DIGITS.indexOf(s.charAt(p++));
            }
        } else {
            layer = supNumber(open);
        }
        int from = NameParts.NONE;
        if (p < s.length() && (s.charAt(p) == '←' || s.charAt(p) == '<')) {
            p++;
            if (p < s.length() && s.charAt(p) == '⁻') p++;
            from = supNumber(open);
        }
        return new int[] {layer, from};
    }

    private int supNumber(int open) throws SymbolicException {
        int k = 0;
        int start = p;
        while (p < s.length() && p - start < 4) {
            char c = s.charAt(p);
            int d = SUP_DIGITS.indexOf(c);
            if (d < 0 && c >= '0' && c <= '9') d = c - '0';
            if (d < 0) break;
            k = k * 10 + d;
            p++;
        }
        if (p == start) throw new SymbolicException("a layer number is missing in the superscript at character " + (open + 1), open + 1);
        return k;
    }

    private static String baseOf(String word) {
        if (word.equals("x") || word.equals("X")) return "x";
        if (word.equals("y")) return "y";
        if (word.equals("yhat") || word.equals("ŷ") || word.equals("y\u0302")) return "yhat";
        if (word.equals("z")) return "z";
        if (word.equals("a") || word.equals("h")) return "a";
        if (word.equals("W") || word.equals("w")) return "W";
        if (word.equals("b")) return "b";
        if (word.equals("delta") || word.equals("δ")) return "delta";
        if (word.equals("L") || word.equals("J")) return word;
        if (word.equals("N")) return "N";
        return null;
    }

    /** L and J are only the numerator of ∂L/∂…; as a quantity of their own they are unknown. */
    private NameParts normalised(NameParts n) throws SymbolicException {
        if (n.base().equals("L") || n.base().equals("J")) {
            throw new SymbolicException("the loss " + n.base() + " is not a quantity of an answer; ∂L/∂… is (at character "
                    + n.position() + ")", n.position());
        }
        if (n.base().equals("N")) throw new SymbolicException("N is a number, not something to differentiate (at character "
                + n.position() + ")", n.position());
        return n;
    }

    // Copied by hand: toArray(T[]) needs reflection on array types under TeaVM.
    private static Expr[] array(List<Expr> list) {
        Expr[] a = new Expr[list.size()];
        for (int k = 0; k < a.length; k++) a[k] = list.get(k);
        return a;
    }

    private static String[] strings(List<String> list) {
        String[] a = new String[list.size()];
        for (int k = 0; k < a.length; k++) a[k] = list.get(k);
        return a;
    }

    // ---- characters ----

    private boolean startsPrimary(char c) {
        return c == '(' || c == '[' || isDigit(c) || c == '.' || c == '½' || c == '∂' || isLetter(c);
    }

    /** ASCII only: Character.isDigit would bring TeaVM's Unicode tables into the page. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isLetter(char c) {
        return isAsciiLetter(c) || c == 'δ' || c == 'σ' || c == 'ŷ' || c == 'η' || c == 'α';
    }

    private void space() {
        while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t' || s.charAt(p) == '\u00a0' || s.charAt(p) == '\n')) p++;
    }

    private boolean peek(char c) {
        return p < s.length() && s.charAt(p) == c;
    }

    private boolean peekIn(String chars) {
        return p < s.length() && chars.indexOf(s.charAt(p)) >= 0;
    }

    private void requireOperand(int op) throws SymbolicException {
        space();
        if (p >= s.length()) {
            throw new SymbolicException("the expression ends with “" + s.charAt(op) + "” at character " + (op + 1)
                    + ": something is missing after it", op + 1);
        }
    }

    private void enter() throws SymbolicException {
        if (++depth > MAX_DEPTH) {
            throw error("brackets, functions and signs are nested more than " + MAX_DEPTH + " deep");
        }
    }

    private SymbolicException error(String what) {
        int at = Math.min(p, s.length() - 1) + 1;
        return new SymbolicException(what + " (at character " + at + ")", at);
    }
}

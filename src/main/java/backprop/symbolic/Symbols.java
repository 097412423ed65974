package backprop.symbolic;

import backprop.backward.Cell;
import backprop.backward.CellKind;
import backprop.backward.Ids;
import backprop.model.Conventions;
import backprop.model.Layer;
import backprop.model.Network;
import backprop.model.ParamRef;
import backprop.model.WeightLayout;
import backprop.notation.Names;
import backprop.notation.Sym;
import backprop.notation.SymText;
import backprop.solve.Solution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names one exercise knows, in its own notation (see the README, "Symbolic answers").
 *
 * <p>Layered nets: x₀ (x_0), z⁽ˡ⁾ⱼ (z1_0), a⁽ˡ⁾ⱼ (a1_0, also h), ŷ (yhat, also a⁽ᴸ⁾), y, W⁽ˡ⁾ⱼₖ (W2_01, w too,
 * indices in the exercise's layout and base), skip weights W⁽³←¹⁾ (W3<-1_00, W3from1_00), b⁽ˡ⁾ⱼ (b1_0),
 * δ⁽ˡ⁾ⱼ (delta1_0) = ∂L/∂z⁽ˡ⁾ⱼ, every gradient cell ∂L/∂… (dL/dW2_01, J for L too) and N, the number of
 * outputs. An index is optional where a vector has one entry, as the page leaves it out.
 *
 * <p>Scalar chains (one unit everywhere, worksheets 002 and 003) are numbered as their sheets number them:
 * z₁ (z1), a₁ or h₁ (a1, h1), w₁ (w1), b₁, counting from the exercise's index base, so with base 0 z₀ is
 * z⁽¹⁾ and with base 1 z₁ is z⁽¹⁾. The weights are numbered in one sequence, the layers' own first and the
 * skip weights after them (worksheet 003 with base 0: w₀, w₁, w₂ and the skip w₃). a and h one below the
 * first layer are x (worksheet 002's a₀); the last one is ŷ. The page's layer form z⁽¹⁾, w⁽³←¹⁾ works too.
 */
public final class Symbols {

    private final Solution sol;
    private final Network net;
    private final Conventions conv;
    private final Names names;
    private final int depth;
    private final int base;
    private final boolean scalar;
    /** A scalar chain read with the page's layer numbers (z1 as z⁽¹⁾) rather than its sheet's; see {@link #byLayerNumbers}. */
    private final boolean layerNumbers;
    private final List<Quantity> all = new ArrayList<>();
    private final Map<String, Quantity> byText = new HashMap<>();
    private final Map<String, Quantity> byCell = new HashMap<>();
    private final Map<String, Quantity> byParam = new HashMap<>();
    private final Map<String, Integer> cellOrder = new HashMap<>();
    /** Scalar chains: the weights in the sheet's one sequence. */
    private final List<Quantity> chainWeights = new ArrayList<>();
    private Quantity[] x;
    private Quantity[] y;
    private Quantity[][] z;
    private Quantity[][] a;
    private Quantity[][] b;

    private Symbols(Solution sol, boolean layerNumbers) {
        this.sol = sol;
        this.layerNumbers = layerNumbers;
        this.net = sol.exercise().network();
        this.conv = sol.exercise().conventions();
        this.names = new Names(net, conv);
        this.depth = net.depth();
        this.base = conv.indexBase();
        boolean one = net.inputSize() == 1;
        for (int l = 1; l <= depth; l++) one &= net.width(l) == 1;
        this.scalar = one;
        build();
    }

    public static Symbols of(Solution sol) {
        return new Symbols(sol, false);
    }

    /**
     * The same quantities, in the same slots, with a scalar chain's plain numbers read as the page's layer numbers
     * (z1 is z⁽¹⁾, w3 is w⁽³⁾): only to tell a student who typed the page's numbering where the sheet's differs.
     */
    static Symbols byLayerNumbers(Solution sol) {
        return new Symbols(sol, true);
    }

    private void build() {
        x = new Quantity[net.inputSize()];
        for (int i = 0; i < x.length; i++) x[i] = add(Quantity.Kind.INPUT, names.a(0, i), asciiIndexed("x", "", net.inputSize(), i), 0, i, null, null);
        z = new Quantity[depth + 1][];
        a = new Quantity[depth + 1][];
        b = new Quantity[depth + 1][];
        for (int l = 1; l <= depth; l++) {
            int w = net.width(l);
            z[l] = new Quantity[w];
            a[l] = new Quantity[w];
            b[l] = new Quantity[w];
            for (int j = 0; j < w; j++) z[l][j] = add(Quantity.Kind.PRE_ACTIVATION, names.z(l, j), layerAscii("z", l, j), l, j, null, null);
            for (int j = 0; j < w; j++) {
                String aAscii = l == depth ? asciiIndexed("yhat", "", net.outputSize(), j) : layerAscii("a", l, j);
                a[l][j] = add(Quantity.Kind.ACTIVATION, names.a(l, j), aAscii, l, j, null, null);
                if (l == depth) byText.put(SymText.of(names.aPlain(l, j)), a[l][j]);
            }
        }
        y = new Quantity[net.outputSize()];
        for (int j = 0; j < y.length; j++) y[j] = add(Quantity.Kind.TARGET, names.y(j), asciiIndexed("y", "", y.length, j), depth, j, null, null);
        for (int l = 1; l <= depth; l++) {
            Layer layer = net.layer(l);
            addWeights(l, l - 1);
            if (scalar) chainWeights.add(byParam.get(names.weight(l, l - 1, 0, 0).id()));
            if (layer.hasBias()) {
                for (int j = 0; j < layer.size(); j++) {
                    ParamRef p = ParamRef.bias(l, j);
                    b[l][j] = add(Quantity.Kind.BIAS, names.param(p), scalar ? "b" + (l - 1 + base) : layerAscii("b", l, j), l, j, p, null);
                    byParam.put(p.id(), b[l][j]);
                }
            }
        }
        for (int l = 1; l <= depth; l++) {
            for (var s : net.layer(l).skips()) {
                addWeights(l, s.from());
                if (scalar) chainWeights.add(byParam.get(names.weight(l, s.from(), 0, 0).id()));
            }
        }
        if (scalar) for (int n = 0; n < chainWeights.size(); n++) renameAscii(chainWeights.get(n), "w" + (n + base));
        List<Cell> cells = sol.backward().cells();
        for (int k = 0; k < cells.size(); k++) {
            Cell c = cells.get(k);
            cellOrder.put(c.id(), k);
            if (c.kind() == CellKind.LOCAL) continue;
            Quantity of = quantityOfCell(c);
            String ascii = "dL/d" + (of == null ? c.id() : of.ascii());
            Quantity q = add(Quantity.Kind.GRADIENT, c.label(), ascii, c.layer(), c.neuron(), c.param(), c.id());
            byCell.put(c.id(), q);
        }
    }

    /** The forward quantity or parameter that a gradient cell differentiates by. */
    private Quantity quantityOfCell(Cell c) {
        if (c.param() != null) return byParam.get(c.param().id());
        if (!(c.label() instanceof Sym.Deriv d)) return null;
        return byText.get(SymText.of(d.den()));
    }

    private void addWeights(int l, int from) {
        int rows = net.width(l);
        int cols = net.width(from);
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < cols; i++) {
                ParamRef p = names.weight(l, from, j, i);
                String sup = from == l - 1 ? Integer.toString(l) : l + "<-" + from;
                String ascii;
                if (rows == 1 && cols == 1) {
                    ascii = "w" + sup;
                } else {
                    int r = p.layout().row(j, i) + base;
                    int col = p.layout().col(j, i) + base;
                    ascii = "W" + sup + "_" + r + (r > 9 || col > 9 ? "," : "") + col;
                }
                Quantity q = add(Quantity.Kind.WEIGHT, names.param(p), ascii, l, j, p, null);
                byParam.put(p.id(), q);
            }
        }
    }

    private Quantity add(Quantity.Kind kind, Sym sym, String ascii, int layer, int j, ParamRef p, String cellId) {
        Quantity q = new Quantity(all.size(), kind, sym, ascii, layer, j, p, cellId);
        all.add(q);
        if (kind != Quantity.Kind.GRADIENT) byText.put(SymText.of(sym), q);
        return q;
    }

    private void renameAscii(Quantity q, String ascii) {
        Quantity r = new Quantity(q.slot(), q.kind(), q.sym(), ascii, q.layer(), q.j(), q.param(), q.cellId());
        all.set(q.slot(), r);
        byText.put(SymText.of(q.sym()), r);
        byParam.put(q.param().id(), r);
        for (int n = 0; n < chainWeights.size(); n++) if (chainWeights.get(n) == q) chainWeights.set(n, r);
    }

    private String layerAscii(String letter, int l, int j) {
        if (scalar) return letter + (l - 1 + base);
        return asciiIndexed(letter, Integer.toString(l), net.width(l), j);
    }

    private String asciiIndexed(String letter, String layer, int width, int j) {
        return letter + layer + (width > 1 ? "_" + (j + base) : "");
    }

    // ---- what the rest of the package asks ----

    public Solution solution() {
        return sol;
    }

    Conventions conventions() {
        return conv;
    }

    /** Every quantity, in slot order. */
    public List<Quantity> all() {
        return List.copyOf(all);
    }

    int size() {
        return all.size();
    }

    Quantity cell(String id) {
        return byCell.get(id);
    }

    /** The place of a cell in the backward order, or −1. */
    int order(String cellId) {
        Integer k = cellOrder.get(cellId);
        return k == null ? -1 : k;
    }

    /** The quantity the solver writes as this symbol (a factor of a chain-rule product), or null. */
    Quantity byText(String text) {
        return byText.get(text);
    }

    /** δ⁽ˡ⁾ⱼ, as a typed δ shows the cell ∂L/∂z⁽ˡ⁾ⱼ. */
    Sym deltaSym(Quantity cell) {
        return names.delta(cell.layer(), cell.j());
    }

    Quantity z(int l, int j) {
        return z[l][j];
    }

    Quantity a(int l, int j) {
        return l == 0 ? x[j] : a[l][j];
    }

    Quantity weight(ParamRef p) {
        return byParam.get(p.id());
    }

    boolean scalarChain() {
        return scalar;
    }

    int indexBase() {
        return base;
    }

    /** The weight transposed within its own matrix (W⁽ˡ⁾ₖⱼ for W⁽ˡ⁾ⱼₖ), or null when it does not exist. */
    Quantity transposed(Quantity w) {
        ParamRef p = w.param();
        if (p == null || p.kind() != ParamRef.Kind.WEIGHT || p.j() == p.i()) return null;
        if (p.i() >= net.width(p.layer()) || p.j() >= net.width(p.from())) return null;
        return byParam.get(ParamRef.weight(p.layer(), p.from(), p.i(), p.j(), p.layout()).id());
    }

    /** N, the number of output values (the loss formulas divide by it). */
    int outputCount() {
        return net.outputSize();
    }

    // ---- reading a name ----

    /** The quantity a name means here, or the reason it means none. */
    Quantity resolve(NameParts n) throws SymbolicException {
        String base0 = n.base();
        if (base0.equals("x")) return vector(n, x, "x");
        if (base0.equals("y")) return vector(n, y, "y");
        if (base0.equals("yhat")) return vector(n, a[depth], "ŷ");
        if (base0.equals("W")) return weight(n);
        int l = layerOf(n);
        String[] subs = n.subs();
        if (scalar && !n.hasLayer() && n.digits() == null && subs != null && subs.length == 1) {
            // A scalar chain's subscript is the sheet's number: z₁, h₀.
            l = sheetNumber(n, subs[0]);
            subs = null;
        }
        if (l == NameParts.NONE) {
            if (n.bare()) return only(n, base0);
            throw unknown(n, "say which layer: " + base0 + " needs a layer number (" + example(base0) + ")");
        }
        if (base0.equals("a")) {
            if (l == 0) return pick(n, x, subs, "x");
            if (l > depth) throw noLayer(n, l);
            return pick(n, a[l], subs, layerText("a", l));
        }
        if (l < 1 || l > depth) throw noLayer(n, l);
        if (base0.equals("z")) return pick(n, z[l], subs, layerText("z", l));
        if (base0.equals("delta")) {
            Quantity zq = pick(n, z[l], subs, layerText("δ", l));
            return byCell.get(Ids.z(l, zq.j()));
        }
        if (base0.equals("b")) {
            if (!net.layer(l).hasBias()) throw new SymbolicException("layer " + l + " has no biases, so there is no "
                    + layerText("b", l) + " (at character " + n.position() + ")", n.position());
            return pick(n, b[l], subs, layerText("b", l));
        }
        throw unknown(n, null);
    }

    /** The layer a name gives: ⁽ˡ⁾ or ᴸ, digits after the letters in a layered net, the sheet's number in a chain. */
    private int layerOf(NameParts n) throws SymbolicException {
        if (n.hasLayer() && n.digits() != null) {
            throw new SymbolicException("“" + n.text() + "” gives its layer twice (at character " + n.position() + ")", n.position());
        }
        if (n.hasLayer()) return n.layer();
        if (n.digits() == null) return NameParts.NONE;
        if (scalar) return sheetNumber(n, n.digits());
        return number(n, n.digits());
    }

    private int sheetNumber(NameParts n, String digits) throws SymbolicException {
        int k = number(n, digits);
        return layerNumbers ? k : k - base + 1;
    }

    private static int number(NameParts n, String digits) throws SymbolicException {
        if (digits.length() > 4) throw new SymbolicException("the number in “" + n.text() + "” is too long (at character "
                + n.position() + ")", n.position());
        int k = 0;
        for (int c = 0; c < digits.length(); c++) k = k * 10 + (digits.charAt(c) - '0');
        return k;
    }

    /** x, y, ŷ: no layer; the digits right after the letters, or the subscript, are the index. */
    private Quantity vector(NameParts n, Quantity[] qs, String shown) throws SymbolicException {
        if (n.hasLayer()) throw unknown(n, shown + " has no layer");
        String[] subs = n.subs();
        if (n.digits() != null) {
            if (subs != null) throw unknown(n, "the index is given twice");
            subs = new String[] {n.digits()};
        }
        return pick(n, qs, subs, shown);
    }

    /** Entry j of a vector of quantities; the index may be left out where the vector has one entry. */
    private Quantity pick(NameParts n, Quantity[] qs, String[] subs, String shown) throws SymbolicException {
        if (subs == null) {
            if (qs.length == 1) return qs[0];
            throw new SymbolicException(shown + " has " + qs.length + " entries: say which one, " + shown
                    + SymText.subscript(Integer.toString(base)) + " … " + shown + SymText.subscript(Integer.toString(base + qs.length - 1))
                    + " (at character " + n.position() + ")", n.position());
        }
        if (subs.length != 1) throw unknown(n, shown + " takes one index");
        int k = number(n, subs[0]) - base;
        if (k < 0 || k >= qs.length) {
            throw new SymbolicException(shown + SymText.subscript(subs[0]) + " does not exist: " + shown + " has "
                    + (qs.length == 1 ? "one entry" : qs.length + " entries") + ", numbered from " + base
                    + " (at character " + n.position() + ")", n.position());
        }
        return qs[k];
    }

    private Quantity weight(NameParts n) throws SymbolicException {
        if (scalar && !n.hasLayer() && n.skipFrom() == NameParts.NONE) {
            String d = n.digits();
            if (d == null && n.subs() != null && n.subs().length == 1) d = n.subs()[0];
            else if (n.subs() != null) throw unknown(n, "a weight of this chain has one number, as the sheet writes it (w" + base + ")");
            if (d == null) {
                if (chainWeights.size() == 1) return chainWeights.get(0);
                throw unknown(n, "say which weight: " + chainList());
            }
            // By layer numbers, the layers' own weights come first in the sequence: w⁽ˡ⁾ is its entry l − 1.
            int k = number(n, d) - (layerNumbers ? 1 : base);
            if (k < 0 || k >= (layerNumbers ? depth : chainWeights.size())) throw unknown(n, "this chain's weights are " + chainList());
            return chainWeights.get(k);
        }
        if (n.hasLayer() && n.digits() != null) throw unknown(n, "the layer is given twice");
        // Digits before a skip's arrow are a layer even in a scalar chain: w3<-1 is w⁽³←¹⁾.
        int l = n.hasLayer() ? n.layer() : n.digits() != null ? number(n, n.digits()) : NameParts.NONE;
        if (l == NameParts.NONE) throw unknown(n, "say which layer's weight: W2_01 is W⁽²⁾₀₁");
        if (l < 1 || l > depth) throw noLayer(n, l);
        int from = n.skipFrom() == NameParts.NONE ? l - 1 : n.skipFrom();
        if (from != l - 1 && !hasSkip(l, from)) {
            throw new SymbolicException("layer " + l + " has no skip connection from layer " + from + " (at character "
                    + n.position() + ")", n.position());
        }
        String sup = from == l - 1 ? Integer.toString(l) : l + "←" + from;
        String shown = "W⁽" + SymText.superscript(sup) + "⁾";
        int rows = net.width(l);
        int cols = net.width(from);
        WeightLayout layout = conv.weightLayout();
        int r;
        int c;
        String[] subs = n.subs();
        if (subs == null) {
            if (rows != 1 || cols != 1) throw unknown(n, shown + " is a matrix: give both indices, row and column ("
                    + (layout == WeightLayout.NEURON_ROWS ? "row = the unit it goes into" : "row = the input it comes from") + ")");
            r = 0;
            c = 0;
        } else {
            if (subs.length == 1 && subs[0].length() == 2) subs = new String[] {subs[0].substring(0, 1), subs[0].substring(1)};
            if (subs.length != 2) throw unknown(n, "a weight has two indices, row and column; write them apart when one has two digits (W2_10,2)");
            r = number(n, subs[0]) - base;
            c = number(n, subs[1]) - base;
        }
        int nRows = layout == WeightLayout.NEURON_ROWS ? rows : cols;
        int nCols = layout == WeightLayout.NEURON_ROWS ? cols : rows;
        if (r < 0 || c < 0 || r >= nRows || c >= nCols) {
            String where = shown + SymText.subscript(Integer.toString(r + base)) + SymText.subscript(Integer.toString(c + base));
            String size = shown + " is " + nRows + " × " + nCols + " ("
                    + (layout == WeightLayout.NEURON_ROWS ? "row = the unit it goes into, column = the input it comes from"
                    : "row = the input it comes from, column = the unit it goes into") + ", numbered from " + base + ")";
            if (c >= 0 && r >= 0 && c < nRows && r < nCols) {
                Quantity t = entry(l, from, c, r);
                throw new SymbolicException(where + " does not exist: " + size + ". Its transpose " + t.text()
                        + " does: the indices are swapped (at character " + n.position() + ")", n.position(), "transposed");
            }
            throw new SymbolicException(where + " does not exist: " + size + " (at character " + n.position() + ")", n.position());
        }
        return entry(l, from, r, c);
    }

    /** The weight at row r, column c as the exercise writes its matrix. */
    private Quantity entry(int l, int from, int r, int c) {
        boolean rows = conv.weightLayout() == WeightLayout.NEURON_ROWS;
        return byParam.get(names.weight(l, from, rows ? r : c, rows ? c : r).id());
    }

    private boolean hasSkip(int l, int from) {
        for (var s : net.layer(l).skips()) if (s.from() == from) return true;
        return false;
    }

    /**
     * For a scalar chain numbered from other than 1, how its plain names count, since the page's symbols count
     * layers from 1: null otherwise. Shown above the expression fields, before anything is typed.
     */
    public String numberingNote() {
        if (!scalar || base == 1) return null;
        String first = Integer.toString(base);
        return "Plain names count as the sheet does, from " + first + ": z" + first + " is z⁽¹⁾, a" + first + " (or h"
                + first + ") is a⁽¹⁾, and the weights are " + chainList() + ". The page's own symbols, such as z⁽¹⁾ and"
                + " δ⁽¹⁾, work too.";
    }

    private String chainList() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < chainWeights.size(); k++) {
            if (k > 0) sb.append(", ");
            Quantity q = chainWeights.get(k);
            sb.append('w').append(SymText.subscript(Integer.toString(k + base))).append(" = ").append(q.text());
        }
        return sb.toString();
    }

    /** A bare letter (z, a, δ, b) means the one quantity of its kind, if the exercise has just one. */
    private Quantity only(NameParts n, String base0) throws SymbolicException {
        Quantity found = null;
        int count = 0;
        for (int l = 1; l <= depth; l++) {
            Quantity[] qs = base0.equals("b") ? b[l] : base0.equals("a") ? a[l] : z[l];
            for (Quantity q : qs) {
                if (q == null) continue;
                count++;
                found = q;
            }
        }
        if (count == 1) return base0.equals("delta") ? byCell.get(Ids.z(found.layer(), found.j())) : found;
        throw unknown(n, "say which one: " + example(base0));
    }

    private String example(String base0) {
        String letter = base0.equals("delta") ? "delta" : base0;
        if (scalar) return letter + base + " … " + letter + (depth - 1 + base);
        return letter + "1" + (net.width(1) > 1 ? "_" + base : "") + " is " + layerText(base0.equals("delta") ? "δ" : base0, 1)
                + (net.width(1) > 1 ? SymText.subscript(Integer.toString(base)) : "");
    }

    private static String layerText(String letter, int l) {
        return letter + "⁽" + SymText.superscript(Integer.toString(l)) + "⁾";
    }

    private SymbolicException noLayer(NameParts n, int l) {
        String what = scalar ? "“" + n.text() + "” does not exist: this chain's " + n.base() + " are numbered "
                + (n.base().equals("a") ? base - 1 + " (x) to " + (depth - 1 + base) + " (ŷ)" : base + " to " + (depth - 1 + base))
                : "there is no layer " + l + ": this network has layers 1 to " + depth + (n.base().equals("a") ? " (a⁽⁰⁾ is x)" : "");
        return new SymbolicException(what + " (at character " + n.position() + ")", n.position());
    }

    private SymbolicException unknown(NameParts n, String why) {
        String msg = why != null ? "“" + n.text() + "”: " + why : "unknown name “" + n.text() + "”. This exercise knows " + known();
        return new SymbolicException(msg + " (at character " + n.position() + ")", n.position());
    }

    SymbolicException unknownWord(String word, int position) {
        return new SymbolicException("unknown name “" + word + "” at character " + position + ". This exercise knows "
                + known() + "; and the functions ReLU, ReLU′, σ, σ′, tanh, tanh′, exp, ln (ASCII relu', sigma', …)."
                + " Write a multiplication sign between two names.", position);
    }

    /** The known names in groups, Unicode with the ASCII spelling: "x₀, x₁ (x_0, x_1); z⁽¹⁾₀ … z⁽¹⁾₂ (z1_0 … z1_2); …". */
    public String known() {
        StringBuilder sb = new StringBuilder();
        int k = 0;
        while (k < all.size()) {
            Quantity first = all.get(k);
            int end = k;
            while (end + 1 < all.size() && sameGroup(first, all.get(end + 1))) end++;
            if (sb.length() > 0) sb.append("; ");
            Quantity last = all.get(end);
            if (end == k) sb.append(first.text()).append(" (").append(first.ascii()).append(')');
            else {
                String sep = end == k + 1 ? ", " : " … ";
                sb.append(first.text()).append(sep).append(last.text()).append(" (").append(first.ascii()).append(sep)
                        .append(last.ascii()).append(')');
            }
            k = end + 1;
        }
        sb.append("; δ⁽ˡ⁾ (delta) for ∂L/∂z⁽ˡ⁾; N = ").append(net.outputSize());
        return sb.toString();
    }

    private static boolean sameGroup(Quantity p, Quantity q) {
        if (p.kind() != q.kind() || p.layer() != q.layer()) return false;
        if (p.kind() == Quantity.Kind.WEIGHT) return p.param().from() == q.param().from();
        if (p.kind() == Quantity.Kind.GRADIENT) return kindOfCell(p) .equals(kindOfCell(q));
        return true;
    }

    private static String kindOfCell(Quantity q) {
        String id = q.cellId();
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }

    /**
     * A local derivative ∂u/∂v between neighbouring quantities, as the expression it stands for: ∂a/∂z is f′(z),
     * ∂z⁽ˡ⁾ⱼ/∂a⁽ᵐ⁾ᵢ the weight between them, ∂z/∂W the input the weight multiplies, ∂z/∂b is 1.
     */
    Expr localDerivative(Quantity num, Quantity den, int position) throws SymbolicException {
        if (num.kind() == Quantity.Kind.ACTIVATION && den.kind() == Quantity.Kind.PRE_ACTIVATION
                && num.layer() == den.layer() && num.j() == den.j()) {
            backprop.model.Activation act = net.layer(num.layer()).activation();
            if (act == backprop.model.Activation.LINEAR) return new Expr.Const(1, "1", 0);
            Fn f = Fn.derivativeOf(act);
            if (f != null) return new Expr.Call(f, new Expr.Ref(den, den.sym()));
        }
        if (num.kind() == Quantity.Kind.PRE_ACTIVATION) {
            int l = num.layer();
            if (den.kind() == Quantity.Kind.BIAS && den.layer() == l && den.j() == num.j()) return new Expr.Const(1, "1", 0);
            if (den.kind() == Quantity.Kind.WEIGHT && den.param().layer() == l && den.param().j() == num.j()) {
                Quantity in = a(den.param().from(), den.param().i());
                return new Expr.Ref(in, in.sym());
            }
            if ((den.kind() == Quantity.Kind.ACTIVATION || den.kind() == Quantity.Kind.INPUT)) {
                int from = den.kind() == Quantity.Kind.INPUT ? 0 : den.layer();
                if (from == l - 1 || hasSkip(l, from)) {
                    Quantity w = byParam.get(names.weight(l, from, num.j(), den.j()).id());
                    return new Expr.Ref(w, w.sym());
                }
            }
        }
        throw new SymbolicException("∂" + num.text() + "/∂" + den.text() + " is not a local derivative of this network:"
                + " write ∂a/∂z of one unit, ∂z/∂a, ∂z/∂W or ∂z/∂b of neighbouring quantities (at character " + position + ")", position);
    }
}

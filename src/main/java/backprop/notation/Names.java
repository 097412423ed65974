package backprop.notation;

import backprop.model.Conventions;
import backprop.model.Network;
import backprop.model.ParamRef;

/**
 * The names of every quantity of one exercise, following its conventions: indices start at the
 * exercise's index base, weight indices follow its layout, and an index is left out where a vector
 * has a single entry (worksheet 002 writes w₂, not W⁽²⁾₁₁). Layer 0 is the input x, the last
 * layer's output is ŷ.
 */
public final class Names {

    private final Network net;
    private final Conventions conv;

    /**
     * Each unit's a, z and δ, made once: a large exercise names every activation once per weight that reads it, and
     * under TeaVM each new name is several strings built (the symbols are immutable, so sharing them is safe).
     */
    private final Sym.Var[][] as;
    private final Sym.Var[][] zs;
    private final Sym.Var[][] deltas;
    /** Each layer's number as text, the superscript of its names. */
    private final String[] layers;

    public Names(Network net, Conventions conv) {
        this.net = net;
        this.conv = conv;
        as = new Sym.Var[net.depth() + 1][];
        zs = new Sym.Var[net.depth() + 1][];
        deltas = new Sym.Var[net.depth() + 1][];
        layers = new String[net.depth() + 1];
        for (int l = 0; l <= net.depth(); l++) {
            as[l] = new Sym.Var[net.width(l)];
            zs[l] = new Sym.Var[net.width(l)];
            deltas[l] = new Sym.Var[net.width(l)];
        }
    }

    private int[] idx(int width, int i) {
        return width == 1 ? new int[0] : new int[] {i + conv.indexBase()};
    }

    private String layer(int l) {
        if (l < 0 || l >= layers.length) return Integer.toString(l);
        String s = layers[l];
        return s != null ? s : (layers[l] = Integer.toString(l));
    }

    /** The output of layer l: x for l = 0, ŷ for the last layer, a⁽ˡ⁾ otherwise. */
    public Sym.Var a(int l, int j) {
        Sym.Var v = as[l][j];
        if (v != null) return v;
        if (l == 0) v = new Sym.Var("x", "", idx(net.inputSize(), j));
        else if (l == net.depth()) v = yhat(j);
        else v = new Sym.Var("a", layer(l), idx(net.width(l), j));
        return as[l][j] = v;
    }

    /** The output of layer l always written as a⁽ˡ⁾ (used where ŷ would hide which layer is meant). */
    public Sym.Var aPlain(int l, int j) {
        if (l == 0) return a(0, j);
        return new Sym.Var("a", layer(l), idx(net.width(l), j));
    }

    public Sym.Var z(int l, int j) {
        Sym.Var v = zs[l][j];
        return v != null ? v : (zs[l][j] = new Sym.Var("z", layer(l), idx(net.width(l), j)));
    }

    public Sym.Var delta(int l, int j) {
        Sym.Var v = deltas[l][j];
        return v != null ? v : (deltas[l][j] = new Sym.Var("δ", layer(l), idx(net.width(l), j)));
    }

    public Sym.Var yhat(int j) {
        return new Sym.Var("ŷ", "", idx(net.outputSize(), j));
    }

    public Sym.Var y(int j) {
        return new Sym.Var("y", "", idx(net.outputSize(), j));
    }

    public Sym.Var param(ParamRef p) {
        if (p.kind() == ParamRef.Kind.BIAS) return new Sym.Var("b", layer(p.layer()), idx(net.width(p.layer()), p.j()));
        String sup = p.isSkip() ? p.layer() + "←" + p.from() : layer(p.layer());
        boolean scalar = net.width(p.layer()) == 1 && net.width(p.from()) == 1;
        int[] sub = scalar ? new int[0] : new int[] {
            conv.weightLayout().row(p.j(), p.i()) + conv.indexBase(),
            conv.weightLayout().col(p.j(), p.i()) + conv.indexBase()};
        return new Sym.Var(scalar ? "w" : "W", sup, sub);
    }

    public ParamRef weight(int l, int from, int j, int i) {
        return ParamRef.weight(l, from, j, i, conv.weightLayout());
    }

    public static Sym.Var loss() {
        return new Sym.Var("L", "", new int[0]);
    }

    public static Sym.Deriv dL(Sym of) {
        return new Sym.Deriv(loss(), of);
    }
}
